import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ballotRules } from "../../components/budgets/ballotRules.ts";
import { callPath, reached, useCall } from "../../components/budgets/context.ts";
import { PaperBallotForm } from "../../components/budgets/PaperBallotForm.tsx";
import { projectsQuery } from "../../components/budgets/queries.ts";
import { LoadError, Loading } from "../../components/States.tsx";
import { formatDateTime } from "../../format.ts";
import { useTitle } from "../../hooks.ts";

/**
 * Paper ballots (/calls/:slug/paper-ballots), entered by the public body's reviewers while voting is open,
 * one after the other: each clears the form, and the page counts those entered in this session.
 */
export function PaperBallotsPage() {
  const { t } = useTranslation();
  const call = useCall();
  const projects = useQuery(projectsQuery(call.slug));
  const [entered, setEntered] = useState<{ reference: string; choices: number }[]>([]);
  useTitle(t("budgets.paper.pageTitle", { title: call.title }));
  const why = !call.can.review
    ? t("budgets.paper.reviewersOnly")
    : call.imported
      ? t("budgets.paper.imported")
      : call.phase !== "voting"
        ? reached(call, "results")
          ? t("budgets.ballot.closed", { date: formatDateTime(call.phases.votingCloses) })
          : t("budgets.ballot.notYet", { date: formatDateTime(call.phases.votingOpens) })
        : null;
  if (why) {
    return (
      <div className="card pb-closed">
        <p>{why}</p>
        <Link to={callPath(call.slug)}>{t("budgets.back", { title: call.title })}</Link>
      </div>
    );
  }
  if (projects.isPending) return <Loading label={t("budgets.ballot.loading")} />;
  if (projects.error) return <LoadError error={projects.error} retry={() => void projects.refetch()} />;
  const last = entered.at(-1);
  return (
    <div className="pb-paper-page">
      <section className="card section pb-paper-session" aria-labelledby="pb-paper-session-title">
        <h2 id="pb-paper-session-title">{t("budgets.paper.sessionTitle")}</h2>
        <p role="status">
          {t("budgets.paper.session", { count: entered.length })}
          {last ? ` ${t("budgets.paper.last", { reference: last.reference, count: last.choices })}` : ""}
        </p>
        {entered.length ? (
          <p className="muted small">{t("budgets.paper.references", { references: entered.map((e) => e.reference).join(", ") })}</p>
        ) : null}
        <ul className="pb-rules">
          {/* The limits the ballot is checked against; not the last line, on changing one's own ballot. */}
          {ballotRules(call)
            .slice(0, -1)
            .map((line) => (
              <li key={line}>{line}</li>
            ))}
        </ul>
      </section>
      <PaperBallotForm
        call={call}
        projects={projects.data.items.filter((p) => p.status === "eligible")}
        onEntered={(reference, choices) => setEntered((xs) => [...xs, { reference, choices }])}
      />
    </div>
  );
}
