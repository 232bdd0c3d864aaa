import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { ballotRules } from "../../components/budgets/ballotRules.ts";
import { callPath, reached, useCall } from "../../components/budgets/context.ts";
import type { Call, Project, ProjectStatus } from "../../components/budgets/labels.ts";
import {
  BALLOT_TYPE_LABEL,
  COMPLETION_LABEL,
  PROJECT_STATUS_LABEL,
  PROJECT_STATUSES,
  RULE_LABEL,
  VOTER_RULE_LABEL,
} from "../../components/budgets/labels.ts";
import { PhaseTimeline } from "../../components/budgets/PhaseTimeline.tsx";
import { ProjectCard } from "../../components/budgets/ProjectCard.tsx";
import { pbFileUrl, projectsQuery } from "../../components/budgets/queries.ts";
import { Field } from "../../components/Field.tsx";
import { Empty, LoadError, Loading } from "../../components/States.tsx";
import { Amount } from "../../components/treasury/Amount.tsx";
import { formatDateTime, isKeyOf } from "../../format.ts";
import { useTitle } from "../../hooks.ts";
import { useSession } from "../../session.tsx";

/** What one can do in the call's phase: submit, vote, read the results. */
function NextStep({ call }: { call: Call }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const signIn = (next: string) => `/signin?next=${encodeURIComponent(next)}`;
  switch (call.phase) {
    case "submission": {
      const to = callPath(call.slug, "submit");
      return (
        <div className="card pb-next">
          <p>{t("budgets.next.submission", { date: formatDateTime(call.phases.reviewOpens) })}</p>
          <Link className="button button--primary" to={me ? to : signIn(to)}>
            {t("budgets.next.submit")}
          </Link>
        </div>
      );
    }
    case "review":
      return (
        <div className="card pb-next">
          <p>{t("budgets.next.review", { date: formatDateTime(call.phases.votingOpens) })}</p>
        </div>
      );
    case "voting": {
      const to = callPath(call.slug, "ballot");
      return (
        <div className="card pb-next">
          <p>{t("budgets.next.voting", { date: formatDateTime(call.phases.votingCloses) })}</p>
          <Link className="button button--primary" to={me ? to : signIn(to)}>
            {t("budgets.next.vote")}
          </Link>
        </div>
      );
    }
    case "results":
    case "implementation":
      return (
        <div className="card pb-next">
          <p>{t("budgets.next.closed", { count: call.ballots })}</p>
          <span className="pb-next-actions">
            <Link className="button button--primary" to={callPath(call.slug, "results")}>
              {t("budgets.next.results")}
            </Link>
            <Link className="button button--secondary" to={callPath(call.slug, "accountability")}>
              {t("budgets.next.accountability")}
            </Link>
          </span>
        </div>
      );
    default:
      return null;
  }
}

function CallFacts({ call }: { call: Call }) {
  const { t } = useTranslation();
  return (
    <section className="card section" aria-labelledby="pb-facts-title">
      <h2 id="pb-facts-title">{t("budgets.facts.title")}</h2>
      <dl className="pb-facts">
        <div>
          <dt>{t("budgets.facts.budget")}</dt>
          <dd className="pb-big">
            <Amount amount={call.budget} currency={call.currency} />
          </dd>
        </div>
        <div>
          <dt>{t("budgets.facts.turnout")}</dt>
          <dd className="pb-big">{t("budgets.facts.ballots", { count: call.ballots })}</dd>
        </div>
        <div>
          <dt>{t("budgets.facts.voters")}</dt>
          <dd>{VOTER_RULE_LABEL[call.voters]}</dd>
        </div>
        <div>
          <dt>{t("budgets.facts.ballot")}</dt>
          <dd>
            {BALLOT_TYPE_LABEL[call.ballot.type]}
            {call.secret ? <span className="muted"> · {t("budgets.facts.secret")}</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t("budgets.facts.rule")}</dt>
          <dd>
            {RULE_LABEL[call.rules.rule]}
            {call.rules.rule === "mes" ? <span className="muted"> · {COMPLETION_LABEL[call.rules.completion]}</span> : null}
            {call.rules.compareWithGreedy && call.rules.rule !== "greedy" ? (
              <span className="muted"> · {t("budgets.facts.comparedWithGreedy")}</span>
            ) : null}
          </dd>
        </div>
      </dl>
      {call.districts.length ? (
        <>
          <h3>{t("budgets.facts.districts")}</h3>
          <ul className="pb-districts">
            {call.districts.map((d) => (
              <li key={d.name}>
                <span>{d.name}</span> <Amount amount={d.budget} currency={call.currency} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t("budgets.facts.ballotRules")}</h3>
      <ul className="pb-rules">
        {ballotRules(call).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {reached(call, "voting") ? (
        <p className="small">
          <a href={pbFileUrl(call.slug)} download={`${call.slug}.pb`}>
            {t("budgets.facts.pbFile")}
          </a>{" "}
          <span className="muted">{t("budgets.facts.pbFileHint")}</span>
        </p>
      ) : null}
    </section>
  );
}

function ProjectList({ call }: { call: Call }) {
  const { t } = useTranslation();
  const projects = useQuery(projectsQuery(call.slug));
  const [district, setDistrict] = useState("");
  const [status, setStatus] = useState<ProjectStatus | "">("");
  if (projects.isPending) return <Loading label={t("budgets.projects.loading")} />;
  if (projects.error) return <LoadError error={projects.error} retry={() => void projects.refetch()} />;
  const all = projects.data.items;
  const shown = all.filter((p: Project) => (!district || p.district === district) && (!status || p.status === status));
  return (
    <>
      {all.length > 0 ? (
        <div className="pb-filters">
          {call.districts.length ? (
            <Field
              as="select"
              label={t("budgets.projects.district")}
              name="district"
              value={district}
              onChange={(e) => setDistrict(e.target.value)}
            >
              <option value="">{t("budgets.projects.allDistricts")}</option>
              {call.districts.map((d) => (
                <option key={d.name} value={d.name}>
                  {d.name}
                </option>
              ))}
            </Field>
          ) : null}
          <Field
            as="select"
            label={t("budgets.projects.status")}
            name="status"
            value={status}
            onChange={(e) => setStatus(isKeyOf(PROJECT_STATUS_LABEL, e.target.value) ? e.target.value : "")}
          >
            <option value="">{t("budgets.projects.allStatuses")}</option>
            {PROJECT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {PROJECT_STATUS_LABEL[s]}
              </option>
            ))}
          </Field>
        </div>
      ) : null}
      {shown.length === 0 ? (
        <Empty title={all.length ? t("budgets.projects.noneShown") : t("budgets.projects.empty")} />
      ) : (
        <>
          <p className="muted small" role="status">
            {t("budgets.projects.count", { count: shown.length })}
          </p>
          <ul className="pb-project-list">
            {shown.map((p) => (
              <ProjectCard key={p.id} call={call} project={p} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** A call's own page: its phases, what to do now, its budget and rules, what it is about, and its projects. */
export function CallOverviewPage() {
  const { t } = useTranslation();
  const call = useCall();
  const { state } = useLocation() as { state: { opened?: boolean } | null };
  useTitle(call.title);
  return (
    <div className="pb-overview">
      {state?.opened ? (
        <p className="notice" role="status">
          {t("budgets.call.openedNotice")}
        </p>
      ) : null}
      <PhaseTimeline call={call} />
      <NextStep call={call} />
      <div className="pb-columns">
        <div className="pb-main">
          {call.descriptionHtml ? (
            <section className="section" aria-labelledby="pb-about-title">
              <h2 id="pb-about-title">{t("budgets.call.about")}</h2>
              {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the API renders and sanitizes the Markdown. */}
              <div className="markdown" dangerouslySetInnerHTML={{ __html: call.descriptionHtml }} />
            </section>
          ) : null}
          {call.eligibilityHtml ? (
            <section className="section" aria-labelledby="pb-eligibility-title">
              <h2 id="pb-eligibility-title">{t("budgets.call.eligibility")}</h2>
              {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the API renders and sanitizes the Markdown. */}
              <div className="markdown" dangerouslySetInnerHTML={{ __html: call.eligibilityHtml }} />
            </section>
          ) : null}
          <section className="section" aria-labelledby="pb-projects-title">
            <h2 id="pb-projects-title">{t("budgets.projects.title")}</h2>
            <ProjectList call={call} />
          </section>
        </div>
        <CallFacts call={call} />
      </div>
    </div>
  );
}
