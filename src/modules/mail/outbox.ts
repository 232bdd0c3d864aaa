import { sql } from "drizzle-orm";
import { rowsOf } from "../../db/rows.ts";
import type { Executor } from "../../db/types.ts";
import type { Language } from "../../text/messages.ts";
import type { TemplateData, TemplateName } from "./templates.ts";

export interface Mail<N extends TemplateName> {
  personId: string | null;
  to: string;
  language: Language;
  template: N;
  data: TemplateData<N>;
  threadKey?: string;
  /** What one-click unsubscribe turns off: a notification kind or `digest:daily`/`digest:weekly`. */
  topic?: string;
  /** Written at most once per key. */
  dedupeKey?: string;
}

/**
 * Puts a message in the outbox, in the caller's transaction: it leaves only if the change that causes
 * it commits, and leaves once the change has (the mailer, worker.ts, sends it). Returns false when a
 * row with the same dedupe key was already written.
 */
export async function enqueueMail<N extends TemplateName>(tx: Executor, mail: Mail<N>): Promise<boolean> {
  const written = await rowsOf<{ id: string }>(
    tx,
    sql`insert into mail_outbox (person_id, to_address, language, template, data, thread_key, topic, dedupe_key)
        values (${mail.personId}, ${mail.to}, ${mail.language}, ${mail.template}, ${JSON.stringify(mail.data)}::jsonb,
                ${mail.threadKey ?? null}, ${mail.topic ?? null}, ${mail.dedupeKey ?? null})
        on conflict (dedupe_key) do nothing
        returning id::text`,
  );
  if (written.length) await wakeMailers(tx);
  return written.length > 0;
}

/** Wakes the mailers at commit (PostgreSQL sends one notice per transaction however often it is asked) rather than at their next poll. */
export const MAIL_CHANNEL = "triarchy_mail";
export async function wakeMailers(tx: Executor) {
  await tx.execute(sql`select pg_notify(${MAIL_CHANNEL}, '')`);
}
