import { z } from "@hono/zod-openapi";
import { rule } from "../../text/messages.ts";
import { t } from "./messages.ts";
import { ELIGIBILITIES, FEE_KINDS, GRANULARITIES, WEEKDAYS } from "./values.ts";

/**
 * A library's rules are data: one JSON object per library, with per-type overrides of any of its
 * fields. Lengths are in days for whole-day bookings and in minutes for time slots.
 */
const Minutes = z
  .int(rule(t("wholeNumber")))
  .min(0, rule(t("notNegative")))
  .max(525_600, rule(t("tooLarge")));
const Count = z
  .int(rule(t("wholeNumber")))
  .min(1, rule(t("atLeastOne")))
  .max(10_000, rule(t("tooLarge")));
const MinorUnits = z
  .int(rule(t("wholeNumber")))
  .min(0, rule(t("notNegative")))
  .max(100_000_000, rule(t("tooLarge")));

const RulesShape = z
  .object({
    granularity: z.enum(GRANULARITIES),
    /** Slot length for `slot` bookings; starts and ends fall on multiples of it from midnight. */
    slotMinutes: z.int().min(5).max(1440),
    /** In days (`day`) or minutes (`slot`). */
    minLength: Count,
    maxLength: Count,
    /** How long before its start a booking must be made. */
    leadMinutes: Minutes,
    /** How far ahead a booking may start. */
    horizonDays: Count,
    bufferBeforeMinutes: Minutes,
    bufferAfterMinutes: Minutes,
    /** Whole-day bookings must end (be due back) on a day the library is open. */
    dueOnOpenDays: z.boolean(),
    /** Bookings a person may hold at once in this library; null for no limit. */
    maxConcurrent: Count.nullable(),
    /** Booked days a person may hold per calendar month (the library's), null for no limit. */
    maxDaysPerMonth: Count.nullable(),
    eligibility: z.enum(ELIGIBILITIES),
    fee: z.object({ kind: z.enum(FEE_KINDS), amount: MinorUnits }).strict(),
    deposit: MinorUnits,
    /** Charged per day (or part of one) a loan comes back late, in minor units. */
    lateFeePerDay: MinorUnits,
    /** How long a waitlist offer stays open before it passes to the next in line. */
    offerHours: z.int().min(1).max(168),
    /** A maintenance plan: a unit is held for a check after this many loans, or this many days since its last check. */
    maintenanceEveryLoans: Count.nullable(),
    maintenanceEveryDays: Count.nullable(),
  })
  .strict();

export const RulesSchema = RulesShape.refine((r) => r.minLength <= r.maxLength, {
  path: ["maxLength"],
  message: rule(t("maxBelowMin")),
}).openapi("LibraryRules");

export type Rules = z.infer<typeof RulesSchema>;

export const RuleOverridesSchema = RulesShape.partial().openapi("RuleOverrides");
export type RuleOverrides = Partial<Rules>;

export const DEFAULT_RULES: Rules = {
  granularity: "day",
  slotMinutes: 60,
  minLength: 1,
  maxLength: 7,
  leadMinutes: 0,
  horizonDays: 90,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  dueOnOpenDays: true,
  maxConcurrent: 3,
  maxDaysPerMonth: null,
  eligibility: "members",
  fee: { kind: "free", amount: 0 },
  deposit: 0,
  lateFeePerDay: 0,
  offerHours: 24,
  maintenanceEveryLoans: null,
  maintenanceEveryDays: null,
};

/** The rules a type's bookings follow: the library's, with the type's overrides on top. */
export function rulesFor(library: Partial<Rules>, overrides: RuleOverrides): Rules {
  // Defaults first: a library saved before a rule existed follows the rule's default.
  return { ...DEFAULT_RULES, ...library, ...overrides };
}

const HHMM = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, rule(t("time")));
const Interval = z.tuple([HHMM, HHMM]).refine(([open, close]) => open < close, { message: rule(t("closesBeforeOpening")) });

/** Weekly opening hours in the library's time zone: for each weekday, the intervals it is open. */
export const OpeningHoursSchema = z
  .object(
    Object.fromEntries(WEEKDAYS.map((d) => [d, z.array(Interval).max(4)])) as Record<
      (typeof WEEKDAYS)[number],
      z.ZodArray<typeof Interval>
    >,
  )
  .strict()
  .openapi("OpeningHours", { example: { mon: [["09:00", "18:00"]], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } });
export type OpeningHours = z.infer<typeof OpeningHoursSchema>;
