import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  dayOf,
  dayOfTimestamp,
  daysAfter,
  earliestToday,
  hoursAfter,
  isDay,
  periodEnd,
  periodStart,
} from "./calendar.ts";

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
  it("tells real days from look-alikes", () => {
    expect(isDay("2024-02-29")).toBe(true);
    expect(isDay("2026-02-29")).toBe(false);
    expect(isDay("2026-13-01")).toBe(false);
    expect(isDay("2026-1-01")).toBe(false);
    expect(isDay("yesterday")).toBe(false);
  });
  it("finds the UTC day of a timestamp written with an offset, or null", () => {
    expect(dayOfTimestamp("2026-03-31T23:30:00-02:00")).toBe("2026-04-01");
    expect(dayOfTimestamp("2026-04-01T01:00:00+02:00")).toBe("2026-03-31");
    expect(dayOfTimestamp("not a date")).toBeNull();
  });
  it("moves moments by hours and by days of 24 hours, either way", () => {
    const t = new Date("2026-03-28T22:00:00Z");
    expect(hoursAfter(t, 3).toISOString()).toBe("2026-03-29T01:00:00.000Z");
    expect(hoursAfter(t, -22).toISOString()).toBe("2026-03-28T00:00:00.000Z");
    expect(daysAfter(t, 30).toISOString()).toBe("2026-04-27T22:00:00.000Z");
    expect(daysAfter(t, -1).toISOString()).toBe("2026-03-27T22:00:00.000Z");
  });
  it("keeps today as today until it has passed in the last time zone (UTC-12)", () => {
    expect(earliestToday(new Date("2026-05-02T11:59:59Z"))).toBe("2026-05-01");
    expect(earliestToday(new Date("2026-05-02T12:00:00Z"))).toBe("2026-05-02");
  });
});
