import { sql } from "drizzle-orm";
import { rowsOf } from "../../db/rows.ts";
import type { Db, Executor } from "../../db/types.ts";
import { moveLogReader, readLog } from "../activity/log-reader.ts";
import { wakeMailers } from "../mail/outbox.ts";
import { deliveryOf } from "./delivery.ts";
import { type MailSwitch, mailTold } from "./email.ts";
import { mentionsOf } from "./mentions.ts";
import { MENTIONING, RULES, type Rule } from "./rules.ts";
import { announcingUnread } from "./unread-cache.ts";

/** Activities read per transaction: a batch's notifications commit together, and its people hear of them at once. */
const BATCH = 500;
/** Above this many people told in one batch, listeners re-count for everyone connected rather than get a list. */
const NAMED_AT_MOST = 100;
export const UNREAD_CHANNEL = "triarchy_unread";

/**
 * Tells one rule's people of the batch's activities it applies to, in one statement: those it names,
 * who may read the activity (members-only rows reach the organization's active members; private rows
 * only the people in their audience), who did not do it themselves, who have not turned the kind off, and who were
 * not already told of the same activity under an earlier rule.
 */
async function tell(tx: Executor, ids: string[], mentions: Record<string, string[]>, rule: Rule, on: MailSwitch) {
  return rowsOf<{ personId: string }>(
    tx,
    sql`with told as (
        insert into notifications (person_id, activity_id, kind)
        select distinct r.person_id, a.id, ${rule.kind}::notification_kind
        from activities a
        cross join (select ${JSON.stringify(mentions)}::jsonb as handles) mentions
        cross join lateral (${rule.recipients}) r(person_id)
        where a.id = any(${`{${ids.join(",")}}`}::bigint[])
          ${rule.verbs.length ? sql`and a.verb = any(${`{${rule.verbs.join(",")}}`}::text[])` : sql``}
          ${rule.excludes ? sql`and a.verb not like ${`${rule.excludes}%`}` : sql``}
          and r.person_id is not null and r.person_id is distinct from a.actor_id
          and (a.visibility = 'public'
               or (a.visibility = 'members' and exists (select 1 from memberships m
                   where m.organization_id = a.organization_id and m.person_id = r.person_id and m.status = 'active'))
               or r.person_id = any(a.audience))
          and not exists (select 1 from notifications n where n.activity_id = a.id and n.person_id = r.person_id)
          and ${deliveryOf(sql`r.person_id`, sql`${rule.kind}::notification_kind`)} <> 'off'
        on conflict do nothing
        returning id, person_id, activity_id, kind)
        ${mailTold(on)}
        select person_id as "personId" from told`,
  );
}

/**
 * Tells every server process (at commit, through LISTEN/NOTIFY) whose unread count moved, so their
 * open bells re-count: a list of people, or everyone when the list would be long.
 */
export async function announce(tx: Executor, who: Set<string>) {
  if (!who.size) return;
  const all = who.size > NAMED_AT_MOST;
  announcingUnread(all ? "*" : who);
  if (all) await tx.execute(sql`select pg_notify(${UNREAD_CHANNEL}, '*')`);
  else await tx.execute(sql`select pg_notify(${UNREAD_CHANNEL}, ${[...who].join(",")})`);
}

interface Logged {
  verb: string;
  objectType: string;
  objectId: string;
}

/**
 * One batch of the activity log, fanned out to the people each row concerns, in one transaction with
 * the worker's position: a crash loses nothing and tells nobody twice. Rows are read in the order of
 * the transactions that wrote them, only up to the oldest one still running (log-reader.ts), so a row
 * committed late is never left behind. Only one process at a time works (the position row is locked; others skip).
 * Returns how many activities it read.
 */
export async function fanOutBatch(db: Db, on: MailSwitch = { email: false }): Promise<number> {
  return db.transaction(async (tx) => {
    const batch = (
      await readLog<Logged>(tx, "notification_progress", sql`a.verb, a.object_type as "objectType", a.object_id as "objectId"`, BATCH)
    )?.rows;
    const last = batch?.at(-1);
    if (!batch || !last) return 0;
    const mentions: Record<string, string[]> = {};
    for (const a of batch) if (MENTIONING.includes(a.verb)) mentions[a.id] = await mentionsOf(tx, a.objectType, a.objectId);
    const verbs = new Set(batch.map((a) => a.verb));
    const ids = batch.map((a) => a.id);
    const told = new Set<string>();
    for (const rule of RULES) {
      if (rule.verbs.length && !rule.verbs.some((v) => verbs.has(v))) continue;
      for (const r of await tell(tx, ids, mentions, rule, on)) told.add(r.personId);
    }
    await moveLogReader(tx, "notification_progress", last);
    await announce(tx, told);
    if (on.email && told.size) await wakeMailers(tx);
    return batch.length;
  });
}

/** Fans out until the log is read up to the oldest running transaction. */
export async function fanOut(db: Db, on: MailSwitch = { email: false }): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await fanOutBatch(db, on);
    total += n;
    if (n < BATCH) return total;
  }
}
