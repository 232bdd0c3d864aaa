import { useInfiniteQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { apiPages, type GetParams } from "../../api/query.ts";
import { ProposalList } from "../../components/decisions/ProposalList.tsx";
import { isKeyOf } from "../../format.ts";
import { useTitle } from "../../hooks.ts";
import { useSession } from "../../session.tsx";
import { useOrg } from "../OrgLayout.tsx";
import "../../styles/decisions.css";

type ProposalQuery = NonNullable<GetParams<"/api/proposals">["query"]>;

/** The list's views: the key kept in ?show=, its label, what it asks the API, and what to say when it is empty. */
const VIEWS = {
  open: { label: "Open", query: { status: "open" }, empty: "No vote is open right now.", signedIn: false },
  awaiting: { label: "Waiting for my vote", query: { awaiting: "me" }, empty: "Nothing is waiting for your vote here.", signedIn: true },
  upcoming: { label: "Upcoming", query: { status: "scheduled" }, empty: "No vote is scheduled to open.", signedIn: false },
  closed: { label: "Closed", query: { status: "closed,cancelled" }, empty: "No vote has closed yet.", signedIn: false },
} as const satisfies Record<string, { label: string; query: ProposalQuery; empty: string; signedIn: boolean }>;
type View = keyof typeof VIEWS;

/** An organization's decisions (/orgs/:slug/proposals): open, waiting for my vote, upcoming and closed proposals. */
export function ProposalsPage() {
  const { org } = useOrg();
  const { me } = useSession();
  const [params] = useSearchParams();
  const asked = params.get("show");
  const view: View = isKeyOf(VIEWS, asked) && (me || !VIEWS[asked].signedIn) ? asked : "open";
  useTitle(`Decisions · ${org.name}`);
  const list = useInfiniteQuery(apiPages("/api/proposals", { query: { organization: org.slug, ...VIEWS[view].query, limit: 20 } }));
  const member = org.viewer.status === "active";
  const base = `/orgs/${org.slug}/proposals`;

  return (
    <section className="section decisions" aria-labelledby="decisions-title">
      <div className="section-head">
        <div>
          <h2 id="decisions-title">Decisions</h2>
          <p className="muted">
            Proposals put to the members of {org.name}, and how they voted.
            {me && !member ? " Only active members can make proposals." : ""}
          </p>
        </div>
        {me && member ? (
          <Link className="button button--primary" to={`${base}/new`}>
            New proposal
          </Link>
        ) : null}
      </div>
      <nav className="subtabs" aria-label="Which proposals">
        {(Object.keys(VIEWS) as View[])
          .filter((v) => me || !VIEWS[v].signedIn)
          .map((v) => (
            <Link key={v} to={v === "open" ? base : `${base}?show=${v}`} className="subtab" aria-current={v === view ? "page" : undefined}>
              {VIEWS[v].label}
            </Link>
          ))}
      </nav>
      <ProposalList
        query={list}
        showOrganization={false}
        emptyTitle={VIEWS[view].empty}
        emptyBody={
          view === "open" && member ? (
            <p>
              <Link to={`${base}/new`}>Put a question to the members</Link>: a yes or no, or a choice among options.
            </p>
          ) : undefined
        }
      />
    </section>
  );
}

/** Every open proposal, across the viewer's organizations, that they may vote on and have not (/proposals). */
export function AwaitingMyVotePage() {
  useTitle("Waiting for your vote");
  const list = useInfiniteQuery(apiPages("/api/proposals", { query: { awaiting: "me", limit: 20 } }));
  return (
    <div className="page decisions">
      <div className="page-head">
        <div>
          <p className="eyebrow">Decisions</p>
          <h1>Waiting for your vote</h1>
          <p className="lede">Open proposals in your organizations that you may vote on and have not yet.</p>
        </div>
      </div>
      <ProposalList
        query={list}
        showOrganization
        emptyTitle="Nothing is waiting for your vote."
        emptyBody={
          <p>
            When an organization you belong to puts a question to its members, it appears here until you vote or voting closes. Find past
            decisions on each <Link to="/orgs">organization</Link>'s Decisions tab.
          </p>
        }
      />
    </div>
  );
}
