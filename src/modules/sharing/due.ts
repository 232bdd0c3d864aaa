import { sql } from "drizzle-orm";
import { rowsOf } from "../../db/rows.ts";
import type { Db } from "../../db/types.ts";
import type { MailSwitch } from "../notifications/email.ts";
import { remind } from "../notifications/reminders.ts";

/**
 * What falls due with time in the libraries (run by src/clock.ts): reminders a day ahead, overdue
 * notices, maintenance by the calendar. Each reminder is written once (notifications_once) and points
 * at the row the person already may read: their booking, or the check-out that handed them the unit.
 */

/** A day before a booked pick-up, and a day before a loan is due back. */
export async function remindPickupsAndReturns(db: Db, on: MailSwitch = { email: false }): Promise<number> {
  const pickups = await remind(
    db,
    on,
    "loan_due",
    sql`select b.person_id, (select a.id from activities a where a.object_type = 'booking' and a.object_id = b.id
                             and a.verb in ('booking.confirmed', 'booking.approved') order by a.id desc limit 1) as activity_id
        from bookings b
        where b.status = 'confirmed' and b.starts_at > triarchy_now() and b.starts_at <= triarchy_now() + interval '24 hours'`,
  );
  const returns = await remind(
    db,
    on,
    "loan_due",
    sql`select l.custodian_id as person_id, (select a.id from activities a where a.object_type = 'loan' and a.object_id = l.id
                                            and a.verb = 'loan.checked_out' order by a.id limit 1) as activity_id
        from loans l
        where l.checked_in_at is null and l.due_at > triarchy_now() and l.due_at <= triarchy_now() + interval '24 hours'`,
  );
  return pickups + returns;
}

/** Once a loan is past its due time, its borrower hears of it (once). */
export async function noticeOverdueLoans(db: Db, on: MailSwitch = { email: false }): Promise<number> {
  return remind(
    db,
    on,
    "loan_overdue",
    sql`select l.custodian_id as person_id, (select a.id from activities a where a.object_type = 'loan' and a.object_id = l.id
                                            and a.verb = 'loan.checked_out' order by a.id limit 1) as activity_id
        from loans l where l.checked_in_at is null and l.due_at < triarchy_now()`,
  );
}

/**
 * A maintenance plan by the calendar: an available unit whose last check (or arrival) is older than its
 * rules' `maintenanceEveryDays` is held for a check. The type's rules override the library's.
 */
export async function holdUnitsDueForCheck(db: Db): Promise<number> {
  const held = await rowsOf<{ id: string }>(
    db,
    sql`update resource_units u set status = 'maintenance', updated_at = triarchy_written_at()
        from resource_types t join libraries l on l.id = t.library_id
        where t.id = u.type_id and u.status = 'available'
          and coalesce(t.rules ->> 'maintenanceEveryDays', l.rules ->> 'maintenanceEveryDays') is not null
          and coalesce(u.last_checked_at, u.created_at)
              + make_interval(days => coalesce(t.rules ->> 'maintenanceEveryDays', l.rules ->> 'maintenanceEveryDays')::int) < triarchy_now()
        returning u.id`,
  );
  return held.length;
}
