import { keptPerDatabase, movesOn } from "../../db/kept-reads.ts";

/**
 * The public calendars (a type's units and their busy periods) this process has answered, kept a
 * moment (db/kept-reads.ts). A calendar is the heaviest public read of a library (one scan of the
 * bookings per unit) and the one a busy library is asked most, by everyone choosing dates.
 *
 * Whatever this process changes in a library (a booking, a cancellation, a loan, a unit's state, a
 * closure, a lapsed waitlist offer) moves the calendars on once it is done, before its answer is sent, so nobody here
 * ever reads a calendar older than their own change. A change made by another process (a second server
 * behind the same PostgreSQL, a CLI import) shows here within two seconds. Bookings never rely on a
 * calendar: the exclusion constraint decides.
 */
export const calendars = keptPerDatabase<object>({ max: 2_000, keepMs: 2_000 });

/** The routes that change libraries' bookings, loans, units and rules, under /api, and what they do to calendars. */
export const CALENDAR_CHANGING_PATHS = ["/libraries/*", "/bookings/*", "/units/*", "/loans/*", "/waitlist/*"];
export const movesCalendars = movesOn(calendars);
