// The shared-resources module's value lists, kept free of Drizzle: its tables (schema.ts) and its
// request schemas (inputs.ts, which the web app imports too) both read them from here.

/** What a resource is; vehicles also appear in the GBFS feed. */
export const RESOURCE_KINDS = ["tool", "vehicle", "space", "machine", "other"] as const;

/** How the library came to hold a unit. A lent unit stays its owner's, who approves each booking of it. */
export const ACQUISITIONS = ["bought", "donated", "lent"] as const;

export const CONDITIONS = ["new", "good", "fair", "worn", "damaged"] as const;

/**
 * A unit's state for new bookings: `available`; `out_of_service` (a reported problem: bookings of it
 * are flagged and their borrowers told); `maintenance` (held until someone checks it, by a plan);
 * `retired` (gone from the catalogue, history kept).
 */
export const UNIT_STATUSES = ["available", "out_of_service", "maintenance", "retired"] as const;

/**
 * `requested`: awaits the owner of a member's unit. `confirmed`: holds the unit. `active`: checked out.
 * `returned`, `cancelled`, `declined`, `no_show`: history. Only the first three block the unit.
 */
export const BOOKING_STATUSES = ["requested", "confirmed", "active", "returned", "cancelled", "declined", "no_show"] as const;
export const BLOCKING_BOOKING_STATUSES = ["requested", "confirmed", "active"] as const;

export const WAITLIST_STATUSES = ["waiting", "offered", "booked", "lapsed", "left"] as const;

/** A borrower's report: a remark, a request for a check, or the unit taken out of service. */
export const PROBLEM_SEVERITIES = ["note", "check", "out_of_service"] as const;

/** Who may book a resource type: the library organization's members, anyone signed in, or people a steward approved. */
export const ELIGIBILITIES = ["members", "signed_in", "approved"] as const;

export const GRANULARITIES = ["day", "slot"] as const;

export const FEE_KINDS = ["free", "per_day", "per_hour"] as const;

/** The one question asked after a return, for the impact of sharing. */
export const WITHOUT_LOAN_ANSWERS = ["bought", "rented", "borrowed_elsewhere", "done_without"] as const;

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
