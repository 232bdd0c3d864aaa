import { useId } from "react";
import type { Tally } from "../../api/schema.ts";
import { formatNumber, plural } from "../../format.ts";
import { TableScroll } from "../TableScroll.tsx";
import { ANSWER_LABEL, ANSWERS, isYesNoMethod, totalNoun } from "./labels.ts";

type OptionTotal = NonNullable<Tally["optionTotals"]>[number];

const percentOf = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);

/** A bar for the eye; the number beside it carries the meaning. */
function Bar({ percent }: { percent: number }) {
  return (
    <span className="tally-bar" aria-hidden="true">
      <span className="tally-bar-fill" style={{ width: `${Math.max(0, Math.min(100, percent))}%` }} />
    </span>
  );
}

/** "5 of 8 members voted; a quorum of 4 is reached." */
export function TurnoutLine({
  tally,
  live = false,
}: {
  tally: Pick<Tally, "turnout" | "electorate" | "quorumNeeded" | "quorumMet">;
  /** Announce changes (a running tally refreshed after a vote). */
  live?: boolean;
}) {
  const quorum =
    tally.quorumNeeded === 0
      ? ""
      : tally.quorumMet
        ? `; the quorum of ${tally.quorumNeeded} is reached`
        : `; ${tally.quorumNeeded} are needed for the quorum, ${tally.quorumNeeded - tally.turnout} more`;
  return (
    <p className="tally-turnout" aria-live={live ? "polite" : undefined}>
      <strong>
        {formatNumber(tally.turnout)} of {plural(tally.electorate, "member")}
      </strong>{" "}
      voted ({percentOf(tally.turnout, tally.electorate)}%){quorum}.
    </p>
  );
}

function AnswersTable({ tally, caption }: { tally: Tally; caption: string }) {
  if (!isYesNoMethod(tally.method)) return null;
  const answers: readonly string[] = ANSWERS[tally.method];
  return (
    <table className="tally-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Answer</th>
          <th scope="col" className="num">
            Votes
          </th>
          <th scope="col">Share of votes cast</th>
        </tr>
      </thead>
      <tbody>
        {answers.map((a) => {
          const count = tally.answers?.[a] ?? 0;
          const share = percentOf(count, tally.turnout);
          return (
            <tr key={a}>
              <th scope="row">{ANSWER_LABEL[a] ?? a}</th>
              <td className="num">{formatNumber(count)}</td>
              <td>
                <span className="tally-share">
                  <Bar percent={share} />
                  <span>{share}%</span>
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Each option's total; the chosen or tied ones are named in words, not only by colour. */
function TotalsTable({ tally, totals, caption }: { tally: Tally; totals: OptionTotal[]; caption: string }) {
  const top = Math.max(1, ...totals.map((t) => t.total));
  return (
    <table className="tally-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Option</th>
          <th scope="col" className="num">
            {totalNoun(tally.method)}
          </th>
          <th scope="col">
            <span className="visually-hidden">Compared with the highest</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {totals.map((t) => {
          const chosen = tally.outcome === "chosen" && tally.winner === t.option;
          const tied = tally.outcome === "tied" && tally.tied?.includes(t.option);
          return (
            <tr key={t.option} className={chosen ? "tally-row--chosen" : undefined}>
              <th scope="row">
                {t.label}
                {chosen ? <span className="badge badge--outcome-chosen tally-mark">Chosen</span> : null}
                {tied ? <span className="badge badge--outcome-tied tally-mark">Tied</span> : null}
              </th>
              <td className="num">{formatNumber(t.total)}</td>
              <td>
                <Bar percent={(t.total / top) * 100} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Instant-runoff rounds: options down the side, rounds across, "out" once an option is eliminated. */
function RoundsTable({ tally, options, caption }: { tally: Tally; options: string[]; caption?: string | undefined }) {
  const id = useId();
  const rounds = tally.rounds ?? [];
  if (rounds.length === 0) return null;
  return (
    <>
      {/* The caption stays outside the scrolling box, so a wide table cannot push it out of sight. */}
      <p id={id} className="tally-caption">
        {caption ?? "The count, round by round"}
      </p>
      <TableScroll labelledBy={id}>
        <table className="tally-table rounds-table" aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">Option</th>
              {rounds.map((_, r) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rounds are numbered by their place and never reorder.
                <th key={r} scope="col" className="num">
                  Round {r + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {options.map((label, option) => (
              <tr key={label} className={tally.winner === option ? "tally-row--chosen" : undefined}>
                <th scope="row">
                  {label}
                  {tally.winner === option ? <span className="badge badge--outcome-chosen tally-mark">Chosen</span> : null}
                </th>
                {rounds.map((round, r) => {
                  const total = round.totals.find((t) => t.option === option);
                  const eliminatedHere = round.eliminated.includes(option);
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: one cell per round, in round order.
                    <td key={r} className={total ? "num" : "num muted"}>
                      {total ? formatNumber(total.total) : <span title="Eliminated in an earlier round">out</span>}
                      {eliminatedHere ? <span className="round-eliminated"> (eliminated)</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr>
              <th scope="row" className="muted">
                Exhausted ballots
              </th>
              {rounds.map((round, r) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: one cell per round, in round order.
                <td key={r} className="num muted">
                  {formatNumber(round.exhausted)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </TableScroll>
      <ol className="round-notes" aria-label="What happened in each round">
        {rounds.map((round, r) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rounds are numbered by their place and never reorder.
          <li key={r}>
            <strong>Round {r + 1}.</strong> {round.note}
          </li>
        ))}
      </ol>
    </>
  );
}

/**
 * A tally's numbers: turnout and quorum, then the answers, the option totals, or the ranked rounds.
 * A live tally names no winner: the vote is not over.
 */
export function TallyView({ tally, options, live = false }: { tally: Tally; options: string[]; live?: boolean }) {
  const shown: Tally = live ? { ...tally, outcome: "no_votes", winner: undefined, tied: undefined } : tally;
  const so = live ? " so far" : "";
  return (
    <div className="tally">
      <TurnoutLine tally={shown} live={live} />
      {isYesNoMethod(shown.method) ? <AnswersTable tally={shown} caption={`Answers${so}`} /> : null}
      {shown.optionTotals ? (
        <TotalsTable
          tally={shown}
          totals={shown.optionTotals}
          caption={shown.method === "ranked" ? `First preferences${so}` : `${totalNoun(shown.method)}${so}`}
        />
      ) : null}
      {shown.method === "ranked" ? (
        <RoundsTable tally={shown} options={options} caption={live ? "The count if voting closed now, round by round" : undefined} />
      ) : null}
    </div>
  );
}
