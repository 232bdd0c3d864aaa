import { describe, expect, it } from "vitest";
import type { TreasuryReport } from "../../api/schema.ts";
import { activeKeys, flowRows, groupKeys, groupLabel, periodTotals } from "./flows.ts";
import { addMinor } from "./money.ts";

/** Two months in EUR (one quiet month between them), and a month in another currency that must not leak in. */
const report: TreasuryReport = {
  currency: "EUR",
  from: "2026-01",
  to: "2026-03",
  months: [
    {
      month: "2026-01",
      currency: "EUR",
      income: {
        total: "9100",
        byKind: { donation: "5000", phyle: "4000", distribution: "100" },
        bySource: { individual: "5100", community: "4000" },
      },
      spending: { total: "500", byKind: { expense: "200", distribution: "300" }, bySource: { internal: "500" } },
    },
    {
      month: "2026-03",
      currency: "EUR",
      // A kind this app has no label for yet still counts.
      income: { total: "960", byKind: { membership_fee: "910", future_kind: "50" }, bySource: { individual: "960" } },
      spending: { total: "0", byKind: {}, bySource: {} },
    },
    {
      month: "2026-02",
      currency: "CHF",
      income: { total: "777", byKind: { grant: "777" }, bySource: { public_body: "777" } },
      spending: { total: "0", byKind: {}, bySource: {} },
    },
  ],
};

const sumOfKeys = (by: "kind" | "source", dir: "income" | "spending") => {
  const rows = flowRows(report, "EUR", by);
  return addMinor(...activeKeys(rows, dir).map((k) => periodTotals(rows, dir, k)));
};

describe("the treasury report by kind and by source", () => {
  it("adds up to the report's totals, phyle commitments, distributions and unknown kinds included", () => {
    expect(sumOfKeys("kind", "income")).toBe(10_060n);
    expect(sumOfKeys("kind", "spending")).toBe(500n);
    expect(sumOfKeys("source", "income")).toBe(10_060n);
    expect(sumOfKeys("source", "spending")).toBe(500n);
  });

  it("reads the kinds from the report, known ones in their labels' order, in one currency only", () => {
    expect(groupKeys(report, "EUR", "kind")).toEqual(["donation", "membership_fee", "expense", "phyle", "distribution", "future_kind"]);
    expect(groupKeys(report, "CHF", "kind")).toEqual(["grant"]);
    expect(activeKeys(flowRows(report, "EUR", "kind"), "spending")).toEqual(["expense", "distribution"]);
  });

  it("keeps quiet months as zeros and labels every kind", () => {
    const rows = flowRows(report, "EUR", "kind");
    expect(rows.map((r) => r.month)).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(rows[1]?.income.phyle).toBe("0");
    expect(groupLabel("kind", "phyle")).toBe("Phyle commitments");
    expect(groupLabel("kind", "distribution")).toBe("Distributions");
    expect(groupLabel("kind", "future_kind")).toBe("future_kind");
  });
});
