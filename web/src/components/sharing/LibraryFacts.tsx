import { useTranslation } from "react-i18next";
import type { LibraryRules, OpeningHours } from "./labels.ts";
import { WEEKDAY_LABEL, WEEKDAYS } from "./labels.ts";
import { hoursInWords, ruleLines } from "./rules.ts";

/** The week's opening hours, one weekday a line, in words. */
export function OpeningHoursList({ hours, compact = false }: { hours: OpeningHours; compact?: boolean }) {
  // Subscribes to the language: the words below are read from the catalogues when rendered.
  useTranslation();
  return (
    <dl className={compact ? "sharing-hours sharing-hours--compact" : "sharing-hours"}>
      {WEEKDAYS.map((day) => (
        <div key={day} className={(hours[day] ?? []).length ? "sharing-hours-day" : "sharing-hours-day sharing-hours-day--closed"}>
          <dt>{WEEKDAY_LABEL[day]}</dt>
          <dd>{hoursInWords(hours, day)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The rules in plain words; `formOnly` keeps those a booking form applies (lengths, lead time, horizon, open days). */
export function RuleList({ rules, currency, formOnly = false }: { rules: LibraryRules; currency: string; formOnly?: boolean }) {
  useTranslation();
  const lines = ruleLines(rules, currency).filter((l) => !formOnly || l.form);
  return (
    <ul className="sharing-rules">
      {lines.map((l) => (
        <li key={l.key}>{l.text}</li>
      ))}
    </ul>
  );
}
