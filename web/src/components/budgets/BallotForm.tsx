import { useMutation } from "@tanstack/react-query";
import { type ReactNode, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { BallotInput } from "../../../../src/modules/budgeting/inputs.ts";
import { type ApiError, client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ApiBody } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { formatDateTime } from "../../format.ts";
import { FormAlert } from "../FormAlert.tsx";
import { RankButtons, useRanking } from "../Ranking.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { Amount } from "../treasury/Amount.tsx";
import { formatMoney, percentOf } from "../treasury/money.ts";
import { projectPath } from "./context.ts";
import type { Call, MyBallot, Project } from "./labels.ts";
import { exactError, pathError } from "./problems.ts";
import { invalidateBallot } from "./queries.ts";

type BallotBody = ApiBody<"/api/calls/{slug}/ballot", "put">;
type Choice = BallotBody["projects"][number];
type Mine = NonNullable<MyBallot["ballot"]>;

const FIELDS = ["district", "projects"];

/** The problem's message for the ballot's `index`-th choice (its project or its points), as the server names it. */
function choiceError(problem: ApiError | null, index: number): string | undefined {
  const prefix = `body.projects.${index}.`;
  return problem?.errors.find((e) => e.path.startsWith(prefix))?.message;
}

/** What a ballot's state says, as the request body sends it. */
export interface BallotState {
  district: string;
  /** Approval and choose-1: the chosen numbers; ordinal: the ranking, best first. */
  chosen: string[];
  /** Cumulative and scoring: points typed per project number. */
  points: Record<string, string>;
}

export function initialState(call: Call, mine: Mine | null): BallotState {
  return {
    district: mine?.district ?? (call.districts.length === 1 ? (call.districts[0]?.name ?? "") : ""),
    chosen: mine ? mine.choices.map((c) => c.number) : [],
    points: Object.fromEntries((mine?.choices ?? []).filter((c) => c.points !== null).map((c) => [c.number, String(c.points)])),
  };
}

const pointsOf = (text: string | undefined): number => {
  const n = Number((text ?? "").trim());
  return Number.isInteger(n) && n > 0 ? n : 0;
};

export function bodyOf(call: Call, s: BallotState): BallotBody {
  const points = call.ballot.type === "cumulative" || call.ballot.type === "scoring";
  const projects: Choice[] = points
    ? Object.entries(s.points)
        .filter(([, p]) => (p ?? "").trim() !== "" && (p ?? "").trim() !== "0")
        .map(([project, p]) => ({ project, points: Number(p.trim()) }))
    : s.chosen.map((project) => ({ project }));
  return { projects, ...(call.districts.length ? { district: s.district || undefined } : {}) };
}

/** One project's line on the ballot: its number, title (a link to read it first), cost and what limits it. */
function ProjectLabel({ call, project, note }: { call: Call; project: Project; note?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <span className="pb-ballot-label">
      <span className="pb-ballot-title">
        <span className="pb-number">{t("budgets.project.number", { number: project.number })}</span> {project.title}
      </span>
      <span className="pb-ballot-cost">
        <Amount amount={project.cost} currency={call.currency} />
      </span>
      {note ? <span className="pb-ballot-note">{note}</span> : null}
    </span>
  );
}

function ReadLink({ call, project }: { call: Call; project: Project }) {
  const { t } = useTranslation();
  return (
    <Link className="pb-ballot-read small" to={projectPath(call.slug, project.number)}>
      {t("budgets.ballot.read", { number: project.number })}
    </Link>
  );
}

/** The ballot's running total: chosen projects, their cost, what is left under the knapsack's limit, or the points left. */
export function Tally({ call, projects, state }: { call: Call; projects: Project[]; state: BallotState }) {
  const { t } = useTranslation();
  const b = call.ballot;
  const byNumber = new Map(projects.map((p) => [p.number, p]));
  if (b.type === "cumulative" || b.type === "scoring") {
    const given = Object.values(state.points).reduce((s, p) => s + pointsOf(p), 0);
    const count = Object.values(state.points).filter((p) => pointsOf(p) > 0).length;
    return (
      <div className="pb-tally" aria-live="polite">
        {b.totalPoints !== null ? (
          <>
            <p className="pb-tally-main">{t("budgets.ballot.pointsLeft", { left: b.totalPoints - given, total: b.totalPoints })}</p>
            <Meter value={given} max={b.totalPoints} over={given > b.totalPoints} />
          </>
        ) : (
          <p className="pb-tally-main">{t("budgets.ballot.pointsGiven", { points: given, count })}</p>
        )}
      </div>
    );
  }
  const cost = state.chosen.reduce((s, n) => s + BigInt(byNumber.get(n)?.cost ?? "0"), 0n);
  const count = state.chosen.length;
  const max = b.type === "choose-1" ? 1 : b.maxProjects;
  return (
    <div className="pb-tally" aria-live="polite">
      <p className="pb-tally-main">
        {max !== null ? t("budgets.ballot.chosenOf", { count, max }) : t("budgets.ballot.chosen", { count })}{" "}
        <span className="pb-tally-cost">{t("budgets.ballot.totalCost", { total: formatMoney(cost, call.currency) })}</span>
      </p>
      {b.maxCost !== null ? (
        <>
          <p className="pb-tally-left">
            {BigInt(b.maxCost) - cost >= 0n
              ? t("budgets.ballot.left", {
                  left: formatMoney(BigInt(b.maxCost) - cost, call.currency),
                  max: formatMoney(b.maxCost, call.currency),
                })
              : t("budgets.ballot.over", {
                  over: formatMoney(cost - BigInt(b.maxCost), call.currency),
                  max: formatMoney(b.maxCost, call.currency),
                })}
          </p>
          <Meter value={Number(percentOf(cost, b.maxCost))} max={100} over={cost > BigInt(b.maxCost)} />
        </>
      ) : null}
      {b.minProjects !== null && b.minProjects > 0 && count < b.minProjects ? (
        <p className="pb-tally-left">{t("budgets.ballot.needMore", { count: b.minProjects - count })}</p>
      ) : null}
    </div>
  );
}

function Meter({ value, max, over }: { value: number; max: number; over: boolean }) {
  const pct = max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0;
  return (
    <div className={over ? "pb-meter pb-meter--over" : "pb-meter"} aria-hidden="true">
      <span style={{ width: `${pct}%` }} />
    </div>
  );
}

/** Approve projects, within the number and the knapsack's cost: what would go over is disabled, and says why. */
function ApprovalChoices({
  call,
  projects,
  state,
  onChange,
  errorOf,
}: {
  call: Call;
  projects: Project[];
  state: BallotState;
  onChange: (chosen: string[]) => void;
  errorOf: (number: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const b = call.ballot;
  const byNumber = new Map(projects.map((p) => [p.number, p]));
  const cost = state.chosen.reduce((s, n) => s + BigInt(byNumber.get(n)?.cost ?? "0"), 0n);
  const left = b.maxCost === null ? null : BigInt(b.maxCost) - cost;
  const full = b.maxProjects !== null && state.chosen.length >= b.maxProjects;
  return (
    <ul className="pb-ballot-list">
      {projects.map((p) => {
        const checked = state.chosen.includes(p.number);
        const tooDear = !checked && left !== null && BigInt(p.cost) > left;
        const disabled = !checked && (full || tooDear);
        const note = !checked
          ? full
            ? t("budgets.ballot.full", { max: b.maxProjects ?? 0 })
            : tooDear
              ? t("budgets.ballot.tooDear", { left: formatMoney(left ?? 0n, call.currency) })
              : undefined
          : undefined;
        const error = errorOf(p.number);
        return (
          <li
            key={p.number}
            className={`pb-ballot-item${checked ? " pb-ballot-item--chosen" : ""}${error ? " pb-ballot-item--invalid" : ""}`}
          >
            <label className="pb-ballot-choice">
              <input
                type="checkbox"
                name="projects"
                value={p.number}
                checked={checked}
                disabled={disabled}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `pb-choice-error-${p.number}` : undefined}
                onChange={(e) => onChange(e.target.checked ? [...state.chosen, p.number] : state.chosen.filter((n) => n !== p.number))}
              />
              <ProjectLabel call={call} project={p} note={note} />
            </label>
            {error ? (
              <p id={`pb-choice-error-${p.number}`} className="field-error">
                {error}
              </p>
            ) : null}
            <ReadLink call={call} project={p} />
          </li>
        );
      })}
    </ul>
  );
}

function ChooseOne({
  call,
  projects,
  state,
  onChange,
  errorOf,
}: {
  call: Call;
  projects: Project[];
  state: BallotState;
  onChange: (chosen: string[]) => void;
  errorOf: (number: string) => string | undefined;
}) {
  return (
    <ul className="pb-ballot-list">
      {projects.map((p) => {
        const checked = state.chosen[0] === p.number;
        const error = errorOf(p.number);
        return (
          <li key={p.number} className={`pb-ballot-item${checked ? " pb-ballot-item--chosen" : ""}`}>
            <label className="pb-ballot-choice">
              <input
                type="radio"
                name="project"
                value={p.number}
                checked={checked}
                aria-invalid={error ? true : undefined}
                onChange={() => onChange([p.number])}
              />
              <ProjectLabel call={call} project={p} />
            </label>
            {error ? <p className="field-error">{error}</p> : null}
            <ReadLink call={call} project={p} />
          </li>
        );
      })}
    </ul>
  );
}

/** Points per project: shared out of a total (cumulative), or given each on its own (scoring). */
function PointsChoices({
  call,
  projects,
  state,
  onChange,
  errorOf,
}: {
  call: Call;
  projects: Project[];
  state: BallotState;
  onChange: (points: Record<string, string>) => void;
  errorOf: (number: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  const b = call.ballot;
  const given = Object.values(state.points).reduce((s, p) => s + pointsOf(p), 0);
  return (
    <ul className="pb-ballot-list">
      {projects.map((p) => {
        const mine = pointsOf(state.points[p.number]);
        const left = b.totalPoints === null ? null : b.totalPoints - given + mine;
        const cap = Math.min(b.maxPointsPerProject ?? 10_000, left ?? 10_000);
        const error = errorOf(p.number);
        const inputId = `${id}-${p.number}`;
        return (
          <li key={p.number} className={`pb-ballot-item${mine > 0 ? " pb-ballot-item--chosen" : ""}`}>
            <div className="pb-ballot-points">
              <label htmlFor={inputId}>
                <ProjectLabel call={call} project={p} />
              </label>
              <input
                id={inputId}
                className="pb-points-input"
                type="number"
                inputMode="numeric"
                min={0}
                max={Math.max(cap, mine)}
                step={1}
                name={`points.${p.number}`}
                value={state.points[p.number] ?? ""}
                placeholder="0"
                aria-invalid={error ? true : undefined}
                aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ""}`}
                onChange={(e) => onChange({ ...state.points, [p.number]: e.target.value })}
              />
            </div>
            <p id={`${inputId}-hint`} className="field-hint">
              {cap > 0 || mine > 0 ? t("budgets.ballot.pointsHint", { max: Math.max(cap, mine) }) : t("budgets.ballot.noPointsLeft")}
            </p>
            {error ? (
              <p id={`${inputId}-error`} className="field-error">
                {error}
              </p>
            ) : null}
            <ReadLink call={call} project={p} />
          </li>
        );
      })}
    </ul>
  );
}

/**
 * A ranking made with buttons, no dragging: add projects in order of preference, move them up or down
 * (the buttons, or Alt+↑ / Alt+↓ on a ranked project's buttons), take them out. Each change is announced
 * and focus stays where the next step is.
 */
function RankingChoices({
  call,
  projects,
  state,
  onChange,
  errorOf,
}: {
  call: Call;
  projects: Project[];
  state: BallotState;
  onChange: (ranking: string[]) => void;
  errorOf: (number: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const byNumber = new Map(projects.map((p) => [p.number, p]));
  const ranked = state.chosen.filter((n) => byNumber.has(n));
  const unranked = projects.filter((p) => !ranked.includes(p.number));
  const full = call.ballot.maxProjects !== null && ranked.length >= call.ballot.maxProjects;
  const title = (n: string) => byNumber.get(n)?.title ?? n;
  const ranking = useRanking({
    ranking: ranked,
    onChange,
    say: {
      moved: (n, place) => t("budgets.ranking.moved", { title: title(n), place }),
      removed: (n) => t("budgets.ranking.removed", { title: title(n) }),
      added: (n, place) => t("budgets.ranking.added", { title: title(n), place }),
    },
    // The next project still unranked, unless the ballot is now full.
    nextAfterAdd: (number) => {
      const rest = unranked.filter((p) => p.number !== number);
      const nowFull = call.ballot.maxProjects !== null && ranked.length + 1 >= call.ballot.maxProjects;
      return nowFull ? undefined : rest[0]?.number;
    },
  });
  return (
    <div className="pb-ranking">
      <p className="field-hint">{t("budgets.ranking.hint")}</p>
      <h3 id="pb-ranked-title" className="pb-ranking-heading">
        {t("budgets.ranking.ranked")}
      </h3>
      {ranked.length === 0 ? (
        <p className="muted">{t("budgets.ranking.empty")}</p>
      ) : (
        <ol className="pb-ballot-list" aria-labelledby="pb-ranked-title">
          {ranked.map((number, at) => {
            const p = byNumber.get(number);
            if (!p) return null;
            const error = errorOf(number);
            return (
              <li key={number} className="pb-ballot-item pb-ballot-item--chosen pb-rank-item" onKeyDown={ranking.keys(at)}>
                <span className="pb-rank-place" aria-hidden="true">
                  {at + 1}
                </span>
                <ProjectLabel call={call} project={p} />
                <span className="pb-rank-actions">
                  <RankButtons
                    ranking={ranking}
                    item={number}
                    at={at}
                    last={at === ranked.length - 1}
                    invalid={!!error}
                    labels={{
                      up: t("budgets.ranking.moveUp", { title: p.title }),
                      down: t("budgets.ranking.moveDown", { title: p.title }),
                      remove: t("budgets.ranking.removeLabel", { title: p.title }),
                      removeText: t("budgets.ranking.remove"),
                    }}
                  />
                </span>
                {error ? <p className="field-error pb-rank-error">{error}</p> : null}
              </li>
            );
          })}
        </ol>
      )}
      {unranked.length ? (
        <>
          <h3 id="pb-unranked-title" className="pb-ranking-heading">
            {t("budgets.ranking.unranked")}
          </h3>
          <ul className="pb-ballot-list" aria-labelledby="pb-unranked-title">
            {unranked.map((p) => (
              <li key={p.number} className="pb-ballot-item pb-rank-item pb-rank-item--unranked">
                <ProjectLabel
                  call={call}
                  project={p}
                  note={full ? t("budgets.ballot.full", { max: call.ballot.maxProjects ?? 0 }) : undefined}
                />
                <button
                  ref={ranking.ref(p.number, "add")}
                  type="button"
                  className="button button--secondary button--small"
                  disabled={full}
                  onClick={() => ranking.add(p.number)}
                  aria-label={t("budgets.ranking.addLabel", { place: ranked.length + 1, title: p.title })}
                >
                  {t("budgets.ranking.add", { place: ranked.length + 1 })}
                </button>
                <ReadLink call={call} project={p} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {ranking.announcement}
      </p>
    </div>
  );
}

/** "Your ballot": what the server counted, in the order it keeps. */
export function YourBallot({ call, mine, projects }: { call: Call; mine: Mine; projects: Project[] }) {
  const { t } = useTranslation();
  const byNumber = new Map(projects.map((p) => [p.number, p]));
  const List = call.ballot.type === "ordinal" ? "ol" : "ul";
  return (
    <section className="card section pb-your-ballot" aria-labelledby="pb-your-ballot-title">
      <h2 id="pb-your-ballot-title">{t("budgets.ballot.yours")}</h2>
      <p className="muted small">
        {t("budgets.ballot.counted", { date: formatDateTime(mine.updatedAt) })}
        {mine.district ? ` ${t("budgets.ballot.inDistrict", { district: mine.district })}` : ""}
      </p>
      {mine.choices.length === 0 ? (
        <p>{t("budgets.ballot.blank")}</p>
      ) : (
        <List className="pb-your-choices">
          {mine.choices.map((c) => (
            <li key={c.number}>
              <Link to={projectPath(call.slug, c.number)}>
                <span className="pb-number">{t("budgets.project.number", { number: c.number })}</span> {byNumber.get(c.number)?.title ?? ""}
              </Link>
              {c.points !== null ? <span className="muted"> · {t("budgets.ballot.points", { count: c.points })}</span> : null}
            </li>
          ))}
        </List>
      )}
    </section>
  );
}

/**
 * The ballot's choices, for its ballot type and district: the district's radios (when the call has
 * districts), then the projects as the ballot type lists them, with every problem the server names at
 * its field, a project's at that project (`sent`: the project numbers in the order the request sent them).
 * The voter's ballot and the paper ballots entered by the body's reviewers both use it.
 */
export function BallotChoices({
  call,
  projects,
  state,
  onChange,
  problem,
  sent,
}: {
  call: Call;
  /** The call's eligible projects. */
  projects: Project[];
  state: BallotState;
  onChange: (next: Partial<BallotState>) => void;
  problem: ApiError | null;
  sent: string[];
}) {
  const { t } = useTranslation();
  const b = call.ballot;
  const districted = call.districts.length > 0;
  const shown = districted ? projects.filter((p) => p.district === state.district) : projects;
  const errorOf = (number: string) => {
    const at = sent.indexOf(number);
    return at < 0 ? undefined : choiceError(problem, at);
  };
  const districtError = pathError(problem, "body.district");
  const listError = exactError(problem, "body.projects");
  const choices = { call, projects: shown, state, errorOf };
  return (
    <>
      {districted ? (
        <fieldset className="field pb-choices" aria-describedby={districtError ? "pb-district-error" : undefined}>
          <legend>{t("budgets.ballot.district")}</legend>
          <p className="field-hint">{t("budgets.ballot.districtHint")}</p>
          {districtError ? (
            <p id="pb-district-error" className="field-error">
              {districtError}
            </p>
          ) : null}
          {call.districts.map((d) => (
            <label key={d.name} className="pb-choice">
              <input
                type="radio"
                name="district"
                value={d.name}
                checked={state.district === d.name}
                aria-invalid={districtError ? true : undefined}
                onChange={() => {
                  // Another district's projects are not on this ballot: its choices go.
                  const inDistrict = new Set(projects.filter((p) => p.district === d.name).map((p) => p.number));
                  onChange({
                    district: d.name,
                    chosen: state.chosen.filter((n) => inDistrict.has(n)),
                    points: Object.fromEntries(Object.entries(state.points).filter(([n]) => inDistrict.has(n))),
                  });
                }}
              />
              <span>
                {d.name}{" "}
                <span className="muted">· {t("budgets.ballot.districtBudget", { budget: formatMoney(d.budget, call.currency) })}</span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {districted && !state.district ? (
        <p className="muted">{t("budgets.ballot.chooseDistrictFirst")}</p>
      ) : (
        <fieldset className="pb-ballot-projects" aria-describedby={listError ? "pb-projects-error" : undefined}>
          <legend>{t(b.type === "ordinal" ? "budgets.ballot.rankLegend" : "budgets.ballot.legend")}</legend>
          {listError ? (
            <p id="pb-projects-error" className="field-error" role="alert" tabIndex={-1}>
              {listError}
            </p>
          ) : null}
          {shown.length === 0 ? (
            <p className="muted">{t("budgets.ballot.noProjects")}</p>
          ) : b.type === "approval" ? (
            <ApprovalChoices {...choices} onChange={(chosen) => onChange({ chosen })} />
          ) : b.type === "choose-1" ? (
            <ChooseOne {...choices} onChange={(chosen) => onChange({ chosen })} />
          ) : b.type === "ordinal" ? (
            <RankingChoices {...choices} onChange={(chosen) => onChange({ chosen })} />
          ) : (
            <PointsChoices {...choices} onChange={(points) => onChange({ points })} />
          )}
        </fieldset>
      )}
    </>
  );
}

/** The projects of the ballot's district (all of them when the call has no districts): what the running total counts. */
export const ballotProjects = (call: Call, projects: Project[], state: BallotState): Project[] =>
  call.districts.length ? projects.filter((p) => p.district === state.district) : projects;

/**
 * The ballot of a call, for its ballot type: approval (within the number of projects and the knapsack's
 * cost, with the running total and what is left), cumulative or scoring points, a ranking, or one
 * choice; per district when the call has districts. Cast or changed with PUT until voting closes; every
 * problem the server names appears at its field, a project's at that project.
 */
export function BallotForm({
  call,
  projects,
  mine,
  before,
}: {
  call: Call;
  /** The call's eligible projects. */
  projects: Project[];
  mine: Mine | null;
  /** What shows above the projects (the rules). */
  before?: ReactNode;
}) {
  const { t } = useTranslation();
  const form = useForm(FIELDS);
  const [state, setState] = useState(() => initialState(call, mine));
  const [saved, setSaved] = useState<number | null>(null);
  const sent = useRef<string[]>([]);
  const cast = useMutation({
    mutationFn: (body: BallotBody) => data(client.PUT("/api/calls/{slug}/ballot", { params: { path: { slug: call.slug } }, body })),
    onSuccess: () => invalidateBallot(call.slug),
  });
  const change = (next: Partial<BallotState>) => {
    setSaved(null);
    setState((s) => ({ ...s, ...next }));
  };

  return (
    <form
      className="form pb-ballot"
      noValidate
      aria-labelledby="pb-ballot-title"
      onSubmit={form.onSubmit(async () => {
        setSaved(null);
        const body = bodyOf(call, state);
        sent.current = body.projects.map((c) => c.project);
        const receipt = await cast.mutateAsync(validate(BallotInput, body));
        setSaved(receipt.choices);
      })}
    >
      <h2 id="pb-ballot-title">{mine ? t("budgets.ballot.changeTitle") : t("budgets.ballot.title")}</h2>
      {before}
      <FormAlert messages={form.summary} />
      <BallotChoices call={call} projects={projects} state={state} onChange={change} problem={form.problem} sent={sent.current} />
      <div className="pb-ballot-bar">
        <Tally call={call} projects={ballotProjects(call, projects, state)} state={state} />
        <div className="form-actions">
          <SubmitButton busy={form.busy} busyLabel={t("budgets.ballot.casting")}>
            {mine ? t("budgets.ballot.change") : t("budgets.ballot.cast")}
          </SubmitButton>
          {saved !== null ? (
            <span className="notice-inline" role="status">
              {t("budgets.ballot.saved", { count: saved, date: formatDateTime(call.phases.votingCloses) })}
            </span>
          ) : null}
        </div>
      </div>
    </form>
  );
}
