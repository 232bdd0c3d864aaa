/** A library's rules and opening hours in plain words, in the chosen language. */
import { formatHours } from "../../format.ts";
import { i18n } from "../../i18n/i18n.ts";
import { perLocale } from "../../i18n/intl.ts";
import { formatMoney } from "../treasury/money.ts";
import type { FeeKind, LibraryRules, OpeningHours, Weekday } from "./labels.ts";
import { ELIGIBILITY_TEXT } from "./labels.ts";
import { formatWallTime } from "./time.ts";

const duration = (minutes: number) => formatHours(minutes / 60);

/** A rule's sentence, and which of the booking form's concerns it is (the form shows those beside it). */
export interface RuleLine {
  key: string;
  text: string;
  /** Shown beside the booking form too: lengths, lead time, horizon, open days. */
  form: boolean;
}

function feeText(kind: FeeKind, amount: string, currency: string): string {
  const money = formatMoney(amount, currency);
  const texts: Record<FeeKind, () => string> = {
    free: () => i18n.t("sharing.rules.fee.free"),
    per_day: () => i18n.t("sharing.rules.fee.per_day", { amount: money }),
    per_hour: () => i18n.t("sharing.rules.fee.per_hour", { amount: money }),
  };
  return texts[kind]();
}

/** Every rule as a sentence, in the order a borrower meets them. */
export function ruleLines(rules: LibraryRules, currency: string): RuleLine[] {
  const lines: RuleLine[] = [];
  const add = (key: string, text: string, form = false) => lines.push({ key, text, form });
  add("eligibility", ELIGIBILITY_TEXT[rules.eligibility]);
  if (rules.granularity === "day") {
    add("granularity", i18n.t("sharing.rules.byDays"), true);
    add("length", i18n.t("sharing.rules.lengthDays", { min: rules.minLength, max: rules.maxLength }), true);
  } else {
    add("granularity", i18n.t("sharing.rules.bySlots", { slot: duration(rules.slotMinutes) }), true);
    add("length", i18n.t("sharing.rules.lengthSlots", { min: duration(rules.minLength), max: duration(rules.maxLength) }), true);
  }
  if (rules.leadMinutes > 0) add("lead", i18n.t("sharing.rules.lead", { duration: duration(rules.leadMinutes) }), true);
  add("horizon", i18n.t("sharing.rules.horizon", { days: rules.horizonDays }), true);
  if (rules.granularity === "day") {
    add("open", i18n.t(rules.dueOnOpenDays ? "sharing.rules.openDaysBoth" : "sharing.rules.openFirstDay"), true);
  } else {
    add("open", i18n.t("sharing.rules.openHours"), true);
  }
  if (rules.bufferBeforeMinutes > 0)
    add("bufferBefore", i18n.t("sharing.rules.bufferBefore", { duration: duration(rules.bufferBeforeMinutes) }));
  if (rules.bufferAfterMinutes > 0)
    add("bufferAfter", i18n.t("sharing.rules.bufferAfter", { duration: duration(rules.bufferAfterMinutes) }));
  add(
    "concurrent",
    rules.maxConcurrent === null
      ? i18n.t("sharing.rules.noConcurrentLimit")
      : i18n.t("sharing.rules.maxConcurrent", { max: rules.maxConcurrent }),
  );
  if (rules.maxDaysPerMonth !== null) add("monthly", i18n.t("sharing.rules.maxDaysPerMonth", { max: rules.maxDaysPerMonth }));
  add("fee", feeText(rules.fee.kind, String(rules.fee.amount), currency));
  if (rules.deposit > 0) add("deposit", i18n.t("sharing.rules.deposit", { amount: formatMoney(String(rules.deposit), currency) }));
  add("offer", i18n.t("sharing.rules.offerHours", { hours: rules.offerHours }));
  if (rules.maintenanceEveryLoans !== null)
    add("maintenanceLoans", i18n.t("sharing.rules.maintenanceLoans", { loans: rules.maintenanceEveryLoans }));
  if (rules.maintenanceEveryDays !== null)
    add("maintenanceDays", i18n.t("sharing.rules.maintenanceDays", { days: rules.maintenanceEveryDays }));
  return lines;
}

const listFormat = perLocale((l) => new Intl.ListFormat(l, { type: "conjunction", style: "long" }));

const wallTime = (hhmm: string) => (hhmm === "24:00" ? i18n.t("sharing.hours.midnight") : formatWallTime(hhmm));

/** One weekday's hours in words: "9:00 AM to 12:00 PM and 2:00 PM to 6:00 PM", or "Closed". */
export function hoursInWords(hours: OpeningHours, day: Weekday): string {
  const intervals = hours[day] ?? [];
  if (intervals.length === 0) return i18n.t("sharing.hours.closed");
  return listFormat().format(intervals.map(([from, to]) => i18n.t("sharing.hours.interval", { from: wallTime(from), to: wallTime(to) })));
}
