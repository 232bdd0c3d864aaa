import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { BallotForm, YourBallot } from "../../components/budgets/BallotForm.tsx";
import { ballotRules } from "../../components/budgets/ballotRules.ts";
import { ClaimForm } from "../../components/budgets/ClaimForm.tsx";
import { callPath, reached, useCall } from "../../components/budgets/context.ts";
import { myBallotQuery, projectsQuery } from "../../components/budgets/queries.ts";
import { LoadError, Loading } from "../../components/States.tsx";
import { formatDateTime } from "../../format.ts";
import { useTitle } from "../../hooks.ts";

/**
 * One's ballot in a call (/calls/:slug/ballot): cast and changed while voting is open, shown as counted
 * afterwards; on a register call, the code's claim first.
 */
export function BallotPage() {
  const { t } = useTranslation();
  const call = useCall();
  const projects = useQuery(projectsQuery(call.slug));
  const mine = useQuery(myBallotQuery(call.slug));
  useTitle(t("budgets.ballot.pageTitle", { title: call.title }));
  if (projects.isPending || mine.isPending) return <Loading label={t("budgets.ballot.loading")} />;
  if (projects.error) return <LoadError error={projects.error} retry={() => void projects.refetch()} />;
  if (mine.error) return <LoadError error={mine.error} retry={() => void mine.refetch()} />;
  const ballot = mine.data.ballot;
  const eligible = projects.data.items.filter((p) => p.status === "eligible");
  const open = call.phase === "voting";
  return (
    <div className="pb-ballot-page">
      {!open ? (
        <div className="card pb-closed">
          <p>
            {reached(call, "results")
              ? t("budgets.ballot.closed", { date: formatDateTime(call.phases.votingCloses) })
              : t("budgets.ballot.notYet", { date: formatDateTime(call.phases.votingOpens) })}
          </p>
          {reached(call, "results") ? <Link to={callPath(call.slug, "results")}>{t("budgets.next.results")}</Link> : null}
        </div>
      ) : null}
      {ballot ? <YourBallot call={call} mine={ballot} projects={projects.data.items} /> : null}
      {open && call.voters === "register" && !ballot ? <ClaimForm call={call} /> : null}
      {open ? (
        <BallotForm
          call={call}
          projects={eligible}
          mine={ballot}
          before={
            <div className="pb-ballot-rules">
              <p className="muted">{t("budgets.ballot.closes", { date: formatDateTime(call.phases.votingCloses) })}</p>
              <ul className="pb-rules">
                {ballotRules(call).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          }
        />
      ) : null}
    </div>
  );
}
