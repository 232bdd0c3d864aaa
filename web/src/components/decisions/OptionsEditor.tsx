import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { quote } from "./labels.ts";

export interface OptionRow {
  /** Stable across edits and moves, so React keeps each row's input (and its focus) with it. */
  key: number;
  text: string;
}

export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 20;

let nextKey = 1;
export const optionRow = (text = ""): OptionRow => ({ key: nextKey++, text });

type Control = "input" | "up" | "down" | "remove" | "add";

/**
 * The options of an approval, score or ranked vote: add, remove and reorder rows with buttons (no
 * dragging), each move announced to screen readers, focus kept on the row that moved.
 */
export function OptionsEditor({
  rows,
  onChange,
  error,
  errorRow,
}: {
  rows: OptionRow[];
  onChange: (rows: OptionRow[]) => void;
  error?: string | undefined;
  /** The row the error names, if any (0-based). */
  errorRow?: number | null;
}) {
  const { t } = useTranslation();
  const id = useId();
  const controls = useRef(new Map<string, HTMLElement>());
  const [focus, setFocus] = useState<{ key: number; control: Control } | null>(null);
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    if (!focus) return;
    const el = controls.current.get(`${focus.key}:${focus.control}`);
    // A move to the first or last place disables the button pressed: focus the row's other move button.
    if (el && !(el as HTMLButtonElement).disabled) el.focus();
    else controls.current.get(`${focus.key}:${focus.control === "up" ? "down" : "up"}`)?.focus();
    setFocus(null);
  }, [focus]);

  const ref = (key: number, control: Control) => (el: HTMLElement | null) => {
    if (el) controls.current.set(`${key}:${control}`, el);
    else controls.current.delete(`${key}:${control}`);
  };
  const name = (row: OptionRow, i: number) => (row.text.trim() ? quote(row.text.trim()) : t("decisions.options.row", { n: i + 1 }));

  const move = (i: number, by: -1 | 1) => {
    const j = i + by;
    const row = rows[i];
    const other = rows[j];
    if (!row || !other) return;
    const next = [...rows];
    next[i] = other;
    next[j] = row;
    onChange(next);
    setAnnouncement(t("decisions.options.moved", { name: name(row, i), place: j + 1, count: rows.length }));
    setFocus({ key: row.key, control: by < 0 ? "up" : "down" });
  };
  const remove = (i: number) => {
    const row = rows[i];
    if (!row) return;
    const next = rows.filter((_, k) => k !== i);
    onChange(next);
    setAnnouncement(t("decisions.options.removed", { name: name(row, i), left: next.length }));
    const neighbour = next[Math.min(i, next.length - 1)];
    setFocus(neighbour ? { key: neighbour.key, control: "input" } : null);
  };
  const add = () => {
    const row = optionRow();
    onChange([...rows, row]);
    setFocus({ key: row.key, control: "input" });
  };

  const errorId = `${id}-error`;
  const invalidRow = error ? (errorRow ?? 0) : -1;
  return (
    <fieldset className="options-editor" aria-describedby={error ? errorId : `${id}-hint`}>
      <legend>{t("decisions.options.legend")}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t("decisions.options.hint", { min: MIN_OPTIONS, max: MAX_OPTIONS })}
      </p>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      <ol className="options-rows">
        {rows.map((row, i) => (
          <li key={row.key} className="options-row">
            <label htmlFor={`${id}-${row.key}`} className="options-row-label">
              {t("decisions.options.row", { n: i + 1 })}
            </label>
            <input
              ref={ref(row.key, "input")}
              id={`${id}-${row.key}`}
              type="text"
              maxLength={200}
              value={row.text}
              aria-invalid={invalidRow === i ? true : undefined}
              aria-describedby={invalidRow === i ? errorId : undefined}
              onChange={(e) => onChange(rows.map((r) => (r.key === row.key ? { ...r, text: e.target.value } : r)))}
            />
            <span className="options-row-actions">
              <button
                ref={ref(row.key, "up")}
                type="button"
                className="button button--secondary button--small"
                disabled={i === 0}
                onClick={() => move(i, -1)}
                aria-label={t("decisions.options.moveUp", { name: name(row, i) })}
                title={t("decisions.options.moveUp", { name: name(row, i) })}
              >
                <span aria-hidden="true">↑</span>
              </button>
              <button
                ref={ref(row.key, "down")}
                type="button"
                className="button button--secondary button--small"
                disabled={i === rows.length - 1}
                onClick={() => move(i, 1)}
                aria-label={t("decisions.options.moveDown", { name: name(row, i) })}
                title={t("decisions.options.moveDown", { name: name(row, i) })}
              >
                <span aria-hidden="true">↓</span>
              </button>
              <button
                ref={ref(row.key, "remove")}
                type="button"
                className="button button--ghost-danger button--small"
                disabled={rows.length <= MIN_OPTIONS}
                onClick={() => remove(i)}
                aria-label={t("decisions.options.removeLabel", { name: name(row, i) })}
              >
                {t("decisions.options.remove")}
              </button>
            </span>
          </li>
        ))}
      </ol>
      <div>
        <button
          ref={ref(0, "add")}
          type="button"
          className="button button--secondary button--small"
          disabled={rows.length >= MAX_OPTIONS}
          onClick={add}
        >
          {t("decisions.options.add")}
        </button>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
