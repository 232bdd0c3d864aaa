import { sql } from "drizzle-orm";
import type { SmtpConfig } from "../../config.ts";
import { rowsOf } from "../../db/rows.ts";
import type { Db, Executor } from "../../db/types.ts";
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from "../../text/messages.ts";
import type { RenderContext } from "./context.ts";
import { PermanentFailure } from "./failure.ts";
import { type Block, toHtml, toText } from "./letter.ts";
import { t } from "./messages.ts";
import { mailSecret, sign } from "./signing.ts";
import { TEMPLATES, type TemplateName } from "./templates.ts";
import { domainOf, type MailTransport } from "./transport.ts";

export interface Due {
  id: number;
  personId: string | null;
  toAddress: string;
  language: string;
  template: string;
  data: unknown;
  threadKey: string | null;
  topic: string | null;
  attempts: number;
  createdAt: Date;
}

export interface SendOptions {
  smtp: SmtpConfig;
  /** The instance's public address. */
  publicUrl: string;
  /** Rows taken per round. */
  batch?: number;
  /** How long a mailer may hold a row before another may take it over (it died, say). */
  leaseSeconds?: number;
  /** Seconds to wait before retry n (1-based). */
  backoffSeconds?: (attempt: number) => number;
  maxAttempts?: number;
  /** The domain reply addresses are made in, when the server takes replies by email (config.inbound). */
  replyDomain?: string;
}

export const MAX_ATTEMPTS = 8;
/** 30 s, 1 min, 2 min, … up to 6 hours: a server down for a day still gets its mail, and a bad address gives up within a day. */
export const backoff = (attempt: number) => Math.min(30 * 2 ** (attempt - 1), 6 * 3600);

const RETURNING = sql`returning m.id, m.person_id as "personId", m.to_address as "toAddress", m.language, m.template, m.data,
                  m.thread_key as "threadKey", m.topic, m.attempts, m.created_at as "createdAt"`;

/**
 * Takes due rows under a lease, so several mailers (processes) share the outbox without sending a row
 * twice, and one that dies mid-send leaves its rows to the others once the lease lapses.
 */
async function claim(db: Db, batch: number, leaseSeconds: number): Promise<Due[]> {
  return rowsOf<Due>(
    db,
    sql`with due as (
          select id from mail_outbox
          where status = 'pending' and next_attempt_at <= clock_timestamp()
            and (leased_until is null or leased_until < clock_timestamp())
          order by next_attempt_at, id limit ${batch} for update skip locked)
        update mail_outbox m set leased_until = clock_timestamp() + make_interval(secs => ${leaseSeconds}), attempts = m.attempts + 1
        from due where m.id = due.id ${RETURNING}`,
  );
}

/**
 * Takes one pending row under a lease, whether due or not (`triarchy mail test` takes the row it has just
 * written, in the same transaction, so a running mailer woken by the insert leaves it to the command).
 */
export async function claimRow(tx: Executor, id: number, leaseSeconds = 120): Promise<Due | null> {
  const [row] = await rowsOf<Due>(
    tx,
    sql`update mail_outbox m set leased_until = clock_timestamp() + make_interval(secs => ${leaseSeconds}), attempts = m.attempts + 1
        where m.id = ${id} and m.status = 'pending' and (m.leased_until is null or m.leased_until < clock_timestamp()) ${RETURNING}`,
  );
  return row ?? null;
}

export const messageIdOf = (row: { id: number; createdAt: Date }, domain: string) =>
  `<mail.${row.id}.${new Date(row.createdAt).getTime().toString(36)}@${domain}>`;
export const threadIdOf = (threadKey: string, domain: string) => `<${threadKey.replaceAll(/[^A-Za-z0-9.-]/g, ".")}@${domain}>`;

export const unsubscribeToken = (secret: string, personId: string, topic: string) => sign(secret, "unsubscribe", `${personId}:${topic}`);

/** The whole message for one row: its template's blocks as text and HTML, and the headers that thread it and unsubscribe from it. */
async function compose(db: Db, row: Due, o: SendOptions, instance: string) {
  const template = TEMPLATES[row.template as TemplateName];
  if (!template) throw new PermanentFailure(`no template "${row.template}"`);
  const language: Language = (LANGUAGES as readonly string[]).includes(row.language) ? (row.language as Language) : DEFAULT_LANGUAGE;
  const domain = domainOf(o.smtp.from);
  const baseUrl = o.publicUrl.replace(/\/+$/, "");
  const secret = await mailSecret(db);
  const ctx: RenderContext = {
    db,
    language,
    baseUrl,
    instance,
    personId: row.personId,
    mailId: row.id,
    secret,
    domain,
    replyDomain: o.replyDomain,
  };
  const letter = await template(row.data as never, ctx);
  if (!letter) return null;
  const headers: Record<string, string> = { "Auto-Submitted": "auto-generated" };
  const footer: Block[] = [{ small: t("sentBecause", { instance }).in(language) }];
  if (row.topic && row.personId) {
    const token = unsubscribeToken(secret, row.personId, row.topic);
    headers["List-Unsubscribe"] = `<${baseUrl}/api/mail/unsubscribe?token=${encodeURIComponent(token)}>`;
    headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
    footer.push({
      small: "",
      link: { label: t("unsubscribe").in(language), url: `${baseUrl}/unsubscribe?token=${encodeURIComponent(token)}` },
    });
    footer.push({ small: "", link: { label: t("preferences").in(language), url: `${baseUrl}/account/notifications` } });
  }
  const thread = row.threadKey ? threadIdOf(row.threadKey, domain) : undefined;
  return {
    from: o.smtp.from,
    to: row.toAddress,
    replyTo: letter.replyTo,
    subject: letter.subject,
    text: toText(letter, footer),
    html: toHtml(letter, footer, language),
    messageId: messageIdOf(row, domain),
    inReplyTo: thread,
    references: thread ? [thread] : undefined,
    headers,
  };
}

const permanent = (err: unknown) =>
  err instanceof PermanentFailure ||
  (typeof (err as { responseCode?: number }).responseCode === "number" && (err as { responseCode: number }).responseCode >= 500);

export interface Round {
  sent: number;
  retrying: number;
  failed: number;
  skipped: number;
}

export type SentMessageInfo = Awaited<ReturnType<MailTransport["sendMail"]>>;
/** What became of one row: `info` is the SMTP server's answer (its final response, Message-ID, accepted and rejected recipients). */
export type Delivery =
  | { status: "sent"; info: SentMessageInfo }
  | { status: "skipped" }
  | { status: "retrying" | "failed"; error: unknown };

/**
 * A row's `token` (an account link's: verification, reset, change of address) is a live secret; it is
 * kept only until the message is done with, so the outbox holds no usable link once it has left.
 */
const SPENT_DATA = sql`data = data - 'token'`;

const instanceName = async (db: Db) =>
  (await rowsOf<{ name: string }>(db, sql`select name from instance where id = 1`))[0]?.name ?? "Triarchy";

/** Sends one claimed row and records the outcome on it. */
async function deliver(db: Db, transport: MailTransport, row: Due, o: SendOptions, instance: string): Promise<Delivery> {
  try {
    const message = await compose(db, row, o, instance);
    if (!message) {
      await db.execute(sql`update mail_outbox set status = 'skipped', leased_until = null, ${SPENT_DATA} where id = ${row.id}`);
      return { status: "skipped" };
    }
    const info = await transport.sendMail(message);
    await db.execute(
      sql`update mail_outbox set status = 'sent', sent_at = clock_timestamp(), leased_until = null, last_error = null, ${SPENT_DATA}
          where id = ${row.id}`,
    );
    return { status: "sent", info };
  } catch (err) {
    const reason = String((err as Error).message ?? err).slice(0, 500);
    const giveUp = permanent(err) || row.attempts >= (o.maxAttempts ?? MAX_ATTEMPTS);
    await db.execute(
      giveUp
        ? sql`update mail_outbox set status = 'failed', leased_until = null, last_error = ${reason}, ${SPENT_DATA} where id = ${row.id}`
        : sql`update mail_outbox set leased_until = null, last_error = ${reason},
                next_attempt_at = clock_timestamp() + make_interval(secs => ${(o.backoffSeconds ?? backoff)(row.attempts)})
              where id = ${row.id}`,
    );
    return { status: giveUp ? "failed" : "retrying", error: err };
  }
}

/** Sends one row the caller has claimed (claimRow), now, and says what the server answered. */
export async function sendClaimed(db: Db, transport: MailTransport, row: Due, o: SendOptions): Promise<Delivery> {
  return deliver(db, transport, row, o, await instanceName(db));
}

/** One round: takes what is due, sends each, and records the outcome of each on its own row. */
export async function sendDue(db: Db, transport: MailTransport, o: SendOptions): Promise<Round> {
  const rows = await claim(db, o.batch ?? 20, o.leaseSeconds ?? 120);
  const round: Round = { sent: 0, retrying: 0, failed: 0, skipped: 0 };
  if (!rows.length) return round;
  const instance = await instanceName(db);
  await Promise.all(
    rows.map(async (row) => {
      round[(await deliver(db, transport, row, o, instance)).status]++;
    }),
  );
  return round;
}

/** Sends until nothing is due. */
export async function sendAllDue(db: Db, transport: MailTransport, o: SendOptions): Promise<Round> {
  const total: Round = { sent: 0, retrying: 0, failed: 0, skipped: 0 };
  for (;;) {
    const r = await sendDue(db, transport, o);
    total.sent += r.sent;
    total.retrying += r.retrying;
    total.failed += r.failed;
    total.skipped += r.skipped;
    if (r.sent + r.retrying + r.failed + r.skipped < (o.batch ?? 20)) return total;
  }
}
