import { sql } from "drizzle-orm";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { rowsOf } from "../../db/rows.ts";
import { setupApi } from "../../test/harness.ts";
import { followersCursor, followersPage, nextFollowersCursor } from "./followers.ts";
import { DrizzleKvStore } from "./kv.ts";
import { DrizzleMessageQueue } from "./queue.ts";
import { remoteFollowers } from "./schema.ts";

const api = setupApi();
const ttl = (ms: number) => ({ ttl: Temporal.Duration.from({ milliseconds: ms }) }) as never;
const all = async <T>(it: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe("Fedify's key–value store on the database", () => {
  it("gets, sets, replaces and deletes values under array keys", async () => {
    const kv = new DrizzleKvStore(api.db);
    expect(await kv.get(["a", "1"])).toBeUndefined();
    await kv.set(["a", "1"], { x: 1 });
    await kv.set(["a", "1"], { x: 2 });
    expect(await kv.get(["a", "1"])).toEqual({ x: 2 });
    await kv.delete(["a", "1"]);
    expect(await kv.get(["a", "1"])).toBeUndefined();
  });

  it("forgets a value once its time to live has passed", async () => {
    const kv = new DrizzleKvStore(api.db);
    await kv.set(["ttl"], true, ttl(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(await kv.get(["ttl"])).toBeUndefined();
    await kv.set(["ttl", "long"], true, ttl(3_600_000));
    expect(await kv.get(["ttl", "long"])).toBe(true);
  });

  it("lists by prefix of parts, not of text", async () => {
    const kv = new DrizzleKvStore(api.db);
    await kv.set(["p", "q"], 1);
    await kv.set(["p", "q", "r"], 2);
    await kv.set(["p", "qq"], 3);
    const listed = (await all(kv.list(["p", "q"]))).map((e) => [e.key, e.value]);
    expect(listed.sort((x, y) => Number(x[1]) - Number(y[1]))).toEqual([
      [["p", "q"], 1],
      [["p", "q", "r"], 2],
    ]);
    expect((await all(kv.list(["p"]))).length).toBe(3);
  });

  it("compares and swaps: only from the expected value, absent meaning absent, undefined meaning delete", async () => {
    const kv = new DrizzleKvStore(api.db);
    expect(await kv.cas(["c"], undefined, { n: 1 })).toBe(true);
    expect(await kv.cas(["c"], undefined, { n: 9 })).toBe(false);
    expect(await kv.cas(["c"], { n: 2 }, { n: 3 })).toBe(false);
    expect(await kv.cas(["c"], { n: 1 }, { n: 2 })).toBe(true);
    expect(await kv.get(["c"])).toEqual({ n: 2 });
    expect(await kv.cas(["c"], { n: 2 }, undefined)).toBe(true);
    expect(await kv.get(["c"])).toBeUndefined();
    const racing = await Promise.all([1, 2, 3, 4, 5].map((n) => kv.cas(["race"], undefined, n)));
    expect(racing.filter(Boolean).length).toBe(1);
  });
});

describe("Fedify's message queue on the database", () => {
  const queued = async () => (await rowsOf<{ n: number }>(api.db, sql`select count(*)::int n from federation_queue`))[0]?.n;

  it("hands each message to one listener once, and deletes it when handled", async () => {
    const queue = new DrizzleMessageQueue(api.db);
    const seen: number[] = [];
    const stop = new AbortController();
    const listening = Promise.all([1, 2].map(() => queue.listen((m) => void seen.push((m as { n: number }).n), { signal: stop.signal })));
    await queue.enqueueMany(Array.from({ length: 20 }, (_, n) => ({ n })));
    await expect.poll(() => seen.length, { timeout: 10_000 }).toBe(20);
    await expect.poll(queued, { timeout: 10_000 }).toBe(0);
    stop.abort();
    await listening;
    expect([...seen].sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, n) => n));
  });

  it("keeps messages with one ordering key in order, and holds a delayed one until it is due", async () => {
    const queue = new DrizzleMessageQueue(api.db);
    const seen: string[] = [];
    const stop = new AbortController();
    for (const n of [1, 2, 3]) await queue.enqueue({ s: `k${n}` }, { orderingKey: "inbox-1" });
    await queue.enqueue({ s: "later" }, { delay: Temporal.Duration.from({ hours: 1 }) } as never);
    const listening = queue.listen(
      async (m) => {
        await new Promise((r) => setTimeout(r, 5));
        seen.push((m as { s: string }).s);
      },
      { signal: stop.signal },
    );
    await expect.poll(() => seen, { timeout: 10_000 }).toEqual(["k1", "k2", "k3"]);
    expect((await queue.getDepth()).delayed).toBe(1);
    stop.abort();
    await listening;
    await api.db.execute(sql`delete from federation_queue`);
  });

  it("takes again, after a restart, a message whose taker stopped before it was done", async () => {
    const before = new DrizzleMessageQueue(api.db);
    await before.enqueue({ s: "crash" });
    // The first process took it and died before deleting it: its hold ran out.
    await api.db.execute(sql`update federation_queue set taken_until = now() - interval '1 second'`);
    const after = new DrizzleMessageQueue(api.db);
    const seen: string[] = [];
    const stop = new AbortController();
    const listening = after.listen((m) => void seen.push((m as { s: string }).s), { signal: stop.signal });
    await expect.poll(() => seen, { timeout: 10_000 }).toEqual(["crash"]);
    stop.abort();
    await listening;
    expect(await queued()).toBe(0);
  });
});

describe("a followers collection's pages", () => {
  it("walks every accepted follower once, oldest first, by keyset cursors, whatever arrives meanwhile", async () => {
    const actorId = crypto.randomUUID();
    const follower = (i: number, status = "accepted") => ({
      actorId,
      followerUri: `https://far.example/users/${String(i).padStart(3, "0")}`,
      handle: `@u${i}@far.example`,
      inbox: `https://far.example/users/${i}/inbox`,
      followId: `https://far.example/follows/${i}`,
      status: status as "accepted",
    });
    // Written in one statement: they share one time, so the address breaks the ties.
    await api.db.insert(remoteFollowers).values(Array.from({ length: 120 }, (_, i) => follower(i)));
    await api.db.insert(remoteFollowers).values(follower(500, "pending"));
    const seen: string[] = [];
    let after: readonly [string, string] | null | undefined = followersCursor("");
    for (let pages = 0; pages < 10; pages++) {
      const rows = await followersPage(api.db, actorId, after ?? null, 50);
      seen.push(...rows.map((r) => r.followerUri));
      const last = rows.at(-1);
      if (rows.length < 50 || !last) break;
      // A follower that sorts before the pages already read (an offset would then read one row twice).
      if (pages === 0) await api.db.insert(remoteFollowers).values({ ...follower(999), createdAt: new Date("2000-01-01T00:00:00Z") });
      after = followersCursor(nextFollowersCursor(last));
    }
    expect(seen.length).toBe(120);
    expect(seen).toEqual(Array.from({ length: 120 }, (_, i) => follower(i).followerUri));
    expect(followersCursor("not a cursor")).toBeUndefined();
  });
});
