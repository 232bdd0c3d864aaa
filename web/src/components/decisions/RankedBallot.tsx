import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { quote } from "./labels.ts";

type Control = "up" | "down" | "remove" | "add";

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
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [focus, setFocus] = useState<{ option: number; control: Control } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const unranked = options.map((_, i) => i).filter((i) => !value.includes(i));
  const name = (i: number) => quote(options[i] ?? "");

  useEffect(() => {
    if (!focus) return;
    const el = buttons.current.get(`${focus.option}:${focus.control}`);
    if (el && !el.disabled) el.focus();
    else buttons.current.get(`${focus.option}:${focus.control === "up" ? "down" : "up"}`)?.focus();
    setFocus(null);
  }, [focus]);

  const ref = (option: number, control: Control) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(`${option}:${control}`, el);
    else buttons.current.delete(`${option}:${control}`);
  };

  const move = (at: number, by: -1 | 1) => {
    const option = value[at];
    const other = value[at + by];
    if (option === undefined || other === undefined) return;
    const next = [...value];
    next[at] = other;
    next[at + by] = option;
    onChange(next);
    setAnnouncement(t("decisions.ranked.moved", { name: name(option), place: at + by + 1 }));
    setFocus({ option, control: by < 0 ? "up" : "down" });
  };
  const remove = (at: number) => {
    const option = value[at];
    if (option === undefined) return;
    onChange(value.filter((_, k) => k !== at));
    setAnnouncement(t("decisions.ranked.removed", { name: name(option) }));
    setFocus({ option, control: "add" });
  };
  const add = (option: number) => {
    onChange([...value, option]);
    setAnnouncement(t("decisions.ranked.added", { name: name(option), place: value.length + 1 }));
    // Ranking goes on down the list: focus the next option still unranked, or the one just ranked.
    const rest = unranked.filter((i) => i !== option);
    const next = rest.find((i) => i > option) ?? rest[0];
    setFocus(next === undefined ? { option, control: "up" } : { option: next, control: "add" });
  };

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
            <li key={option} className="ranked-item">
              <span className="ranked-place" aria-hidden="true">
                {at + 1}
              </span>
              <span className="ranked-label">{options[option]}</span>
              <span className="ranked-actions">
                <button
                  ref={ref(option, "up")}
                  type="button"
                  className="button button--secondary button--small"
                  disabled={at === 0}
                  onClick={() => move(at, -1)}
                  aria-label={t("decisions.ranked.moveUp", { name: name(option) })}
                  title={t("decisions.ranked.moveUp", { name: name(option) })}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  ref={ref(option, "down")}
                  type="button"
                  className="button button--secondary button--small"
                  disabled={at === value.length - 1}
                  onClick={() => move(at, 1)}
                  aria-label={t("decisions.ranked.moveDown", { name: name(option) })}
                  title={t("decisions.ranked.moveDown", { name: name(option) })}
                >
                  <span aria-hidden="true">↓</span>
                </button>
                <button
                  ref={ref(option, "remove")}
                  type="button"
                  className="button button--ghost-danger button--small"
                  onClick={() => remove(at)}
                  aria-label={t("decisions.ranked.removeLabel", { name: name(option) })}
                >
                  {t("decisions.ranked.remove")}
                </button>
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
                  ref={ref(option, "add")}
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => add(option)}
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
        {announcement}
      </p>
    </fieldset>
  );
}
