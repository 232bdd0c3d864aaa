import { sql } from "drizzle-orm";
import { rowsOf } from "../../db/rows.ts";
import type { Db, Executor } from "../../db/types.ts";
import { AppError } from "../../http/errors.ts";
import { mailSecret, verify } from "../mail/signing.ts";
import { deliveryOf } from "./delivery.ts";
import { DIGEST_PERIODS, type DigestPeriod } from "./digests.ts";
import { t } from "./messages.ts";
import { writePreferences } from "./service.ts";
import { NOTIFICATION_KINDS, type NotificationKind } from "./values.ts";

/** What an unsubscribe link stops: one kind's emails, or one digest. */
export type Topic = NotificationKind | `digest:${DigestPeriod}`;
const TOPICS: readonly string[] = [...NOTIFICATION_KINDS, ...DIGEST_PERIODS.map((p) => `digest:${p}`)];

/**
 * The person and topic a link's token names. The token is the link's whole authority (a mail client's
 * one-click POST carries no session), so it is signed by the instance (mail/signing.ts) and names one
 * person and one topic only.
 */
async function readToken(db: Executor, token: string): Promise<{ personId: string; topic: Topic }> {
  const payload = verify(await mailSecret(db), "unsubscribe", token) ?? "";
  const personId = payload.slice(0, payload.indexOf(":"));
  const topic = payload.slice(payload.indexOf(":") + 1);
  if (!/^[0-9a-f-]{36}$/.test(personId) || !TOPICS.includes(topic)) throw AppError.validation("token", t("badUnsubscribe"));
  const [person] = await rowsOf<{ id: string }>(db, sql`select id from people where id = ${personId}::uuid`);
  if (!person) throw AppError.notFound(t("badUnsubscribe"));
  return { personId, topic: topic as Topic };
}

/** The kinds a topic covers for this person: the kind itself, or every kind they take in that digest. */
async function kindsOf(db: Executor, personId: string, topic: Topic): Promise<NotificationKind[]> {
  if (!topic.startsWith("digest:")) return [topic as NotificationKind];
  const period = topic.slice("digest:".length);
  const rows = await rowsOf<{ kind: NotificationKind }>(
    db,
    sql`select k.kind from unnest(enum_range(null::notification_kind)) k(kind)
        where ${deliveryOf(sql`${personId}::uuid`, sql`k.kind`)} = ${period}::notification_delivery`,
  );
  return rows.map((r) => r.kind);
}

export interface Unsubscription {
  topic: Topic;
  /** The kinds that no longer come by email (they stay in the app). */
  kinds: NotificationKind[];
}

/** What following the link would stop, for its page to say before the person confirms. */
export async function describeUnsubscribe(db: Db, token: string): Promise<Unsubscription> {
  const { personId, topic } = await readToken(db, token);
  return { topic, kinds: await kindsOf(db, personId, topic) };
}

/** Stops the topic's emails: its kinds are then shown in the app only. Doing it twice changes nothing more. */
export async function unsubscribe(db: Db, token: string): Promise<Unsubscription> {
  const { personId, topic } = await readToken(db, token);
  return db.transaction(async (tx) => {
    const kinds = await kindsOf(tx, personId, topic);
    await writePreferences(tx, personId, Object.fromEntries(kinds.map((k) => [k, "app"])));
    return { topic, kinds };
  });
}
