import { timingSafeEqual } from "node:crypto";
import { sql } from "drizzle-orm";
import { rowsOf } from "../../db/rows.ts";
import type { Executor } from "../../db/types.ts";
import { sha256 } from "../accounts/secrets.ts";
import type { RenderContext } from "./context.ts";
import { sign } from "./signing.ts";

/**
 * A reply address names one outbox row and is signed for it: `reply+<row id in base 36>.<mac>@<reply domain>`.
 * The MAC is lowercase hex because mail systems may lowercase a local part; 24 hex digits (96 bits) keep
 * forging out of reach and the local part near 40 characters (the limit is 64).
 */
const PURPOSE = "reply";
const PREFIX = "reply+";
const MAC_HEX = 24;

const macOf = (secret: string, payload: string) => {
  const signed = sign(secret, PURPOSE, payload);
  return Buffer.from(signed.slice(signed.lastIndexOf(".") + 1), "base64url")
    .toString("hex")
    .slice(0, MAC_HEX);
};

/** The reply address of the message being written, or undefined when this server takes no mail in. */
export function replyAddress(ctx: Pick<RenderContext, "mailId" | "secret" | "replyDomain">): string | undefined {
  if (!ctx.replyDomain) return undefined;
  const payload = ctx.mailId.toString(36);
  return `${PREFIX}${payload}.${macOf(ctx.secret, payload)}@${ctx.replyDomain}`;
}

/**
 * The outbox row a reply address names, or null when it was not made with this key (forged, altered,
 * cut) or, given a domain, is not at that domain. Case does not matter: the address is read lowercased.
 */
export function parseReplyAddress(secret: string, address: string, domain?: string): number | null {
  const at = address.lastIndexOf("@");
  if (at <= 0) return null;
  const local = address.slice(0, at).toLowerCase();
  if (domain !== undefined && address.slice(at + 1).toLowerCase() !== domain.toLowerCase()) return null;
  const m = /^reply\+([0-9a-z]{1,11})\.([0-9a-f]+)$/.exec(local);
  if (!m) return null;
  const [, payload = "", given = ""] = m;
  const expected = macOf(secret, payload);
  if (given.length !== expected.length || !timingSafeEqual(Buffer.from(given), Buffer.from(expected))) return null;
  const id = Number.parseInt(payload, 36);
  // Only the canonical spelling of an id is one we made (no leading zeros), so each row has one token.
  return Number.isSafeInteger(id) && id > 0 && id.toString(36) === payload ? id : null;
}

/** What `mail_replies_used` keeps of a reply address once it posted: a hash naming the row, not the address. */
export const replyTokenHash = (mailId: number) => sha256(`${PURPOSE}:${mailId}`);

/**
 * The thread a notification is about, or null: a comment's thread (replies, mentions, comments on one's
 * own, what one follows) or a thread just opened. Given a person, only a notification of theirs counts.
 */
export async function threadOfNotification(db: Executor, notificationId: number, personId?: string): Promise<string | null> {
  const [row] = await rowsOf<{ threadId: string | null }>(
    db,
    sql`select coalesce(c.thread_id, t.id) as "threadId"
        from notifications n
        join activities a on a.id = n.activity_id
        left join comments c on a.object_type = 'comment' and c.id = a.object_id
        left join threads t on a.object_type = 'thread' and t.id = a.object_id
        where n.id = ${notificationId} ${personId ? sql`and n.person_id = ${personId}` : sql``}`,
  );
  return row?.threadId ?? null;
}
