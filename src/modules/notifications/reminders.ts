import { sql } from "drizzle-orm";
import { rowsOf } from "../../db/rows.ts";
import type { Db } from "../../db/types.ts";
import { announce } from "./fanout.ts";
import { DEFAULT_DELIVERY } from "./values.ts";

/**
 * A day before an open decision closes, each elector who has not voted is reminded once (the
 * reminder points at the decision's opening in the log). Whether someone voted stays between them
 * and the platform: the reminder is theirs alone, and a secret ballot's choices are never read.
 */
export async function remindClosingDecisions(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    const told = await rowsOf<{ personId: string }>(
      tx,
      sql`with due as (
            select p.id, (select a.id from activities a where a.object_type = 'proposal' and a.object_id = p.id and a.verb = 'proposal.opened'
                          order by a.id desc limit 1) as activity_id
            from proposals p
            where p.status = 'open' and p.closes_at > triarchy_now() and p.closes_at <= triarchy_now() + interval '24 hours')
          insert into notifications (person_id, activity_id, kind)
          select e.person_id, d.activity_id, 'decision_closing' from due d join proposal_electors e on e.proposal_id = d.id
          where d.activity_id is not null
            and not exists (select 1 from votes v where v.proposal_id = d.id and v.person_id = e.person_id)
            and coalesce((select p.delivery from notification_preferences p where p.person_id = e.person_id and p.kind = 'decision_closing'),
                         ${DEFAULT_DELIVERY.decision_closing}::notification_delivery) <> 'off'
          on conflict do nothing
          returning person_id as "personId"`,
    );
    await announce(tx, new Set(told.map((r) => r.personId)));
    return told.length;
  });
}
