import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitExactly } from "./split.ts";

const claims = fc.uniqueArray(
  fc.record({ key: fc.string({ minLength: 1, maxLength: 6 }), weight: fc.bigInt({ min: 0n, max: 10n ** 12n }) }),
  { minLength: 1, maxLength: 40, selector: (c) => c.key },
);

describe("splitExactly", () => {
  it("splits 100 three ways as 34, 33, 33, the extra unit to the smallest key", () => {
    const parts = splitExactly(100n, [
      { key: "b", weight: 1n },
      { key: "a", weight: 1n },
      { key: "c", weight: 1n },
    ]);
    expect(Object.fromEntries(parts)).toEqual({ a: 34n, b: 33n, c: 33n });
  });

  it("gives the leftover units to the largest remainders", () => {
    // 10 by 1:2:3 is 1.67, 3.33, 5: floors 1, 3, 5; the one unit left goes to the .67.
    const parts = splitExactly(10n, [
      { key: "x", weight: 1n },
      { key: "y", weight: 2n },
      { key: "z", weight: 3n },
    ]);
    expect(Object.fromEntries(parts)).toEqual({ x: 2n, y: 3n, z: 5n });
  });

  it("always sums to the amount, never goes negative, and ignores the claims' order", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), claims, (amount, cs) => {
        fc.pre(cs.some((c) => c.weight > 0n));
        const parts = splitExactly(amount, cs);
        const values = [...parts.values()];
        expect(values.reduce((a, b) => a + b, 0n)).toBe(amount);
        expect(values.every((v) => v >= 0n)).toBe(true);
        expect(splitExactly(amount, [...cs].reverse())).toEqual(parts);
        // No part is more than one unit away from its exact proportional share.
        const total = cs.reduce((a, c) => a + c.weight, 0n);
        for (const c of cs) {
          const exact = amount * c.weight;
          const part = parts.get(c.key) ?? 0n;
          expect(part * total <= exact + total && part * total >= exact - total).toBe(true);
        }
      }),
    );
  });

  it("refuses a negative amount, a negative weight, and an amount with nothing to split it by", () => {
    expect(() => splitExactly(-1n, [{ key: "a", weight: 1n }])).toThrow(RangeError);
    expect(() => splitExactly(1n, [{ key: "a", weight: -1n }])).toThrow(RangeError);
    expect(() => splitExactly(1n, [{ key: "a", weight: 0n }])).toThrow(RangeError);
    expect(splitExactly(0n, [{ key: "a", weight: 0n }]).get("a")).toBe(0n);
  });
});
