import type { Db } from "./db/types.ts";
import { every } from "./every.ts";
import type { Logger } from "./logger.ts";
import { advancePhases } from "./modules/budgeting/calls.ts";
import { computeResults } from "./modules/budgeting/results.ts";
import { settleDue } from "./modules/decisions/lifecycle.ts";
import { enqueueDigests } from "./modules/notifications/digests.ts";
import type { MailSwitch } from "./modules/notifications/email.ts";
import { noticeOverdueInvoices, remindClosingDecisions } from "./modules/notifications/reminders.ts";
import { raiseDueFixedFees } from "./modules/reciprocity/invoices.ts";
import { calendars } from "./modules/sharing/calendar-cache.ts";
import { holdUnitsDueForCheck, noticeOverdueLoans, remindPickupsAndReturns } from "./modules/sharing/due.ts";
import { lapseWaitlistOffers } from "./modules/sharing/waitlist-service.ts";

/** Work that falls due with time rather than with a request, and what each piece is called in the logs. */
/** Work that changed libraries' units or bookings moves this process's kept calendars on. */
async function movingCalendars(db: Db, work: Promise<number>): Promise<number> {
  const changed = await work;
  if (changed > 0) calendars(db).moved();
  return changed;
}

const DUE_WORK: { what: string; run: (db: Db, on: MailSwitch) => Promise<number> }[] = [
  // Proposals open and close on time even when nobody visits them (reads also settle them).
  { what: "proposals opened or closed on time", run: settleDue },
  // Fixed-fee reciprocity invoices are raised when their period ends.
  { what: "fixed-fee invoices raised", run: raiseDueFixedFees },
  // Electors who have not voted hear a day before a decision closes.
  { what: "reminders of decisions closing", run: remindClosingDecisions },
  // Treasurers hear once when an invoice at their books falls overdue.
  { what: "notices of overdue invoices", run: noticeOverdueInvoices },
  // Libraries: waitlist offers not taken in time pass to the next in line; borrowers hear a day before a
  // pick-up or a return and when a loan is overdue; units whose maintenance plan falls due are held.
  { what: "waitlist offers lapsed", run: (db) => movingCalendars(db, lapseWaitlistOffers(db)) },
  { what: "reminders of pick-ups and returns", run: remindPickupsAndReturns },
  { what: "notices of overdue loans", run: noticeOverdueLoans },
  { what: "units held for their maintenance check", run: (db) => movingCalendars(db, holdUnitsDueForCheck(db)) },
  // Participatory budgets: calls enter their next phase on its date (everyone concerned hears of it), and
  // a call whose voting closed gets its results, computed once and stored, and its winners' grants.
  { what: "calls moved to their next phase", run: (db) => advancePhases(db, computeResults) },
  // Once a day and once a week, those who chose a digest get one.
  { what: "digests written", run: (db, on) => (on.email ? enqueueDigests(db) : Promise.resolve(0)) },
];

/**
 * Runs the due work every few seconds, one round at a time; each piece's failure is logged on its
 * own, so one cannot hold the others back.
 */
export function startClock(db: Db, logger: Logger, on: MailSwitch, everyMs = 5_000): () => Promise<void> {
  return every(everyMs, async () => {
    for (const w of DUE_WORK) {
      try {
        const done = await w.run(db, on);
        if (done) logger.info({ count: done }, w.what);
      } catch (err) {
        logger.error({ err: { message: (err as Error).message } }, `failed: ${w.what}`);
      }
    }
  });
}
