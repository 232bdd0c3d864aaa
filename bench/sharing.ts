/**
 * The shared-resources tests on the bench library (load-sharing.ts):
 * - the public availability of `bench-bikes` (100 units) over a random calendar month, at 50 connections;
 * - booking one of them (Bearer token), against the bare write of the same rows (bare.ts `POST /book`);
 * - the impact page over the library's 500,000 loans, at 2 connections.
 */
import type pg from "pg";
import type { BenchData } from "./load-data.ts";
import type { SharingData } from "./load-sharing.ts";
import type { Scenario } from "./measure.ts";
import { TARGETS } from "./report.ts";

export const SHARING_TESTS = ["availability", "bare-book", "book", "impact"];

/** The availability test's months: from this many months back to this many ahead of the current one. */
const MONTHS_BACK = 12;
const MONTHS_AHEAD = 3;
/**
 * The first future day each write test books, counted from the day of the load: past the 90 days of
 * loaded bookings, and the bare write far past the booking test, so neither ever meets the other
 * (both well inside the library's horizon of 3,650 days).
 */
const BOOK_FROM_DAYS = 200;
const BARE_BOOK_FROM_DAYS = 2_000;

/** YYYY-MM-DD plus n days (calendar arithmetic on the date alone). */
function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The first and last day of the month `offset` months from the month of `day`. */
function monthOf(day: string, offset: number): { from: string; to: string } {
  const [y, m] = day.split("-").map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1 + offset, 1));
  const last = new Date(Date.UTC(y, m + offset, 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

/**
 * Booking, in turn: request i is borrower i mod 100 booking their own unit (borrower k holds unit k) for
 * one whole day, the day after the one before on that unit, so every request is a real 201: no two ask
 * for the same unit and day, the library has no quotas and the days stay within its horizon.
 */
function bookingOf(s: SharingData, i: number, fromDays: number) {
  const k = i % s.borrowerIds.length;
  return { k, unit: s.unitIds[k]!, day: addDays(s.today, fromDays + Math.floor(i / s.borrowerIds.length)) };
}

export function sharingScenarios(s: SharingData, data: BenchData, serverUrl: string, bareUrl: string): Scenario[] {
  const type = `/api/libraries/${s.slug}/resources/${s.typeSlug}`;
  const months = MONTHS_BACK + 1 + MONTHS_AHEAD;
  let booked = 0;
  let bareBooked = 0;
  return [
    {
      key: "availability",
      label: `GET …/${s.typeSlug}/availability, a month (${s.unitIds.length} units)`,
      baseUrl: serverUrl,
      method: "GET",
      target: { p99Ms: TARGETS.availabilityP99Ms },
      next: () => {
        const { from, to } = monthOf(s.today, Math.floor(Math.random() * months) - MONTHS_BACK);
        return { path: `${type}/availability?from=${from}&to=${to}` };
      },
    },
    {
      key: "bare-book",
      label: "bare POST /book, a booking (info)",
      baseUrl: bareUrl,
      method: "POST",
      target: null,
      next: () => {
        const i = bareBooked++;
        const b = bookingOf(s, i, BARE_BOOK_FROM_DAYS);
        const body = {
          unit: b.unit,
          type: s.typeId,
          library: s.libraryId,
          organization: s.organizationId,
          person: data.barePersonIds[i % data.barePersonIds.length],
          day: b.day,
          timeZone: s.timeZone,
          librarySlug: s.slug,
          typeSlug: s.typeSlug,
        };
        return { path: "/book", body: JSON.stringify(body) };
      },
    },
    {
      key: "book",
      label: `POST …/${s.typeSlug}/bookings`,
      baseUrl: serverUrl,
      method: "POST",
      target: { writeRatio: TARGETS.writeRatio },
      writeReference: "bare-book",
      next: () => {
        const b = bookingOf(s, booked++, BOOK_FROM_DAYS);
        return {
          path: `${type}/bookings`,
          headers: { authorization: `Bearer ${s.borrowerTokens[b.k]}` },
          body: JSON.stringify({ firstDay: b.day, lastDay: b.day, unit: b.unit }),
        };
      },
    },
    {
      key: "impact",
      label: `GET /api/libraries/{slug}/impact (${(s.rows.loans ?? 0).toLocaleString("en")} loans)`,
      baseUrl: serverUrl,
      method: "GET",
      connections: 2,
      target: { p99Ms: TARGETS.impactP99Ms },
      next: () => ({ path: `/api/libraries/${s.slug}/impact` }),
    },
  ];
}

/** The booking test's writes: each 201 is one confirmed booking of the type by a borrower, and one booking.confirmed activity. */
export async function bookingCounts(db: pg.Client, s: SharingData): Promise<{ rows: number; activities: number }> {
  const { rows } = await db.query<{ rows: number; activities: number }>(
    `select (select count(*)::int from bookings where type_id = $1 and status = 'confirmed' and person_id = any($2::uuid[])) as rows,
            (select count(*)::int from activities where verb = 'booking.confirmed' and actor_id = any($2::uuid[])) as activities`,
    [s.typeId, s.borrowerIds],
  );
  return rows[0]!;
}
