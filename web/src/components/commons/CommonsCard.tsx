import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Commons } from "../../api/schema.ts";
import { hostOf } from "../federation/addresses.ts";
import { LicenceBadge } from "./Badges.tsx";

/** `level`: 2 where the cards are the page's list under its h1, 3 under a section's h2 (heading levels never skip). */
export function CommonsCard({ commons, level = 3 }: { commons: Commons; level?: 2 | 3 }) {
  const { t } = useTranslation();
  const { stats } = commons;
  const Heading = `h${level}` as const;
  return (
    <li className="card org-card commons-card">
      <div>
        <Heading className="org-card-name">
          <Link to={`/commons/${commons.slug}`}>{commons.title}</Link>
        </Heading>
        <p className="commons-card-meta">
          <LicenceBadge licence={commons.licence} />
          <span className="muted">{t("commons.card.by", { name: commons.community.name })}</span>
        </p>
      </div>
      {commons.forkedFrom ? (
        <p className="commons-card-fork muted">{t("commons.card.forkOf", { title: commons.forkedFrom.title })}</p>
      ) : commons.forkedFromElsewhere ? (
        <p className="commons-card-fork muted">{t("federation.fork.cardForkOf", { host: hostOf(commons.forkedFromElsewhere.uri) })}</p>
      ) : null}
      {commons.summary ? <p className="org-card-description">{commons.summary}</p> : null}
      {commons.tags.length > 0 ? <p className="commons-card-tags">{commons.tags.map((t) => `#${t}`).join(" ")}</p> : null}
      <p className="org-card-meta">
        {t("commons.card.stats", { documents: stats.documents, contributors: stats.contributors, open: stats.open })}
      </p>
    </li>
  );
}
