import { useId } from "react";
import { Trans, useTranslation } from "react-i18next";
import type { Tally } from "../../api/schema.ts";
import { formatNumber } from "../../format.ts";
import { TableScroll } from "../TableScroll.tsx";
import { ANSWER_LABEL, ANSWERS, formatPercent, isYesNoMethod, totalNoun } from "./labels.ts";

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
  useTranslation();
  const values = {
    turnout: tally.turnout,
    electorate: tally.electorate,
    percent: formatPercent(percentOf(tally.turnout, tally.electorate)),
    needed: tally.quorumNeeded,
    missing: tally.quorumNeeded - tally.turnout,
  };
  const key =
    tally.quorumNeeded === 0
      ? "decisions.tally.turnout"
      : tally.quorumMet
        ? "decisions.tally.turnoutQuorumMet"
        : "decisions.tally.turnoutQuorumShort";
  return (
    <p className="tally-turnout" aria-live={live ? "polite" : undefined}>
      <Trans i18nKey={key} values={values} components={{ strong: <strong /> }} />
    </p>
  );
}

function AnswersTable({ tally, caption }: { tally: Tally; caption: string }) {
  const { t } = useTranslation();
  if (!isYesNoMethod(tally.method)) return null;
  const answers: readonly string[] = ANSWERS[tally.method];
  return (
    <table className="tally-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("decisions.tally.answer")}</th>
          <th scope="col" className="num">
            {t("decisions.tally.votes")}
          </th>
          <th scope="col">{t("decisions.tally.share")}</th>
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
                  <span>{formatPercent(share)}</span>
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
  const { t } = useTranslation();
  const top = Math.max(1, ...totals.map((o) => o.total));
  return (
    <table className="tally-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("decisions.tally.option")}</th>
          <th scope="col" className="num">
            {totalNoun(tally.method)}
          </th>
          <th scope="col">
            <span className="visually-hidden">{t("decisions.tally.comparedWithHighest")}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {totals.map((o) => {
          const chosen = tally.outcome === "chosen" && tally.winner === o.option;
          const tied = tally.outcome === "tied" && tally.tied?.includes(o.option);
          return (
            <tr key={o.option} className={chosen ? "tally-row--chosen" : undefined}>
              <th scope="row">
                {o.label}
                {chosen ? <span className="badge badge--outcome-chosen tally-mark">{t("decisions.tally.chosen")}</span> : null}
                {tied ? <span className="badge badge--outcome-tied tally-mark">{t("decisions.tally.tied")}</span> : null}
              </th>
              <td className="num">{formatNumber(o.total)}</td>
              <td>
                <Bar percent={(o.total / top) * 100} />
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
  const { t } = useTranslation();
  const id = useId();
  const rounds = tally.rounds ?? [];
  if (rounds.length === 0) return null;
  return (
    <>
      {/* The caption stays outside the scrolling box, so a wide table cannot push it out of sight. */}
      <p id={id} className="tally-caption">
        {caption ?? t("decisions.tally.roundsCaption")}
      </p>
      <TableScroll labelledBy={id}>
        <table className="tally-table rounds-table" aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">{t("decisions.tally.option")}</th>
              {rounds.map((_, r) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rounds are numbered by their place and never reorder.
                <th key={r} scope="col" className="num">
                  {t("decisions.tally.round", { round: r + 1 })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {options.map((label, option) => (
              <tr key={label} className={tally.winner === option ? "tally-row--chosen" : undefined}>
                <th scope="row">
                  {label}
                  {tally.winner === option ? (
                    <span className="badge badge--outcome-chosen tally-mark">{t("decisions.tally.chosen")}</span>
                  ) : null}
                </th>
                {rounds.map((round, r) => {
                  const total = round.totals.find((o) => o.option === option);
                  const eliminatedHere = round.eliminated.includes(option);
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: one cell per round, in round order.
                    <td key={r} className={total ? "num" : "num muted"}>
                      {total ? formatNumber(total.total) : <span title={t("decisions.tally.outTitle")}>{t("decisions.tally.out")}</span>}
                      {eliminatedHere ? <span className="round-eliminated">{t("decisions.tally.eliminated")}</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr>
              <th scope="row" className="muted">
                {t("decisions.tally.exhausted")}
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
      <ol className="round-notes" aria-label={t("decisions.tally.roundNotes")}>
        {rounds.map((round, r) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rounds are numbered by their place and never reorder.
          <li key={r}>
            <Trans i18nKey="decisions.tally.roundNote" values={{ round: r + 1, note: round.note }} components={{ strong: <strong /> }} />
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
  const { t } = useTranslation();
  const shown: Tally = live ? { ...tally, outcome: "no_votes", winner: undefined, tied: undefined } : tally;
  const totalsCaption = live
    ? shown.method === "approval"
      ? t("decisions.tally.approvalSoFar")
      : shown.method === "score"
        ? t("decisions.tally.scoreSoFar")
        : t("decisions.tally.firstPreferencesSoFar")
    : shown.method === "ranked"
      ? t("decisions.total.firstPreferences")
      : totalNoun(shown.method);
  return (
    <div className="tally">
      <TurnoutLine tally={shown} live={live} />
      {isYesNoMethod(shown.method) ? (
        <AnswersTable tally={shown} caption={live ? t("decisions.tally.answersSoFar") : t("decisions.tally.answers")} />
      ) : null}
      {shown.optionTotals ? <TotalsTable tally={shown} totals={shown.optionTotals} caption={totalsCaption} /> : null}
      {shown.method === "ranked" ? (
        <RoundsTable tally={shown} options={options} caption={live ? t("decisions.tally.roundsCaptionLive") : undefined} />
      ) : null}
    </div>
  );
}
