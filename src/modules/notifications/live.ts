import type { Database } from "../../db/client.ts";
import type { Db } from "../../db/types.ts";
import { UNREAD_CHANNEL } from "./fanout.ts";
import { unreadCount } from "./service.ts";
import { listenWith, UnreadCache } from "./unread-cache.ts";

type Send = (unread: number) => void;

/**
 * The open bells of this server process, by person. A NOTIFY on the unread channel (from any process
 * behind the same database, at the commit that made or read notifications) names whose count moved, or
 * everyone; each named person's open bells get the new count. Counts are read once per person however
 * many tabs they have open, and a burst of messages makes one re-count at a time per person.
 */
export class UnreadHub {
  private readonly bells = new Map<string, Set<Send>>();
  private readonly counting = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();
  private stop: (() => Promise<void>) | null = null;
  private readonly counts = new UnreadCache();
  private unlisten: (() => void) | null = null;

  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  /** Listens on the database; a lost and re-made connection re-counts for everyone (messages may have been missed). */
  async start(database: Pick<Database, "listen">): Promise<void> {
    this.stop = await database.listen(
      UNREAD_CHANNEL,
      (payload) => this.heard(payload),
      () => this.heard("*"),
    );
    this.unlisten = listenWith(this.counts);
  }

  async close(): Promise<void> {
    this.unlisten?.();
    this.unlisten = null;
    await this.stop?.();
    this.stop = null;
  }

  /**
   * A person's unread count (`GET /notifications/unread`): kept between the changes the listener hears of
   * (unread-cache.ts), so a polled bell costs no database read; read each time while not listening.
   */
  count(personId: string): Promise<number> {
    const read = () => unreadCount(this.db, personId);
    return this.unlisten ? this.counts.get(personId, read) : read();
  }

  /** Opens a bell: it gets the count now and at each change, until the returned function closes it. */
  open(personId: string, send: Send): () => void {
    let set = this.bells.get(personId);
    if (!set) {
      set = new Set();
      this.bells.set(personId, set);
    }
    set.add(send);
    void unreadCount(this.db, personId).then(send, () => {});
    return () => {
      set.delete(send);
      if (!set.size) this.bells.delete(personId);
    };
  }

  /** How many bells are open (for tests and logs). */
  get openBells(): number {
    let n = 0;
    for (const s of this.bells.values()) n += s.size;
    return n;
  }

  private heard(payload: string) {
    const named = payload === "*" ? "*" : payload.split(",");
    this.counts.heard(named);
    const people = named === "*" ? [...this.bells.keys()] : named.filter((id) => this.bells.has(id));
    for (const id of people) this.recount(id);
  }

  private recount(personId: string) {
    if (this.counting.has(personId)) {
      this.again.add(personId);
      return;
    }
    const run = unreadCount(this.db, personId)
      .then((n) => {
        for (const send of this.bells.get(personId) ?? []) send(n);
      })
      .catch(() => {})
      .finally(() => {
        this.counting.delete(personId);
        if (this.again.delete(personId)) this.recount(personId);
      });
    this.counting.set(personId, run);
  }
}
