import type { Command } from "commander";
import { sql } from "drizzle-orm";
import { rowsOf } from "../db/rows.ts";
import type { Db } from "../db/types.ts";
import { wakeMailers } from "../modules/mail/outbox.ts";
import { MAIL_STATUSES, type MailStatus } from "../modules/mail/values.ts";
import { refuse, withDatabase } from "./context.ts";

/** `ada@example.org` → `a…@example.org`: enough to tell messages apart, not a list of addresses to leak from a terminal or a log. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf("@");
  if (at < 1) return "…";
  return `${address[0]}…${address.slice(at)}`;
}

interface Row {
  id: number;
  template: string;
  to: string;
  attempts: number;
  nextAttemptAt: string;
  sending: boolean;
  createdAt: string;
  lastError: string | null;
}

const iso = (d: Date | string) => new Date(d).toISOString().replace(/\.\d+Z$/, "Z");

async function rowsWith(db: Db, status: "pending" | "failed", limit: number): Promise<Row[]> {
  const order = status === "pending" ? sql`next_attempt_at, id` : sql`id desc`;
  const rows = await rowsOf<Row & { nextAttemptAt: Date; createdAt: Date }>(
    db,
    sql`select id::int as id, template, to_address as "to", attempts, next_attempt_at as "nextAttemptAt",
               coalesce(leased_until > clock_timestamp(), false) as sending, created_at as "createdAt", last_error as "lastError"
        from mail_outbox where status = ${status} order by ${order} limit ${limit}`,
  );
  return rows.map((r) => ({ ...r, to: maskAddress(r.to), nextAttemptAt: iso(r.nextAttemptAt), createdAt: iso(r.createdAt) }));
}

async function queue(db: Db, o: { failed: boolean; limit: number }) {
  const counted = await rowsOf<{ status: MailStatus; n: number }>(
    db,
    sql`select status, count(*)::int as n from mail_outbox group by status`,
  );
  const counts = Object.fromEntries(MAIL_STATUSES.map((s) => [s, counted.find((c) => c.status === s)?.n ?? 0])) as Record<
    MailStatus,
    number
  >;
  const [oldest] = await rowsOf<{ seconds: number | null }>(
    db,
    sql`select floor(extract(epoch from clock_timestamp() - min(created_at)))::int as seconds from mail_outbox where status = 'pending'`,
  );
  return {
    counts,
    oldestPendingSeconds: oldest?.seconds ?? null,
    ...(o.failed ? {} : { pending: await rowsWith(db, "pending", o.limit) }),
    failed: await rowsWith(db, "failed", o.limit),
  };
}

const age = (s: number) =>
  s < 60 ? `${s} s` : s < 3600 ? `${Math.floor(s / 60)} min` : s < 86_400 ? `${Math.floor(s / 3600)} h` : `${Math.floor(s / 86_400)} d`;

/** Columns padded to their widest cell; the last (an error) runs on as long as it is, on one line. */
function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(head), ...rows.map(line)].join("\n");
}

const oneLine = (s: string | null) => (s ?? "").replaceAll(/\s+/g, " ");

function print(q: Awaited<ReturnType<typeof queue>>) {
  const out: string[] = [];
  out.push(MAIL_STATUSES.map((s) => `${s}: ${q.counts[s]}`).join(", "));
  if (q.oldestPendingSeconds !== null) out.push(`Oldest pending: ${age(q.oldestPendingSeconds)} old`);
  if (q.pending) {
    out.push("", `Pending (${q.pending.length} of ${q.counts.pending}):`);
    if (q.pending.length)
      out.push(
        table(
          ["ID", "TEMPLATE", "TO", "ATTEMPTS", "NEXT ATTEMPT", "LAST ERROR"],
          q.pending.map((r) => [
            String(r.id),
            r.template,
            r.to,
            String(r.attempts),
            r.sending ? "sending now" : r.nextAttemptAt,
            oneLine(r.lastError),
          ]),
        ),
      );
  }
  out.push("", `Failed (${q.failed.length} of ${q.counts.failed}):`);
  if (q.failed.length)
    out.push(
      table(
        ["ID", "TEMPLATE", "TO", "ATTEMPTS", "WRITTEN", "REASON"],
        q.failed.map((r) => [String(r.id), r.template, r.to, String(r.attempts), r.createdAt, oneLine(r.lastError)]),
      ),
    );
  process.stdout.write(`${out.join("\n")}\n`);
}

/** Failed messages back to pending, from their first attempt and due now; a running server's mailer is woken to send them. */
async function retry(db: Db, ids: number[] | "all"): Promise<number[]> {
  return db.transaction(async (tx) => {
    const moved = await rowsOf<{ id: number }>(
      tx,
      sql`update mail_outbox set status = 'pending', attempts = 0, next_attempt_at = clock_timestamp(), leased_until = null
          where status = 'failed' ${ids === "all" ? sql`` : sql`and id = any(${`{${ids.join(",")}}`}::bigint[])`}
          returning id::int as id`,
    );
    if (moved.length) await wakeMailers(tx);
    return moved.map((r) => r.id);
  });
}

export function registerQueueCommands(mail: Command) {
  mail
    .command("queue")
    .description("What waits in the outbox and what failed and why, with counts per status; addresses are shown masked")
    .option("--failed", "only the failed messages")
    .option("--json", "machine-readable output")
    .option("--limit <n>", "at most this many rows of each kind", "50")
    .action(async (opts: { failed?: boolean; json?: boolean; limit: string }) => {
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1) refuse(`--limit must be a positive whole number, not "${opts.limit}".`);
      const q = await withDatabase(({ db }) => queue(db, { failed: !!opts.failed, limit }));
      if (opts.json) process.stdout.write(`${JSON.stringify(q, null, 2)}\n`);
      else print(q);
    });

  mail
    .command("retry")
    .description("Put failed messages back in the queue (attempts reset, due now): the given IDs, or every failed one")
    .argument("[ids...]", "the failed messages' IDs, as `mail queue` shows them")
    .option("--all-failed", "every failed message")
    .action(async (ids: string[], opts: { allFailed?: boolean }) => {
      if (!ids.length === !opts.allFailed) refuse("Give the failed messages' IDs, or --all-failed (not both).");
      const wanted = ids.map(Number);
      const bad = ids.filter((_, i) => !Number.isSafeInteger(wanted[i]) || wanted[i]! < 1);
      if (bad.length) refuse(`Not a message ID: ${bad.join(", ")}.`);
      const moved = await withDatabase(({ db }) => retry(db, opts.allFailed ? "all" : wanted));
      process.stdout.write(`Put ${moved.length} failed message${moved.length === 1 ? "" : "s"} back in the queue.\n`);
      const missed = opts.allFailed ? [] : wanted.filter((id) => !moved.includes(id));
      if (missed.length) process.stdout.write(`Not failed (or no such message), left alone: ${missed.join(", ")}.\n`);
    });
}
