/**
 * Words for the libraries of shared resources: kinds, conditions, statuses, severities, rules and the
 * one question after a return, as exhaustive maps over the generated enums (a value the server adds
 * does not compile until it has a label). The enums' names are derived from the generated shapes here.
 */
import type { components } from "../../api/schema.gen.ts";
import { keysOf, labels } from "../../format.ts";

type S = components["schemas"];

export type Library = S["Library"];
export type LibraryRules = S["LibraryRules"];
export type OpeningHours = S["OpeningHours"];
export type Weekday = keyof OpeningHours;
export type ResourceKind = S["ResourceType"]["kind"];
export type Condition = S["ResourceUnit"]["condition"];
export type UnitStatus = S["ResourceUnit"]["status"];
export type BookingStatus = S["Booking"]["status"];
export type ProblemSeverity = S["ProblemReport"]["severity"];
export type Eligibility = LibraryRules["eligibility"];
export type Granularity = LibraryRules["granularity"];
export type FeeKind = LibraryRules["fee"]["kind"];
export type WithoutLoanAnswer = S["LoanAnswer"]["withoutLoan"];
export type MyBooking = S["MyBooking"];
export type WaitlistPlace = S["WaitlistPlace"];
export type Availability = S["Availability"];
export type DeskDay = S["DeskDay"];
export type DeskRow = DeskDay["pickups"][number];
export type CatalogueItem = S["CatalogueItem"];
/** A free period the server offers after refusing a booking (the problem's `nextFree`). */
export type FreePeriod = NonNullable<S["Problem"]["nextFree"]>[number];

export const KIND_LABEL = labels<ResourceKind>({
  tool: "sharing.kind.tool",
  vehicle: "sharing.kind.vehicle",
  space: "sharing.kind.space",
  machine: "sharing.kind.machine",
  other: "sharing.kind.other",
});
export const KINDS = keysOf(KIND_LABEL);

export const CONDITION_LABEL = labels<Condition>({
  new: "sharing.condition.new",
  good: "sharing.condition.good",
  fair: "sharing.condition.fair",
  worn: "sharing.condition.worn",
  damaged: "sharing.condition.damaged",
});
export const CONDITIONS = keysOf(CONDITION_LABEL);

export const UNIT_STATUS_LABEL = labels<UnitStatus>({
  available: "sharing.unitStatus.available",
  out_of_service: "sharing.unitStatus.out_of_service",
  maintenance: "sharing.unitStatus.maintenance",
  retired: "sharing.unitStatus.retired",
});

export const BOOKING_STATUS_LABEL = labels<BookingStatus>({
  requested: "sharing.bookingStatus.requested",
  confirmed: "sharing.bookingStatus.confirmed",
  active: "sharing.bookingStatus.active",
  returned: "sharing.bookingStatus.returned",
  cancelled: "sharing.bookingStatus.cancelled",
  declined: "sharing.bookingStatus.declined",
  no_show: "sharing.bookingStatus.no_show",
});

export const SEVERITY_LABEL = labels<ProblemSeverity>({
  note: "sharing.severity.note",
  check: "sharing.severity.check",
  out_of_service: "sharing.severity.out_of_service",
});
/** What each severity does, as the problem forms explain it. */
export const SEVERITY_HINT = labels<ProblemSeverity>({
  note: "sharing.severityHint.note",
  check: "sharing.severityHint.check",
  out_of_service: "sharing.severityHint.out_of_service",
});
export const SEVERITIES = keysOf(SEVERITY_LABEL);

export const ELIGIBILITY_TEXT = labels<Eligibility>({
  members: "sharing.rules.eligibility.members",
  signed_in: "sharing.rules.eligibility.signed_in",
  approved: "sharing.rules.eligibility.approved",
});

/** The one question's answers, as the borrower picks one. */
export const ANSWER_LABEL = labels<WithoutLoanAnswer>({
  bought: "sharing.answer.bought",
  rented: "sharing.answer.rented",
  borrowed_elsewhere: "sharing.answer.borrowed_elsewhere",
  done_without: "sharing.answer.done_without",
});
export const ANSWERS = keysOf(ANSWER_LABEL);

export const WEEKDAY_LABEL = labels<Weekday>({
  mon: "sharing.weekday.mon",
  tue: "sharing.weekday.tue",
  wed: "sharing.weekday.wed",
  thu: "sharing.weekday.thu",
  fri: "sharing.weekday.fri",
  sat: "sharing.weekday.sat",
  sun: "sharing.weekday.sun",
});
/** Monday first, as the calendar's weeks run (ISO). */
export const WEEKDAYS = keysOf(WEEKDAY_LABEL);
