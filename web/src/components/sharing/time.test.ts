import { describe, expect, it } from "vitest";
import { dueText } from "./due.ts";
import {
  addDays,
  addMonths,
  dayIn,
  daysOf,
  describePeriod,
  fromLocalInput,
  instantOf,
  isWholeDays,
  lastOfMonth,
  localInputValue,
  mondayOf,
  startOfDay,
} from "./time.ts";

const PARIS = "Europe/Paris";

describe("a library's days and times, whatever the browser's zone", () => {
  it("finds the instant of a wall-clock time, across the changes of offset", () => {
    expect(new Date(startOfDay("2026-01-15", PARIS)).toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(new Date(startOfDay("2026-07-15", PARIS)).toISOString()).toBe("2026-07-14T22:00:00.000Z");
    // The spring change (02:00 → 03:00 on 29 March 2026): the day starts at the winter offset, 09:00 is summer time.
    expect(new Date(startOfDay("2026-03-29", PARIS)).toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(new Date(instantOf("2026-03-29", "09:00", PARIS)).toISOString()).toBe("2026-03-29T07:00:00.000Z");
    expect(new Date(instantOf("2026-10-25", "12:00", PARIS)).toISOString()).toBe("2026-10-25T11:00:00.000Z");
  });

  it("reads the local day and a datetime-local value of an instant", () => {
    expect(dayIn("2026-05-31T22:30:00Z", PARIS)).toBe("2026-06-01");
    expect(localInputValue("2026-05-31T22:30:00Z", PARIS)).toBe("2026-06-01T00:30");
    expect(fromLocalInput("2026-06-01T00:30", PARIS)).toBe("2026-05-31T22:30:00.000Z");
    expect(fromLocalInput("", PARIS)).toBe("");
  });

  it("counts days, weeks and months on the calendar", () => {
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(mondayOf("2026-12-13")).toBe("2026-12-07");
    expect(mondayOf("2026-12-07")).toBe("2026-12-07");
    expect(lastOfMonth("2026-02-10")).toBe("2026-02-28");
    expect(lastOfMonth("2026-12-10")).toBe("2026-12-31");
    expect(addMonths("2026-12-01", 1)).toBe("2027-01-01");
    expect(addMonths("2026-01-01", -1)).toBe("2025-12-01");
  });

  it("reads a whole-day booking back as its first and last days", () => {
    const startsAt = new Date(startOfDay("2026-03-28", PARIS)).toISOString();
    const endsAt = new Date(startOfDay("2026-03-30", PARIS)).toISOString();
    expect(isWholeDays(startsAt, endsAt, PARIS)).toBe(true);
    expect(daysOf(startsAt, endsAt, PARIS)).toEqual({ firstDay: "2026-03-28", lastDay: "2026-03-29" });
    expect(describePeriod(startsAt, endsAt, PARIS, "en")).toBe("Mar 28, 2026 – Mar 29, 2026");
    expect(isWholeDays("2026-03-28T09:00:00Z", "2026-03-28T10:00:00Z", PARIS)).toBe(false);
  });

  it("says a whole-day loan is due by the end of its last day", () => {
    const due = new Date(startOfDay("2026-03-30", PARIS)).toISOString();
    expect(dueText(due, PARIS, false, "mine")).toBe("Due back by the end of Mar 29, 2026");
  });
});
