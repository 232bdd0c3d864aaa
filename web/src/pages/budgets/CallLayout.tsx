import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useParams } from "react-router";
import { apiQuery } from "../../api/query.ts";
import { type CallContext, callPath, reached } from "../../components/budgets/context.ts";
import { PhaseBadge } from "../../components/budgets/PhaseBadge.tsx";
import { callQuery } from "../../components/budgets/queries.ts";
import { LoadError, Loading } from "../../components/States.tsx";
import { useTitle } from "../../hooks.ts";
import "../../styles/budgets.css";

/** What a call's address shows when there is no such call. */
function CallNotFound() {
  const { t } = useTranslation();
  useTitle(t("budgets.notFound.title"));
  return (
    <div className="page page--narrow not-found">
      <p className="eyebrow">404</p>
      <h1>{t("budgets.notFound.title")}</h1>
      <p className="lede">{t("budgets.notFound.lede")}</p>
      <p>
        <Link to="/calls" className="button button--primary">
          {t("budgets.notFound.all")}
        </Link>
      </p>
    </div>
  );
}

/**
 * A call's frame (/calls/:slug and its pages): who runs it, its title and phase, and its tabs — the call,
 * the ballot once voting opens, the results and the grants once it closes. The pages below read the call
 * with useCall().
 */
export function CallLayout() {
  const { t } = useTranslation();
  const { slug = "" } = useParams();
  const call = useQuery(callQuery(slug));
  const body = useQuery({
    ...apiQuery("/api/organizations/{slug}", { path: { slug: call.data?.organization ?? "" } }),
    enabled: !!call.data,
  });
  if (call.isPending) return <Loading label={t("budgets.call.loading")} />;
  if (call.error?.notFound) return <CallNotFound />;
  if (!call.data) return call.error ? <LoadError error={call.error} retry={() => void call.refetch()} /> : null;
  const c = call.data;
  const tabs = [
    { to: "", label: t("budgets.tab.call"), end: true },
    ...(reached(c, "voting") ? [{ to: "ballot", label: t("budgets.tab.ballot") }] : []),
    ...(reached(c, "results") || c.imported ? [{ to: "results", label: t("budgets.tab.results") }] : []),
    ...(reached(c, "results") ? [{ to: "accountability", label: t("budgets.tab.accountability") }] : []),
    // The body's own work on the call: its stewards keep the register until voting closes, its reviewers enter paper ballots while it is open.
    ...(c.can.run && c.voters === "register" && !reached(c, "results") ? [{ to: "register", label: t("budgets.tab.register") }] : []),
    ...(c.can.review && c.phase === "voting" && !c.imported ? [{ to: "paper-ballots", label: t("budgets.tab.paperBallots") }] : []),
  ];
  return (
    <div className="page pb-call">
      <header className="pb-call-head">
        <p className="eyebrow">
          {t("budgets.call.eyebrow")} · <Link to={`/orgs/${c.organization}`}>{body.data?.name ?? c.organization}</Link>
        </p>
        <h1>{c.title}</h1>
        <p className="pb-call-head-meta">
          <PhaseBadge phase={c.phase} />
        </p>
      </header>
      {tabs.length > 1 ? (
        <nav className="tabs" aria-label={t("budgets.call.sections", { title: c.title })}>
          {tabs.map((tab) => (
            <NavLink key={tab.to} to={callPath(c.slug, tab.to)} end={tab.end} className="tab">
              {tab.label}
            </NavLink>
          ))}
        </nav>
      ) : null}
      <Outlet context={{ call: c } satisfies CallContext} />
    </div>
  );
}
