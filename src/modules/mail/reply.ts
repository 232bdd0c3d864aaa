import { sql } from "drizzle-orm";
import { isUniqueViolation } from "../../db/errors.ts";
import { rowsOf } from "../../db/rows.ts";
import type { Db } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { CommentBody } from "../discussions/inputs.ts";
import { postComment } from "../discussions/service.ts";
import { replyTokenHash, threadOfNotification } from "./reply-address.ts";
import { replyText } from "./reply-text.ts";

/** A reply by email as the listener received it (inbound.ts): the row its address names, and the message. */
export interface IncomingReply {
  mailId: number;
  /** The envelope's sender (MAIL FROM); empty for a bounce. */
  envelopeFrom: string;
  /** The address in the From header. */
  from: string | undefined;
  /** The headers that say a program, not a person, sent it. */
  autoSubmitted?: string;
  precedence?: string;
  /** The plain text of the message (mailparser's, written from the HTML when there is no text part). */
  text: string;
}

/** Why a reply posted nothing; logged as is, and answered to the sending server (inbound.ts). */
export type Refusal = "unknown_mail" | "automatic" | "other_sender" | "no_thread" | "empty" | "too_long" | "reused" | "not_allowed";

/**
 * Auto-replies, bounces and list mail never post: answering a notification with a holiday message would
 * write to the thread, notify again, and loop.
 */
export function isAutomatic(r: Pick<IncomingReply, "envelopeFrom" | "autoSubmitted" | "precedence">): boolean {
  if (!r.envelopeFrom) return true;
  if (r.autoSubmitted && r.autoSubmitted.trim().toLowerCase() !== "no") return true;
  return ["bulk", "junk", "list", "auto_reply"].includes(r.precedence?.trim().toLowerCase() ?? "");
}

interface Row {
  personId: string | null;
  toAddress: string;
  data: { notificationId?: unknown } | null;
  email: string | null;
  handle: string;
  name: string;
  isAdmin: boolean;
}

/**
 * Posts a reply as the person its address was made for, in the thread their notification is about; or
 * says why not. Everything else a comment must pass, it passes in `postComment`, as from the API.
 */
export async function postReply(db: Db, reply: IncomingReply): Promise<{ commentId: string } | { refused: Refusal }> {
  const [row] = await rowsOf<Row>(
    db,
    sql`select m.person_id as "personId", m.to_address as "toAddress", m.data, p.email, p.handle, p.name, p.is_admin as "isAdmin"
        from mail_outbox m left join people p on p.id = m.person_id where m.id = ${reply.mailId}`,
  );
  if (!row?.personId) return { refused: "unknown_mail" };
  if (isAutomatic(reply)) return { refused: "automatic" };
  // The signed address is the secret (only its recipient's mailbox got it); the sender must also be that
  // recipient, now or at the time of writing, so a reply forwarded to someone else cannot post as them.
  const from = reply.from?.trim().toLowerCase();
  if (!from || (from !== row.email?.toLowerCase() && from !== row.toAddress.toLowerCase())) return { refused: "other_sender" };
  const notificationId = row.data?.notificationId;
  const threadId = typeof notificationId === "number" ? await threadOfNotification(db, notificationId, row.personId) : null;
  if (!threadId) return { refused: "no_thread" };
  const text = replyText(reply.text);
  if (!text) return { refused: "empty" };
  const body = CommentBody.safeParse(text);
  if (!body.success) return { refused: "too_long" };
  // A person deleted since: no actor, and the policy refuses as it would an anonymous request.
  const actor: Actor | null = row.email ? { id: row.personId, handle: row.handle, name: row.name, isAdmin: row.isAdmin } : null;
  try {
    const comment = await db.transaction(async (tx) => {
      // Spent in the comment's transaction: a reuse, or the same reply delivered twice at once, meets the
      // key and posts nothing; a refused comment rolls it back and leaves the address usable.
      await tx.execute(sql`insert into mail_replies_used (token_hash) values (${replyTokenHash(reply.mailId)})`);
      return postComment(tx, actor, threadId, body.data);
    });
    return { commentId: comment.id };
  } catch (err) {
    if (isUniqueViolation(err, "mail_replies_used_pkey")) return { refused: "reused" };
    if (err instanceof AppError && [401, 403, 404].includes(err.status)) return { refused: "not_allowed" };
    throw err;
  }
}
