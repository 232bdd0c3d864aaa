import { useQuery } from "@tanstack/react-query";
import { Link, NavLink, Outlet, useOutletContext, useParams } from "react-router";
import type { CommonsProfile } from "../../api/schema.ts";
import { LicenceBadge } from "../../components/commons/Badges.tsx";
import { commonsQuery, invalidateCommons } from "../../components/commons/queries.ts";
import { LoadError, Loading } from "../../components/States.tsx";
import { formatDate } from "../../format.ts";
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
  const { slug = "" } = useParams();
  const { me } = useSession();
  const profile = useQuery(commonsQuery(slug));

  if (profile.error?.notFound) return <NotFoundPage what="commons" />;
  if (profile.error && !profile.data) return <LoadError error={profile.error} retry={() => void profile.refetch()} />;
  const commons = profile.data;
  if (!commons) return <Loading label="Loading commons…" />;

  const base = `/commons/${commons.slug}`;
  const tabs = [
    { to: "", label: "Overview", end: true },
    { to: "documents", label: "Documents", count: commons.stats.documents },
    { to: "contributions", label: "Contributions", count: commons.stats.open },
    { to: "contributors", label: "Contributors" },
    { to: "needs", label: "Needs" },
    { to: "forks", label: "Forks", count: commons.stats.forks },
    { to: "uses", label: "Built on it" },
    { to: "value", label: "Value" },
    { to: "flows", label: "Feedback loop" },
    ...(commons.viewer.canSteward ? [{ to: "settings", label: "Settings" }] : []),
  ];

  return (
    <div className="page commons">
      <header className="org-head commons-head">
        <div className="org-head-text">
          <p className="eyebrow">Commons</p>
          <h1>{commons.title}</h1>
          <p className="org-head-meta">
            <LicenceBadge licence={commons.licence} />
            <span>
              by <Link to={`/orgs/${commons.community.slug}`}>{commons.community.name}</Link>
            </span>
            {commons.forkedFrom ? (
              <span className="muted">
                Fork of <Link to={`/commons/${commons.forkedFrom.slug}`}>{commons.forkedFrom.title}</Link>,{" "}
                {formatDate(commons.forkedFrom.at)}
              </span>
            ) : null}
          </p>
        </div>
        {me ? (
          <Link to={`${base}/propose`} className="button button--primary">
            Contribute
          </Link>
        ) : (
          <Link to={`/signin?next=${encodeURIComponent(`${base}/propose`)}`} className="button button--secondary">
            Sign in to contribute
          </Link>
        )}
      </header>
      <nav className="tabs" aria-label={`${commons.title} sections`}>
        {tabs.map((t) => (
          <NavLink key={t.to} to={t.to ? `${base}/${t.to}` : base} end={t.end} className="tab">
            {t.label}
            {t.count !== undefined ? (
              <span className="tab-count">
                {t.count}
                {t.to === "contributions" ? <span className="visually-hidden"> open</span> : null}
              </span>
            ) : null}
          </NavLink>
        ))}
      </nav>
      <Outlet context={{ commons, refresh: () => void invalidateCommons(commons.slug) } satisfies CommonsContext} />
    </div>
  );
}
