import { useQuery } from "@tanstack/react-query";
import { Trans, useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useOutletContext, useParams } from "react-router";
import type { CommonsProfile } from "../../api/schema.ts";
import { LicenceBadge } from "../../components/commons/Badges.tsx";
import { commonsQuery, invalidateCommons } from "../../components/commons/queries.ts";
import { ElsewhereLineage } from "../../components/federation/ElsewhereLineage.tsx";
import { FollowButton } from "../../components/notifications/FollowButton.tsx";
import { LoadError, Loading } from "../../components/States.tsx";
import { formatDate } from "../../format.ts";
import type { MessageKey } from "../../i18n/resources.ts";
import { useSession } from "../../session.tsx";
import { NotFoundPage } from "../NotFound.tsx";

export interface CommonsContext {
  commons: CommonsProfile;
  /** Refetch the commons and what depends on it (writes normally invalidate what they change themselves). */
  refresh: () => void;
}

export function useCommons(): CommonsContext {
  return useOutletContext<CommonsContext>();
}

/** A commons' header and tabs; the tab pages, documents and proposal forms render below it. */
export function CommonsLayout() {
  const { t } = useTranslation();
  const { slug = "" } = useParams();
  const { me } = useSession();
  const profile = useQuery(commonsQuery(slug));

  if (profile.error?.notFound) return <NotFoundPage what="commons" />;
  if (profile.error && !profile.data) return <LoadError error={profile.error} retry={() => void profile.refetch()} />;
  const commons = profile.data;
  if (!commons) return <Loading label={t("contributions.layout.loading")} />;

  const base = `/commons/${commons.slug}`;
  const tabs: { to: string; label: MessageKey; end?: boolean; count?: number }[] = [
    { to: "", label: "contributions.layout.tab.overview", end: true },
    { to: "documents", label: "contributions.layout.tab.documents", count: commons.stats.documents },
    { to: "contributions", label: "contributions.layout.tab.contributions", count: commons.stats.open },
    { to: "contributors", label: "contributions.layout.tab.contributors" },
    { to: "needs", label: "contributions.layout.tab.needs" },
    { to: "forks", label: "contributions.layout.tab.forks", count: commons.stats.forks },
    { to: "uses", label: "contributions.layout.tab.uses" },
    { to: "value", label: "contributions.layout.tab.value" },
    { to: "flows", label: "contributions.layout.tab.flows" },
    ...(commons.viewer.canSteward ? [{ to: "settings", label: "contributions.layout.tab.settings" as const }] : []),
  ];

  return (
    <div className="page commons">
      <header className="org-head commons-head">
        <div className="org-head-text">
          <p className="eyebrow">{t("contributions.layout.eyebrow")}</p>
          <h1>{commons.title}</h1>
          <p className="org-head-meta">
            <LicenceBadge licence={commons.licence} />
            <span>
              <Trans
                i18nKey="contributions.layout.by"
                values={{ community: commons.community.name }}
                components={{ a: <Link to={`/orgs/${commons.community.slug}`} /> }}
              />
            </span>
            {commons.forkedFrom ? (
              <span className="muted">
                <Trans
                  i18nKey="contributions.layout.forkOf"
                  values={{ title: commons.forkedFrom.title, date: formatDate(commons.forkedFrom.at) }}
                  components={{ a: <Link to={`/commons/${commons.forkedFrom.slug}`} /> }}
                />
              </span>
            ) : null}
            {commons.forkedFromElsewhere ? (
              <span className="muted">
                <ElsewhereLineage origin={commons.forkedFromElsewhere} short />
              </span>
            ) : null}
          </p>
        </div>
        <div className="head-actions">
          {me ? (
            <Link to={`${base}/propose`} className="button button--primary">
              {t("contributions.layout.contribute")}
            </Link>
          ) : (
            <Link to={`/signin?next=${encodeURIComponent(`${base}/propose`)}`} className="button button--secondary">
              {t("contributions.layout.signInToContribute")}
            </Link>
          )}
          <FollowButton type="commons" id={commons.id} />
        </div>
      </header>
      <nav className="tabs" aria-label={t("contributions.sections", { title: commons.title })}>
        {tabs.map((tab) => (
          <NavLink key={tab.to} to={tab.to ? `${base}/${tab.to}` : base} end={tab.end} className="tab">
            {t(tab.label)}
            {tab.count !== undefined ? (
              <span className="tab-count">
                {tab.count}
                {tab.to === "contributions" ? (
                  <span className="visually-hidden"> {t("contributions.layout.openCount", { count: tab.count })}</span>
                ) : null}
              </span>
            ) : null}
          </NavLink>
        ))}
      </nav>
      <Outlet context={{ commons, refresh: () => void invalidateCommons(commons.slug) } satisfies CommonsContext} />
    </div>
  );
}
