import { describe, expect, it } from "vitest";
import { formatBytes, formatDate, formatHours, formatPeriod, formatPeriodStart, relativeTime, shares } from "./format.ts";

const NOW = Date.parse("2026-03-12T12:00:00Z");

describe("format.ts in French", () => {
  it("writes dates, periods and relative times as French does", () => {
    expect(formatDate("2026-03-12", "fr")).toBe("12 mars 2026");
    expect(formatPeriod("2026-03-12", null, "fr")).toBe("depuis le 12 mars 2026");
    expect(formatPeriodStart("2026-01-01", "quarter", "fr")).toBe("T1 2026");
    expect(relativeTime("2026-03-11T12:00:00Z", NOW, "fr")).toBe("hier");
    expect(relativeTime("2026-03-12T11:59:50Z", NOW, "fr")).toBe("à l’instant");
  });

  it("writes numbers with French separators and units", () => {
    // Intl and the catalogue put a narrow no-break space between a number and its unit.
    expect(formatBytes(1536, "fr")).toBe("1,5\u202fko");
    expect(formatBytes(512, "fr")).toBe("512\u202fo");
    expect(formatHours(1.5, "fr")).toBe("1\u202fh 30\u202fmin");
    expect(shares([1, 1, 1], "fr")).toEqual(["34\u00a0%", "33\u00a0%", "33\u00a0%"]);
  });
});

describe("format.ts in English", () => {
  it("keeps the English it wrote before", () => {
    expect(relativeTime("2026-03-12T11:59:50Z", NOW, "en")).toBe("just now");
    expect(formatBytes(512, "en")).toBe("512 B");
    expect(formatHours(0.75, "en")).toBe("45 min");
    expect(formatHours(6, "en")).toBe("6 h");
    expect(formatPeriodStart("2026-04-01", "quarter", "en")).toBe("Q2 2026");
    expect(shares([1, 3], "en")).toEqual(["25%", "75%"]);
  });
});
