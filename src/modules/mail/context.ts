import type { Executor } from "../../db/types.ts";
import type { Language } from "../../text/messages.ts";

/** What a template may use when its message is written, at send time. */
export interface RenderContext {
  db: Executor;
  language: Language;
  /** The instance's public address, without a trailing slash: every link in a message starts with it. */
  baseUrl: string;
  /** The instance's name, as its setup gave it. */
  instance: string;
  personId: string | null;
  /** The outbox row being written (a reply address is made for one message). */
  mailId: number;
  /** The instance's signing key (signing.ts). */
  secret: string;
  /** The mailbox's domain, for Message-IDs. */
  domain: string;
  /** The domain replies by email come back to (REPLY_DOMAIN); none when this server takes no mail in (reply-address.ts). */
  replyDomain?: string;
}
