import { useId } from "react";
import { useTranslation } from "react-i18next";
import { RankButtons, useRanking } from "../Ranking.tsx";
import { quote } from "./labels.ts";

/**
 * A ranking built with buttons, no dragging: add options in order of preference, move them up or
 * down, take them out. Every change is announced, and focus stays where the next step is.
 */
export function RankedBallot({
  options,
  value,
  onChange,
  error,
}: {
  options: string[];
  /** Option indexes, most preferred first. */
  value: number[];
  onChange: (ranking: number[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  const unranked = options.map((_, i) => i).filter((i) => !value.includes(i));
  const name = (i: number) => quote(options[i] ?? "");
  const ranking = useRanking({
    ranking: value,
    onChange,
    say: {
      moved: (i, place) => t("decisions.ranked.moved", { name: name(i), place }),
      removed: (i) => t("decisions.ranked.removed", { name: name(i) }),
      added: (i, place) => t("decisions.ranked.added", { name: name(i), place }),
    },
    // Ranking goes on down the list: the next option still unranked, or the first.
    nextAfterAdd: (option) => {
      const rest = unranked.filter((i) => i !== option);
      return rest.find((i) => i > option) ?? rest[0];
    },
  });

  return (
    <fieldset className="ranked-ballot" aria-describedby={[error ? `${id}-error` : "", `${id}-hint`].filter(Boolean).join(" ")}>
      <legend>{t("decisions.ranked.legend")}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t("decisions.ranked.hint")}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field-error" tabIndex={-1}>
          {error}
        </p>
      ) : null}
      <h3 id={`${id}-ranked`} className="ranked-heading">
        {t("decisions.ranked.ranked")}
      </h3>
      {value.length === 0 ? (
        <p className="muted ranked-empty">{t("decisions.ranked.empty")}</p>
      ) : (
        <ol className="ranked-list" aria-labelledby={`${id}-ranked`}>
          {value.map((option, at) => (
            <li key={option} className="ranked-item" onKeyDown={ranking.keys(at)}>
              <span className="ranked-place" aria-hidden="true">
                {at + 1}
              </span>
              <span className="ranked-label">{options[option]}</span>
              <span className="ranked-actions">
                <RankButtons
                  ranking={ranking}
                  item={option}
                  at={at}
                  last={at === value.length - 1}
                  labels={{
                    up: t("decisions.ranked.moveUp", { name: name(option) }),
                    down: t("decisions.ranked.moveDown", { name: name(option) }),
                    remove: t("decisions.ranked.removeLabel", { name: name(option) }),
                    removeText: t("decisions.ranked.remove"),
                  }}
                />
              </span>
            </li>
          ))}
        </ol>
      )}
      {unranked.length > 0 ? (
        <>
          <h3 id={`${id}-unranked`} className="ranked-heading">
            {t("decisions.ranked.unranked")}
          </h3>
          <ul className="unranked-list" aria-labelledby={`${id}-unranked`}>
            {unranked.map((option) => (
              <li key={option} className="ranked-item">
                <span className="ranked-label">{options[option]}</span>
                <button
                  ref={ranking.ref(option, "add")}
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => ranking.add(option)}
                  aria-label={t("decisions.ranked.addAsLabel", { place: value.length + 1, name: name(option) })}
                >
                  {t("decisions.ranked.addAs", { place: value.length + 1 })}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {ranking.announcement}
      </p>
    </fieldset>
  );
}
