import { type SQL, sql } from "drizzle-orm";
import { rowsOf } from "../../db/rows.ts";
import type { Db } from "../../db/types.ts";
import { wakeMailers } from "../mail/outbox.ts";
import { deliveryOf } from "./delivery.ts";
import { type MailSwitch, mailTold } from "./email.ts";
import { announce } from "./fanout.ts";
import type { NotificationKind } from "./values.ts";

/**
 * A day before an open decision closes, each elector who has not voted is reminded once (the
 * reminder points at the decision's opening in the log). Whether someone voted stays between them
 * and the platform: the reminder is theirs alone, and a secret ballot's choices are never read.
 */
export async function remindClosingDecisions(db: Db, on: MailSwitch = { email: false }): Promise<number> {
  return remind(
    db,
    on,
    "decision_closing",
    sql`with due as (
          select p.id, (select a.id from activities a where a.object_type = 'proposal' and a.object_id = p.id and a.verb = 'proposal.opened'
                        order by a.id desc limit 1) as activity_id
          from proposals p
          where p.status = 'open' and p.closes_at > triarchy_now() and p.closes_at <= triarchy_now() + interval '24 hours')
        select e.person_id, d.activity_id from due d join proposal_electors e on e.proposal_id = d.id
        where d.activity_id is not null and not exists (select 1 from votes v where v.proposal_id = d.id and v.person_id = e.person_id)`,
  );
}

/**
 * The day after an invoice falls due unpaid, the treasurers of both its books hear of it once (the
 * notice points at the invoice's raising in the log).
 */
export async function noticeOverdueInvoices(db: Db, on: MailSwitch = { email: false }): Promise<number> {
  return remind(
    db,
    on,
    "invoice_overdue",
    sql`with late as (
          select i.id, g.association_id, g.enterprise_id,
                 (select a.id from activities a where a.object_type = 'invoice' and a.object_id = i.id and a.verb = 'invoice.raised'
                  order by a.id limit 1) as activity_id
          from reciprocity_invoices i join reciprocity_agreements g on g.id = i.agreement_id
          where i.status = 'open' and i.due_on < triarchy_now()::date)
        select m.person_id, l.activity_id from late l
        join memberships m on m.organization_id in (l.association_id, l.enterprise_id) and m.status = 'active' and m.role = 'treasurer'
        where l.activity_id is not null`,
  );
}

/** Writes one kind of reminder for the (person_id, activity_id) pairs a query finds, once each, to those who have not turned it off. */
export async function remind(db: Db, on: MailSwitch, kind: NotificationKind, due: SQL): Promise<number> {
  return db.transaction(async (tx) => {
    const told = await rowsOf<{ personId: string }>(
      tx,
      sql`with told as (
          insert into notifications (person_id, activity_id, kind)
          select d.person_id, d.activity_id, ${kind}::notification_kind from (${due}) d
          where ${deliveryOf(sql`d.person_id`, sql`${kind}::notification_kind`)} <> 'off'
          on conflict do nothing
          returning id, person_id, activity_id, kind)
          ${mailTold(on)}
          select person_id as "personId" from told`,
    );
    await announce(tx, new Set(told.map((r) => r.personId)));
    if (on.email && told.length) await wakeMailers(tx);
    return told.length;
  });
}
