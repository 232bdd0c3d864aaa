import { useInfiniteQuery } from "@tanstack/react-query";
import { Trans, useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { apiPages, type GetParams } from "../../api/query.ts";
import { ProposalList } from "../../components/decisions/ProposalList.tsx";
import { isKeyOf } from "../../format.ts";
import { useTitle } from "../../hooks.ts";
import type { MessageKey } from "../../i18n/resources.ts";
import { useSession } from "../../session.tsx";
import { useOrg } from "../OrgLayout.tsx";
import "../../styles/decisions.css";

type ProposalQuery = NonNullable<GetParams<"/api/proposals">["query"]>;

/** The list's views: the key kept in ?show=, its label, what it asks the API, and what to say when it is empty. */
const VIEWS = {
  open: { label: "decisions.view.open", query: { status: "open" }, empty: "decisions.viewEmpty.open", signedIn: false },
  awaiting: { label: "decisions.view.awaiting", query: { awaiting: "me" }, empty: "decisions.viewEmpty.awaiting", signedIn: true },
  upcoming: { label: "decisions.view.upcoming", query: { status: "scheduled" }, empty: "decisions.viewEmpty.upcoming", signedIn: false },
  closed: { label: "decisions.view.closed", query: { status: "closed,cancelled" }, empty: "decisions.viewEmpty.closed", signedIn: false },
} as const satisfies Record<string, { label: MessageKey; query: ProposalQuery; empty: MessageKey; signedIn: boolean }>;
type View = keyof typeof VIEWS;

/** An organization's decisions (/orgs/:slug/proposals): open, waiting for my vote, upcoming and closed proposals. */
export function ProposalsPage() {
  const { t } = useTranslation();
  const { org } = useOrg();
  const { me } = useSession();
  const [params] = useSearchParams();
  const asked = params.get("show");
  const view: View = isKeyOf(VIEWS, asked) && (me || !VIEWS[asked].signedIn) ? asked : "open";
  useTitle(t("decisions.list.pageTitle", { org: org.name }));
  const list = useInfiniteQuery(apiPages("/api/proposals", { query: { organization: org.slug, ...VIEWS[view].query, limit: 20 } }));
  const member = org.viewer.status === "active";
  const base = `/orgs/${org.slug}/proposals`;

  return (
    <section className="section decisions" aria-labelledby="decisions-title">
      <div className="section-head">
        <div>
          <h2 id="decisions-title">{t("decisions.list.title")}</h2>
          <p className="muted">
            {me && !member ? t("decisions.list.introNotMember", { org: org.name }) : t("decisions.list.intro", { org: org.name })}
          </p>
        </div>
        {me && member ? (
          <Link className="button button--primary" to={`${base}/new`}>
            {t("decisions.list.new")}
          </Link>
        ) : null}
      </div>
      <nav className="subtabs" aria-label={t("decisions.list.which")}>
        {(Object.keys(VIEWS) as View[])
          .filter((v) => me || !VIEWS[v].signedIn)
          .map((v) => (
            <Link key={v} to={v === "open" ? base : `${base}?show=${v}`} className="subtab" aria-current={v === view ? "page" : undefined}>
              {t(VIEWS[v].label)}
            </Link>
          ))}
      </nav>
      <ProposalList
        query={list}
        showOrganization={false}
        emptyTitle={t(VIEWS[view].empty)}
        emptyBody={
          view === "open" && member ? (
            <p>
              <Trans i18nKey="decisions.list.emptyOpen" components={{ new: <Link to={`${base}/new`} /> }} />
            </p>
          ) : undefined
        }
      />
    </section>
  );
}

/** Every open proposal, across the viewer's organizations, that they may vote on and have not (/proposals). */
export function AwaitingMyVotePage() {
  const { t } = useTranslation();
  useTitle(t("decisions.awaiting.title"));
  const list = useInfiniteQuery(apiPages("/api/proposals", { query: { awaiting: "me", limit: 20 } }));
  return (
    <div className="page decisions">
      <div className="page-head">
        <div>
          <p className="eyebrow">{t("decisions.awaiting.eyebrow")}</p>
          <h1>{t("decisions.awaiting.title")}</h1>
          <p className="lede">{t("decisions.awaiting.lede")}</p>
        </div>
      </div>
      <ProposalList
        query={list}
        showOrganization
        emptyTitle={t("decisions.awaiting.empty")}
        emptyBody={
          <p>
            <Trans i18nKey="decisions.awaiting.emptyBody" components={{ orgs: <Link to="/orgs" /> }} />
          </p>
        }
      />
    </div>
  );
}
