import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Catalogue, useCatalogue } from "../../components/sharing/Catalogue.tsx";
import { OpeningHoursList, RuleList } from "../../components/sharing/LibraryFacts.tsx";
import { WithLibrary } from "../../components/sharing/LibraryFrame.tsx";
import type { Library } from "../../components/sharing/labels.ts";
import { libraryQuery } from "../../components/sharing/queries.ts";
import { useTitle } from "../../hooks.ts";
import { useSession } from "../../session.tsx";

function LibraryView({ library, catalogue }: { library: Library; catalogue: ReturnType<typeof useCatalogue> }) {
  const { t } = useTranslation();
  const { me } = useSession();
  useTitle(library.name);
  return (
    <div className="page sharing-library">
      <header className="page-head">
        <div>
          <p className="eyebrow">{t("sharing.library.eyebrow")}</p>
          <h1>{library.name}</h1>
          {library.description ? <p className="lede prose">{library.description}</p> : null}
        </div>
        <nav className="sharing-library-links" aria-label={t("sharing.library.links")}>
          <Link className="button button--secondary" to={`/libraries/${library.slug}/impact`}>
            {t("sharing.library.impact")}
          </Link>
          {me ? (
            <>
              <Link className="button button--secondary" to="/me/bookings">
                {t("sharing.nav.myBookings")}
              </Link>
              <Link className="button button--secondary" to={`/libraries/${library.slug}/desk`}>
                {t("sharing.library.desk")}
              </Link>
            </>
          ) : null}
        </nav>
      </header>
      <div className="sharing-library-columns">
        <section className="card section" aria-labelledby="library-where">
          <h2 id="library-where">{t("sharing.library.where")}</h2>
          {library.address ? <p className="prose">{library.address}</p> : <p className="muted">{t("sharing.library.noAddress")}</p>}
          <h3>{t("sharing.library.hours")}</h3>
          <OpeningHoursList hours={library.openingHours} />
          <p className="muted small">{t("sharing.calendar.zone", { timeZone: library.timeZone })}</p>
        </section>
        <section className="card section" aria-labelledby="library-rules">
          <h2 id="library-rules">{t("sharing.library.rules")}</h2>
          <p className="muted">{t("sharing.library.rulesIntro")}</p>
          <RuleList rules={library.rules} currency={library.currency} />
        </section>
      </div>
      <Catalogue slug={library.slug} catalogue={catalogue} />
    </div>
  );
}

/** A library of things (/libraries/:slug): where and when it opens, its rules, and its catalogue. */
export function LibraryPage() {
  const { slug = "" } = useParams();
  const library = useQuery(libraryQuery(slug));
  const catalogue = useCatalogue(slug);
  return <WithLibrary library={library}>{(l) => <LibraryView library={l} catalogue={catalogue} />}</WithLibrary>;
}
