import { nowMs } from "../../now.ts";

/**
 * The unread counts this process has read, kept until the count may have moved. A count moves only in a
 * transaction that also calls `announce` (fanout.ts), whose NOTIFY reaches every process's listener after
 * the commit; so a kept count is good until that NOTIFY names its person (or everyone).
 *
 * Between `announce` (inside the transaction) and its NOTIFY (after the commit) the count is in flight:
 * this process's announcing transaction marks its people as moving, and their counts are read from the
 * database, never kept, until the NOTIFY arrives. That keeps read-your-own-writes for the person who just
 * marked something read, whichever order the HTTP answer and the NOTIFY take. A transaction that rolls
 * back sends no NOTIFY: its marks lapse after MOVING_MS. Another process's change reaches this one by its
 * NOTIFY alone, a few milliseconds after its commit, as the open bells do.
 *
 * A read that began before a change is never kept after it: each change bumps the person's generation,
 * and a count is kept only if the generation it was read under is still current.
 */

/** A count is read again after this long even if no NOTIFY came (a bound on any path that forgot to announce). */
const KEEP_MS = 10_000;
/** How long an announcing transaction's people stay "moving" if its NOTIFY never comes (it rolled back). */
const MOVING_MS = 10_000;
const MAX_PEOPLE = 50_000;

type Kept = { n: number; at: number };

export class UnreadCache {
  private readonly kept = new Map<string, Kept>();
  private readonly generation = new Map<string, number>();
  private readonly moving = new Map<string, number>();
  private movingAll = 0;
  private epoch = 0;

  /** The person's count: the kept one, or `read()`'s, kept if nothing moved while it was read. */
  async get(personId: string, read: () => Promise<number>): Promise<number> {
    const now = nowMs();
    const kept = this.kept.get(personId);
    if (kept && now - kept.at < KEEP_MS && !this.isMoving(personId, now)) return kept.n;
    const before = this.stamp(personId);
    const n = await read();
    if (this.stamp(personId) === before && !this.isMoving(personId, nowMs())) {
      if (this.kept.size >= MAX_PEOPLE) this.kept.clear();
      this.kept.set(personId, { n, at: now });
    }
    return n;
  }

  /** This process is committing a change to these people's counts (`"*"`: to anyone's). */
  announcing(who: Iterable<string> | "*"): void {
    const until = nowMs() + MOVING_MS;
    if (who === "*") this.movingAll = until;
    else {
      if (this.moving.size >= MAX_PEOPLE) for (const [id, t] of this.moving) if (t <= nowMs()) this.moving.delete(id);
      for (const id of who) this.moving.set(id, until);
    }
    this.forget(who);
  }

  /** A NOTIFY said these counts moved (`"*"`: anyone's, or the listener reconnected and may have missed some). */
  heard(who: Iterable<string> | "*"): void {
    if (who === "*") {
      this.movingAll = 0;
      this.moving.clear();
    } else for (const id of who) this.moving.delete(id);
    this.forget(who);
  }

  private forget(who: Iterable<string> | "*"): void {
    if (who === "*") {
      this.epoch++;
      this.kept.clear();
      this.generation.clear();
      return;
    }
    // Generations are kept for everyone ever named; past the bound, one epoch replaces them all.
    if (this.generation.size >= MAX_PEOPLE) {
      this.forget("*");
      return;
    }
    for (const id of who) {
      this.kept.delete(id);
      this.generation.set(id, (this.generation.get(id) ?? 0) + 1);
    }
  }

  private stamp(personId: string): string {
    return `${this.epoch}.${this.generation.get(personId) ?? 0}`;
  }

  private isMoving(personId: string, now: number): boolean {
    return this.movingAll > now || (this.moving.get(personId) ?? 0) > now;
  }
}

/** Every listening process-local cache (one per running app; tests run several in one process). */
const listening = new Set<UnreadCache>();

export function listenWith(cache: UnreadCache): () => void {
  listening.add(cache);
  return () => listening.delete(cache);
}

/** Called by `announce`, inside the transaction that moves the counts. */
export function announcingUnread(who: Iterable<string> | "*"): void {
  const ids = who === "*" ? "*" : [...who];
  for (const cache of listening) cache.announcing(ids);
}
