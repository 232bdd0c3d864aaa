import { Temporal } from "temporal-polyfill";
import { expect } from "vitest";
import { DEFAULT_RULES, type OpeningHours } from "../../modules/sharing/rules.ts";
import { nowMs } from "../../now.ts";
import { addMember, makeOrg, type TestPerson } from "../factories.ts";
import type { TestApi } from "../harness.ts";

/** Libraries of shared resources for API tests, opened and stocked through the API itself. */
export const TZ = "Europe/Paris";
const WEEK: [string, string] = ["09:00", "18:00"];
export const HOURS: OpeningHours = { mon: [WEEK], tue: [WEEK], wed: [WEEK], thu: [WEEK], fri: [WEEK], sat: [["10:00", "16:00"]], sun: [] };
export const ALL_WEEK: OpeningHours = { mon: [WEEK], tue: [WEEK], wed: [WEEK], thu: [WEEK], fri: [WEEK], sat: [WEEK], sun: [WEEK] };

/** The library's local date today by the app's clock (which tests move forward). */
export const today = () => Temporal.Instant.fromEpochMilliseconds(nowMs()).toZonedDateTimeISO(TZ).toPlainDate();

/** The library's local date `n` days from today, moved off Sunday (the test hours close on Sundays). */
export const openDay = (n: number) => {
  let d = today().add({ days: n });
  while (d.dayOfWeek === 7) d = d.add({ days: 1 });
  return d;
};

export const slot = (d: Temporal.PlainDate, from: string, to: string) => ({
  startsAt: d.toPlainDateTime(Temporal.PlainTime.from(from)).toZonedDateTime(TZ).toString({ timeZoneName: "never" }),
  endsAt: d.toPlainDateTime(Temporal.PlainTime.from(to)).toZonedDateTime(TZ).toString({ timeZoneName: "never" }),
});

export function libraryWorld(api: TestApi) {
  /** Opens a library run by `steward`'s new organization, with `members` as its members. */
  async function openLibrary(
    steward: TestPerson,
    members: TestPerson[],
    slug: string,
    rules: Partial<typeof DEFAULT_RULES> = {},
    openingHours: object = HOURS,
  ) {
    const org = await makeOrg(api.db, steward, { slug: `${slug}-org`, name: `${slug} org` });
    for (const m of members) await addMember(api.db, org, m);
    const res = await api.call("POST", "/api/libraries", {
      as: steward.token,
      body: {
        organization: org.slug,
        slug,
        name: `Library ${slug}`,
        timeZone: TZ,
        openingHours,
        rules: { ...DEFAULT_RULES, maxConcurrent: null, ...rules },
      },
    });
    expect(res.status).toBe(201);
    return org;
  }

  /** Adds a resource type with `units` units coded `<slug>-1`, `<slug>-2`… */
  async function addType(steward: TestPerson, library: string, slug: string, units: number, rules: object = {}, kind = "tool") {
    const res = await api.call("POST", `/api/libraries/${library}/resources`, {
      as: steward.token,
      body: { slug, name: slug, kind, category: "power-tools", rules },
    });
    expect(res.status).toBe(201);
    const ids: string[] = [];
    for (let i = 1; i <= units; i++) {
      const u = await api.call("POST", `/api/libraries/${library}/resources/${slug}/units`, {
        as: steward.token,
        body: { code: `${slug}-${i}` },
      });
      expect(u.status).toBe(201);
      ids.push(u.body.id);
    }
    return ids;
  }

  const bookDays = (library: string, type: string, as: TestPerson, firstDay: string, lastDay: string, extra: object = {}) =>
    api.call("POST", `/api/libraries/${library}/resources/${type}/bookings`, { as: as.token, body: { firstDay, lastDay, ...extra } });

  return { openLibrary, addType, bookDays };
}
