import { describe, expect, it } from "vitest";
import { addDays, addMonths, dayOf, periodEnd, periodStart } from "./calendar.ts";

describe("calendar", () => {
  it("names the UTC day of a moment", () => {
    expect(dayOf(new Date("2026-03-31T23:59:59.999Z"))).toBe("2026-03-31");
    expect(dayOf(new Date("2026-04-01T00:30:00+02:00"))).toBe("2026-03-31");
  });
  it("adds months on the same day, across years, overflowing short months like Date.UTC", () => {
    expect(addMonths("2026-01-15", 1)).toBe("2026-02-15");
    expect(addMonths("2026-11-01", 3)).toBe("2027-02-01");
    expect(addMonths("2026-01-31", 1)).toBe("2026-03-03");
    expect(addMonths("2026-03-01", -3)).toBe("2025-12-01");
  });
  it("adds days and finds periods", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(periodStart("2026-05-20", "quarter")).toBe("2026-04-01");
    expect(periodEnd("2026-04-01", "quarter")).toBe("2026-06-30");
  });
});
