import type { MessageQueue, MessageQueueDepth, MessageQueueEnqueueOptions, MessageQueueListenOptions } from "@fedify/fedify";
import { sql } from "drizzle-orm";
import { rowsOf } from "../../db/rows.ts";
import type { Executor } from "../../db/types.ts";

/** How long a taken message stays the taker's before another process may take it (a crash's bound). */
const TAKEN_FOR = "5 minutes";
/** How often a listener looks for messages when nothing woke it: delayed ones, and other processes' ones. */
const POLL_MS = 1_000;
/** Messages handled at once by one listener (deliveries wait on remote servers). */
const AT_ONCE = 4;

const delayOf = (options?: MessageQueueEnqueueOptions) => (options?.delay ? options.delay.toString() : "PT0S");

/**
 * Fedify's message queue in the `federation_queue` table, so an activity accepted for delivery survives
 * a restart. A listener takes a message for a while, hands it to Fedify, and deletes it once handled;
 * after a crash the message is taken again when its time runs out (the receiving side drops an
 * activity it already took in, by its id). Messages with the same ordering key are handled one at a
 * time, oldest first. Fedify retries failed deliveries itself, with backoff, by enqueueing them again
 * with a delay (`nativeRetrial` is false).
 */
export class DrizzleMessageQueue implements MessageQueue {
  readonly nativeRetrial = false;
  private readonly db: Executor;
  private readonly wakers = new Set<() => void>();

  constructor(db: Executor) {
    this.db = db;
  }

  async enqueue(message: unknown, options?: MessageQueueEnqueueOptions): Promise<void> {
    await this.enqueueMany([message], options);
  }

  enqueueMany = async (messages: readonly unknown[], options?: MessageQueueEnqueueOptions): Promise<void> => {
    if (!messages.length) return;
    const delay = delayOf(options);
    const rows = messages.map((m) => sql`(${JSON.stringify(m)}::jsonb, ${options?.orderingKey ?? null}, now() + ${delay}::interval)`);
    await this.db.execute(sql`insert into federation_queue (message, ordering_key, due_at) values ${sql.join(rows, sql`, `)}`);
    for (const wake of this.wakers) wake();
  };

  async getDepth(): Promise<MessageQueueDepth> {
    const [row] = await rowsOf<{ queued: number; ready: number }>(
      this.db,
      sql`select count(*)::int as queued, (count(*) filter (where due_at <= now()))::int as ready from federation_queue`,
    );
    return { queued: row?.queued ?? 0, ready: row?.ready ?? 0, delayed: (row?.queued ?? 0) - (row?.ready ?? 0) };
  }

  /** Takes the next message due whose ordering key has no older or taken message before it. */
  private async take(): Promise<{ id: string; message: unknown } | undefined> {
    const [row] = await rowsOf<{ id: string; message: unknown }>(
      this.db,
      sql`update federation_queue set taken_until = now() + ${TAKEN_FOR}::interval
          where id = (
            select q.id from federation_queue q
            where q.due_at <= now() and (q.taken_until is null or q.taken_until < now())
              and (q.ordering_key is null or not exists (
                select 1 from federation_queue o
                where o.ordering_key = q.ordering_key and o.id <> q.id
                  and (o.created_at < q.created_at or o.taken_until >= now())))
            order by q.due_at, q.created_at
            limit 1
            for update skip locked)
          returning id, message`,
    );
    return row;
  }

  async listen(handler: (message: unknown) => Promise<void> | void, options?: MessageQueueListenOptions): Promise<void> {
    const signal = options?.signal;
    let wake: () => void = () => {};
    const waker = () => wake();
    this.wakers.add(waker);
    const running = new Set<Promise<void>>();
    signal?.addEventListener("abort", waker, { once: true });
    try {
      while (!signal?.aborted) {
        const taken = running.size < AT_ONCE ? await this.take().catch(() => undefined) : undefined;
        if (taken) {
          const work = this.handle(taken, handler).finally(() => {
            running.delete(work);
            wake();
          });
          running.add(work);
          continue;
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, POLL_MS);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      await Promise.allSettled(running);
    } finally {
      this.wakers.delete(waker);
    }
  }

  private async handle(taken: { id: string; message: unknown }, handler: (message: unknown) => Promise<void> | void) {
    try {
      await handler(taken.message);
      await this.db.execute(sql`delete from federation_queue where id = ${taken.id}::uuid`);
    } catch {
      // Fedify handles its own failures; anything that still throws is taken again once its time runs out.
    }
  }
}
