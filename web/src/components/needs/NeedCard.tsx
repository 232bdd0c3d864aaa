import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { NeedItem } from "../../api/schema.ts";
import { RelativeTime } from "../RelativeTime.tsx";
import { scopeLink, scopeName } from "./labels.ts";
import { NeedBadges } from "./NeedBadges.tsx";
import { TagLinks } from "./TagLinks.tsx";

/** One need or offer on the board: what, how urgent, who is on it, where, and how fresh. */
export function NeedCard({ need, showScope, tagHref }: { need: NeedItem; showScope: boolean; tagHref: (tag: string) => string }) {
  const { t } = useTranslation();
  return (
    <li className="card need-card">
      <NeedBadges need={need} />
      <h2 className="need-card-title">
        <Link to={`/needs/${need.id}`}>{need.title}</Link>
      </h2>
      <p className="need-card-meta">
        <span className={need.takerCount > 0 ? "need-takers strong" : "need-takers"}>
          {t("needs.card.takers", { count: need.takerCount })}
        </span>
        <span aria-hidden="true"> · </span>
        <span>
          <Trans i18nKey="needs.card.active" components={{ time: <RelativeTime value={need.activeAt} /> }} />
        </span>
        {showScope ? (
          <>
            <span aria-hidden="true"> · </span>
            <span>
              <Trans
                i18nKey="needs.card.scope"
                values={{ name: scopeName(need.scope) }}
                components={{ scope: <Link to={scopeLink(need.scope)} /> }}
              />
            </span>
          </>
        ) : null}
      </p>
      {need.tags.length > 0 ? <TagLinks tags={need.tags} href={tagHref} /> : null}
    </li>
  );
}
