import { describe, expect, it } from "vitest";
import { UnreadCache } from "./unread-cache.ts";

/** A read whose answer the test gives later, to interleave it with changes. */
function pending() {
  let answer!: (n: number) => void;
  let reads = 0;
  const read = () => {
    reads++;
    return new Promise<number>((resolve) => {
      answer = resolve;
    });
  };
  return { read, answer: (n: number) => answer(n), reads: () => reads };
}

describe("the kept unread counts", () => {
  it("keeps a count until a NOTIFY names its person", async () => {
    const cache = new UnreadCache();
    expect(await cache.get("ada", async () => 3)).toBe(3);
    expect(await cache.get("ada", async () => 99)).toBe(3);
    cache.heard(["bob"]);
    expect(await cache.get("ada", async () => 99)).toBe(3);
    cache.heard(["ada"]);
    expect(await cache.get("ada", async () => 4)).toBe(4);
    cache.heard("*");
    expect(await cache.get("ada", async () => 5)).toBe(5);
  });

  it("does not keep a count read while a change to it was heard", async () => {
    const cache = new UnreadCache();
    const r = pending();
    const reading = cache.get("ada", r.read);
    cache.heard(["ada"]);
    r.answer(3);
    expect(await reading).toBe(3);
    expect(await cache.get("ada", async () => 4)).toBe(4);
  });

  it("reads from the database while this process's own change is in flight, and keeps again once its NOTIFY is heard", async () => {
    const cache = new UnreadCache();
    expect(await cache.get("ada", async () => 3)).toBe(3);
    cache.announcing(["ada"]);
    expect(await cache.get("ada", async () => 3)).toBe(3); // read before the commit: not kept
    expect(await cache.get("ada", async () => 2)).toBe(2); // read after it, before the NOTIFY
    cache.heard(["ada"]);
    expect(await cache.get("ada", async () => 2)).toBe(2);
    expect(await cache.get("ada", async () => 99)).toBe(2);
    cache.announcing("*");
    expect(await cache.get("ada", async () => 1)).toBe(1);
    expect(await cache.get("ada", async () => 0)).toBe(0);
  });
});
