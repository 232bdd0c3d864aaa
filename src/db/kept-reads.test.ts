import { describe, expect, it } from "vitest";
import { KeptReads, keptPerDatabase } from "./kept-reads.ts";

describe("kept reads", () => {
  it("answer from what was kept until something moves them on", async () => {
    const kept = new KeptReads<{ reads: number }>({ max: 10, keepMs: 60_000 });
    let reads = 0;
    const read = async () => ({ reads: ++reads });
    expect(await kept.get("k", read)).toEqual({ reads: 1 });
    expect(await kept.get("k", read)).toEqual({ reads: 1 });
    kept.moved();
    expect(await kept.get("k", read)).toEqual({ reads: 2 });
    expect(await kept.get("other", read)).toEqual({ reads: 3 });
  });

  it("do not keep an answer read while something moved, nor a missing one", async () => {
    const kept = new KeptReads<{ reads: number }>({ max: 10, keepMs: 60_000 });
    let reads = 0;
    const during = await kept.get("k", async () => {
      reads++;
      kept.moved();
      return { reads };
    });
    expect(during).toEqual({ reads: 1 });
    expect(await kept.get("k", async () => ({ reads: ++reads }))).toEqual({ reads: 2 });
    expect(await kept.get("absent", async () => null)).toBeNull();
    expect(await kept.get("absent", async () => ({ reads: 9 }))).toEqual({ reads: 9 });
  });

  it("are read again after their time, and kept apart per database", async () => {
    const kept = new KeptReads<{ n: number }>({ max: 10, keepMs: 1 });
    await kept.get("k", async () => ({ n: 1 }));
    await new Promise((r) => setTimeout(r, 5));
    expect(await kept.get("k", async () => ({ n: 2 }))).toEqual({ n: 2 });
    const of = keptPerDatabase<{ db: string }>({ max: 10, keepMs: 60_000 });
    const [a, b] = [{}, {}];
    await of(a).get("k", async () => ({ db: "a" }));
    expect(await of(b).get("k", async () => ({ db: "b" }))).toEqual({ db: "b" });
    expect(of(a)).toBe(of(a));
  });
});

describe("kept reads under load", () => {
  it("make one read for many requests of an answer not kept, and a new one once something moved", async () => {
    const kept = new KeptReads<{ n: number }>({ max: 10, keepMs: 60_000 });
    let reads = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const read = async () => {
      const n = ++reads;
      await gate;
      return { n };
    };
    const first = [kept.get("k", read), kept.get("k", read), kept.get("k", read)];
    kept.moved();
    const after = kept.get("k", read);
    release();
    expect((await Promise.all(first)).map((v) => v?.n)).toEqual([1, 1, 1]);
    expect((await after)?.n).toBe(2);
    expect(reads).toBe(2);
  });
});
