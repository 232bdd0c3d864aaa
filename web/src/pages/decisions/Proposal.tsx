import { type InfiniteData, type UseInfiniteQueryResult, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Trans, useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { apiPages } from "../../api/query.ts";
import type { Proposal, VoteRow } from "../../api/schema.ts";
import { CancelProposal } from "../../components/decisions/CancelProposal.tsx";
import { ProposalDiscussion } from "../../components/decisions/ProposalDiscussion.tsx";
import { DecidesNotice, ProposalHeader, ProposalTerms } from "../../components/decisions/ProposalHeader.tsx";
import { proposalQuery } from "../../components/decisions/queries.ts";
import { ResultView } from "../../components/decisions/ResultView.tsx";
import { TallyView } from "../../components/decisions/TallyView.tsx";
import { VoteList } from "../../components/decisions/VoteList.tsx";
import { VotePanel } from "../../components/decisions/VotePanel.tsx";
import { RenderedHtml } from "../../components/discussions/RenderedHtml.tsx";
import { LoadError, Loading } from "../../components/States.tsx";
import { useTitle } from "../../hooks.ts";
import { NotFoundPage } from "../NotFound.tsx";
import "../../styles/decisions.css";

/** The tally while voting is open: the running numbers of a public ballot, only the turnout of a secret one. */
function LiveTally({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  return (
    <section className="card live-tally" aria-labelledby="live-tally-title">
      <h2 id="live-tally-title">{proposal.liveTally ? t("decisions.page.liveTallyTitle") : t("decisions.page.tallyTitle")}</h2>
      {proposal.liveTally ? (
        <TallyView tally={proposal.liveTally} options={proposal.options} live />
      ) : (
        <p aria-live="polite">
          <Trans
            i18nKey="decisions.page.tallyHidden"
            values={{ turnout: proposal.turnout, electorate: proposal.electorateSize ?? 0 }}
            components={{ strong: <strong /> }}
          />
        </p>
      )}
    </section>
  );
}

/** A loaded proposal; keyed by its id, so going to another proposal starts afresh. */
function ProposalView({ proposal, votes }: { proposal: Proposal; votes: UseInfiniteQueryResult<InfiniteData<{ items: VoteRow[] }>> }) {
  const { t } = useTranslation();
  const p = proposal;
  return (
    <article className="page proposal-page">
      <ProposalHeader proposal={p} />
      {p.decides ? <DecidesNotice decides={p.decides} slug={p.organization.slug} /> : null}
      {p.status === "cancelled" ? (
        <div className="notice proposal-cancelled">
          <p>
            <Trans i18nKey="decisions.page.cancelled" components={{ strong: <strong /> }} />
          </p>
          {p.cancelledReason ? <p className="proposal-cancel-reason">{p.cancelledReason}</p> : null}
        </div>
      ) : null}
      <div className="proposal-layout">
        <div className="proposal-main">
          <section className="proposal-body" aria-labelledby="proposal-body-title">
            <h2 id="proposal-body-title" className="visually-hidden">
              {t("decisions.page.theProposal")}
            </h2>
            {p.html.trim() ? <RenderedHtml html={p.html} /> : <p className="muted">{t("decisions.page.noDetails")}</p>}
            {p.options.length > 0 ? (
              <>
                <h3>{t("decisions.page.options")}</h3>
                <ol className="proposal-options">
                  {p.options.map((o) => (
                    <li key={o}>{o}</li>
                  ))}
                </ol>
              </>
            ) : null}
          </section>
          <VotePanel proposal={p} />
          {p.status === "closed" && p.result ? <ResultView proposal={p} result={p.result} /> : null}
          {p.status === "open" ? <LiveTally proposal={p} /> : null}
          {p.openedAt ? <VoteList proposal={p} votes={votes} /> : null}
          <section className="section proposal-discussion" aria-labelledby="proposal-discussion-title">
            <h2 id="proposal-discussion-title">{t("decisions.page.discussion")}</h2>
            <ProposalDiscussion threadId={p.threadId} />
          </section>
        </div>
        <aside className="proposal-side" aria-labelledby="proposal-terms-title">
          <section className="card proposal-panel">
            <h2 id="proposal-terms-title">{t("decisions.page.terms")}</h2>
            <ProposalTerms proposal={p} />
          </section>
          {p.canManage ? (
            <section className="card proposal-panel" aria-labelledby="proposal-cancel-title">
              <h2 id="proposal-cancel-title">{t("decisions.page.withdraw")}</h2>
              <p className="muted small">{t("decisions.page.withdrawHint")}</p>
              <CancelProposal proposal={p} />
            </section>
          ) : null}
        </aside>
      </div>
    </article>
  );
}

/** One proposal (/proposals/:id): its terms, the ballot, the tally or result, the votes and the discussion. */
export function ProposalPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  // The proposal and its votes start together; votes and cancellations refresh both through invalidation.
  const loaded = useQuery(proposalQuery(id));
  const votes = useInfiniteQuery(apiPages("/api/proposals/{id}/votes", { path: { id }, query: { limit: 50 } }));
  const proposal = loaded.data;
  useTitle(proposal?.title ?? t("decisions.page.title"));

  if (loaded.isPending) return <Loading label={t("decisions.page.loading")} />;
  if (!proposal) {
    if (loaded.error?.notFound) return <NotFoundPage what="proposal" />;
    return loaded.error ? <LoadError error={loaded.error} retry={() => void loaded.refetch()} /> : null;
  }
  return <ProposalView key={proposal.id} proposal={proposal} votes={votes} />;
}
