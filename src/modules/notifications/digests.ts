import { sql } from "drizzle-orm";
import { rowsOf } from "../../db/rows.ts";
import type { Db } from "../../db/types.ts";
import { DEFAULT_LANGUAGE } from "../../text/messages.ts";
import { wakeMailers } from "../mail/outbox.ts";
import { deliveryOf } from "./delivery.ts";

export const DIGEST_PERIODS = ["daily", "weekly"] as const;
export type DigestPeriod = (typeof DIGEST_PERIODS)[number];

const UNIT: Record<DigestPeriod, string> = { daily: "day", weekly: "week" };

/** Which period each database last wrote digests for, so the clock's rounds between two periods cost one query. */
const written = new WeakMap<Db, Partial<Record<DigestPeriod, string>>>();

/**
 * Writes one digest per person and period (days and ISO weeks, in UTC) who has unread notifications of
 * kinds they take in that digest, created in the period just ended. The dedupe key makes each digest
 * once, whichever process or round writes it; its content is read when it is sent (letters.ts).
 */
export async function enqueueDigests(db: Db): Promise<number> {
  const done = written.get(db) ?? {};
  written.set(db, done);
  let total = 0;
  for (const period of DIGEST_PERIODS) {
    const unit = UNIT[period];
    const [bounds] = await rowsOf<{ from: string; to: string }>(
      db,
      sql`select to_char(b - ${`1 ${unit}`}::interval, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "from", to_char(b, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "to"
          from (select date_trunc(${unit}, triarchy_now(), 'UTC') at time zone 'UTC' as b) x`,
    );
    if (!bounds || done[period] === bounds.to) continue;
    total += await db.transaction(async (tx) => {
      const rows = await rowsOf<{ id: string }>(
        tx,
        sql`insert into mail_outbox (person_id, to_address, language, template, data, topic, dedupe_key)
            select p.id, p.email, coalesce(p.language, ${DEFAULT_LANGUAGE}), 'digest',
                   jsonb_build_object('period', ${period}::text, 'from', ${bounds.from}::text, 'to', ${bounds.to}::text),
                   ${`digest:${period}`}, ${`digest:${period}:`} || p.id || ':' || ${bounds.to}
            from people p
            where p.email_verified_at is not null
              and exists (select 1 from notifications n
                          where n.person_id = p.id and n.read_at is null
                            and n.created_at >= ${bounds.from}::timestamptz and n.created_at < ${bounds.to}::timestamptz
                            and ${deliveryOf(sql`p.id`, sql`n.kind`)} = ${period}::notification_delivery)
            on conflict (dedupe_key) do nothing
            returning id::text`,
      );
      if (rows.length) await wakeMailers(tx);
      return rows.length;
    });
    done[period] = bounds.to;
  }
  return total;
}
