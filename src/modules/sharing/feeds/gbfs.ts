import { z } from "@hono/zod-openapi";
import { and, eq, sql } from "drizzle-orm";
import { Temporal } from "temporal-polyfill";
import { rowsOf } from "../../../db/rows.ts";
import type { Executor } from "../../../db/types.ts";
import { AppError } from "../../../http/errors.ts";
import { nowMs } from "../../../now.ts";
import { mailSecret, sign } from "../../mail/signing.ts";
import { organizations } from "../../organizations/schema.ts";
import { findLibrary } from "../library-service.ts";
import type { OpeningHours } from "../rules.ts";
import { type Library, libraryClosures } from "../schema.ts";
import { WEEKDAYS } from "../values.ts";
import { t } from "./messages.ts";

/**
 * A library's vehicles as a GBFS 3.0 feed (https://gbfs.org): the library is one station (its desk,
 * at its address and position), each resource type of kind "vehicle" a vehicle type, and each unit
 * free to take now a vehicle at that station. vehicle_availability.json (future availability) is
 * GBFS 3.1 only, so it is not served.
 *
 * Vehicle ids rotate, as GBFS asks for privacy: an HMAC, under the instance's signing key, of the
 * unit, the current hour and the unit's latest loan, so an id changes every hour and after each trip
 * and cannot be followed from one to the next.
 */

export const GBFS_VERSION = "3.0";
export const GBFS_FILES = ["system_information", "vehicle_types", "station_information", "station_status", "vehicle_status"] as const;
export type GbfsFile = (typeof GBFS_FILES)[number];

/** Seconds before each file may change: what describes the library changes rarely, what is free changes all the time. */
const TTL: Record<GbfsFile | "gbfs", number> = {
  gbfs: 3600,
  system_information: 3600,
  vehicle_types: 3600,
  station_information: 3600,
  station_status: 60,
  vehicle_status: 60,
};
const ROTATION_MS = 3_600_000;
/** The languages of the feed's texts: names are the library's own, given in each language the platform speaks. */
const LANGUAGES = ["en", "fr"] as const;

const FORM_FACTORS = ["bicycle", "cargo_bicycle", "car", "moped", "scooter_standing", "scooter_seated", "other"] as const;
const PROPULSION_TYPES = ["human"] as const;
/** Categories of the taxonomy (or their parents) that name a GBFS form factor; anything else is "other". */
const FORM_FACTOR_OF: Record<string, (typeof FORM_FACTORS)[number]> = {
  "cargo-bikes": "cargo_bicycle",
  bicycles: "bicycle",
  cars: "car",
  // GBFS 3.0 has no van: car-sharing systems publish theirs as cars.
  vans: "car",
};

// ——— the files' shapes (for the OpenAPI document; the tests check the files against the official schemas) ———

const Localized = z.array(z.object({ text: z.string(), language: z.string() }));
const envelope = <T extends z.ZodTypeAny>(data: T) =>
  z.object({ last_updated: z.string(), ttl: z.int().min(0), version: z.literal(GBFS_VERSION), data });

export const GbfsDiscoverySchema = envelope(
  z.object({ feeds: z.array(z.object({ name: z.enum(["gbfs", ...GBFS_FILES]), url: z.string() })) }),
).openapi("GbfsDiscovery", { description: "GBFS 3.0 gbfs.json: the files this feed publishes." });

export const GbfsSystemInformationSchema = envelope(
  z.object({
    system_id: z.string(),
    languages: z.array(z.string()),
    name: Localized,
    operator: Localized,
    opening_hours: z.string().openapi({ description: "OSM opening_hours syntax.", example: "Mo-Fr 09:00-18:00; Sa 10:00-16:00" }),
    feed_contact_email: z.string(),
    timezone: z.string(),
  }),
).openapi("GbfsSystemInformation", { description: "GBFS 3.0 system_information.json." });

export const GbfsVehicleTypesSchema = envelope(
  z.object({
    vehicle_types: z.array(
      z.object({
        vehicle_type_id: z.string(),
        form_factor: z.enum(FORM_FACTORS),
        propulsion_type: z.enum(PROPULSION_TYPES),
        name: Localized,
        description: Localized.optional(),
        vehicle_image: z.string().optional(),
        return_constraint: z.literal("roundtrip_station"),
      }),
    ),
  }),
).openapi("GbfsVehicleTypes", { description: "GBFS 3.0 vehicle_types.json: the library's resource types of kind vehicle." });

export const GbfsStationInformationSchema = envelope(
  z.object({
    stations: z.array(
      z.object({
        station_id: z.string(),
        name: Localized,
        lat: z.number(),
        lon: z.number(),
        address: z.string().optional(),
        station_opening_hours: z.string(),
      }),
    ),
  }),
).openapi("GbfsStationInformation", { description: "GBFS 3.0 station_information.json: the library's desk, its one station." });

export const GbfsStationStatusSchema = envelope(
  z.object({
    stations: z.array(
      z.object({
        station_id: z.string(),
        num_vehicles_available: z.int().min(0),
        vehicle_types_available: z.array(z.object({ vehicle_type_id: z.string(), count: z.int().min(0) })),
        num_vehicles_disabled: z.int().min(0),
        is_installed: z.boolean(),
        is_renting: z.boolean(),
        is_returning: z.boolean(),
        last_reported: z.string(),
      }),
    ),
  }),
).openapi("GbfsStationStatus", { description: "GBFS 3.0 station_status.json: vehicles free now, and whether the desk is open." });

export const GbfsVehicleStatusSchema = envelope(
  z.object({
    vehicles: z.array(
      z.object({
        vehicle_id: z.string().openapi({ description: "Rotates every hour and after each loan." }),
        vehicle_type_id: z.string(),
        station_id: z.string(),
        home_station_id: z.string(),
        is_reserved: z.boolean(),
        is_disabled: z.boolean(),
        last_reported: z.string(),
      }),
    ),
  }),
).openapi("GbfsVehicleStatus", {
  description: "GBFS 3.0 vehicle_status.json: units free to take now (in service, not booked, not checked out).",
});

type Envelope<T> = { last_updated: string; ttl: number; version: typeof GBFS_VERSION; data: T };
const wrap = <T>(file: GbfsFile | "gbfs", at: Temporal.Instant, data: T): Envelope<T> => ({
  last_updated: at.toString(),
  ttl: TTL[file],
  version: GBFS_VERSION,
  data,
});

// ——— reading the library ———

export interface GbfsContext {
  library: Library;
  lat: number;
  lon: number;
  /** The feed's own address (`…/api/libraries/<slug>/gbfs`), for the discovery file's links. */
  base: string;
  /** The host name, for the contact address when no sender address is configured. */
  hostname: string;
  now: Temporal.Instant;
}

/** The library, which must have given its position: a GBFS station has one. */
export async function gbfsContext(db: Executor, slug: string, publicBase: string): Promise<GbfsContext> {
  const library = await findLibrary(db, slug);
  if (library.latitude === null || library.longitude === null) throw new AppError(404, "not-found", t("noPosition"));
  return {
    library,
    lat: Number(library.latitude),
    lon: Number(library.longitude),
    base: `${publicBase}/api/libraries/${library.slug}/gbfs`,
    hostname: new URL(publicBase).hostname,
    now: Temporal.Instant.fromEpochMilliseconds(Math.floor(nowMs() / 1000) * 1000),
  };
}

const inEachLanguage = (text: string) => LANGUAGES.map((language) => ({ text, language }));
const stationId = (library: Library) => library.id;

const OSM_DAYS: Record<(typeof WEEKDAYS)[number], string> = { mon: "Mo", tue: "Tu", wed: "We", thu: "Th", fri: "Fr", sat: "Sa", sun: "Su" };
const OSM_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * The weekly hours in OSM opening_hours syntax, runs of days with the same hours joined
 * ("Mo-Fr 09:00-18:00; Sa 10:00-16:00"), then the closed days ahead ("2026 Dec 25 off"), which
 * override them; "off" when the library never opens.
 */
export function osmOpeningHours(hours: OpeningHours, closed: readonly string[] = []): string {
  const spans = WEEKDAYS.map((day) => (hours[day] ?? []).map(([open, close]) => `${open}-${close}`).join(","));
  const dayName = (i: number) => OSM_DAYS[WEEKDAYS[i] ?? "mon"];
  const rules: string[] = [];
  for (let from = 0; from < spans.length; ) {
    let to = from;
    while (to + 1 < spans.length && spans[to + 1] === spans[from]) to++;
    if (spans[from]) {
      const days = from === to ? dayName(from) : to === from + 1 ? `${dayName(from)},${dayName(to)}` : `${dayName(from)}-${dayName(to)}`;
      rules.push(`${days} ${spans[from]}`);
    }
    from = to + 1;
  }
  if (!rules.length) return "off";
  for (const day of closed) {
    const d = Temporal.PlainDate.from(day);
    rules.push(`${d.year} ${OSM_MONTHS[d.month - 1]} ${String(d.day).padStart(2, "0")} off`);
  }
  return rules.join("; ");
}

/** Closed days from today for the next year, at most 60 of them. */
async function closuresAhead(db: Executor, ctx: GbfsContext): Promise<string[]> {
  const today = ctx.now.toZonedDateTimeISO(ctx.library.timeZone).toPlainDate();
  const rows = await db
    .select({ day: libraryClosures.day })
    .from(libraryClosures)
    .where(
      and(
        eq(libraryClosures.libraryId, ctx.library.id),
        sql`${libraryClosures.day} between ${today.toString()}::date and ${today.add({ days: 365 }).toString()}::date`,
      ),
    )
    .orderBy(libraryClosures.day)
    .limit(60);
  return rows.map((r) => r.day);
}

/** Whether the desk is open at this moment: today is not a closed day and the local time falls in one of its intervals. */
function openNow(ctx: GbfsContext, closed: readonly string[]): boolean {
  const local = ctx.now.toZonedDateTimeISO(ctx.library.timeZone);
  if (closed.includes(local.toPlainDate().toString())) return false;
  const clock = `${String(local.hour).padStart(2, "0")}:${String(local.minute).padStart(2, "0")}`;
  const day = WEEKDAYS[local.dayOfWeek - 1] ?? "mon";
  return (ctx.library.openingHours[day] ?? []).some(([open, close]) => open <= clock && clock < close);
}

interface TypeRow {
  id: string;
  slug: string;
  name: string;
  description: string;
  photos: string[];
  category: string | null;
  parent: string | null;
}

const vehicleTypeRows = (db: Executor, library: Library) =>
  rowsOf<TypeRow>(
    db,
    sql`select t.id, t.slug, t.name, t.description, t.photos, c.slug as category, p.slug as parent
        from resource_types t
        left join resource_categories c on c.id = t.category_id
        left join resource_categories p on p.id = c.parent_id
        where t.library_id = ${library.id}::uuid and t.kind = 'vehicle'
        order by t.slug`,
  );

// ——— the files ———

export function discovery(ctx: GbfsContext): z.infer<typeof GbfsDiscoverySchema> {
  return wrap("gbfs", ctx.now, {
    feeds: (["gbfs", ...GBFS_FILES] as const).map((name) => ({ name, url: `${ctx.base}/${name}.json` })),
  });
}

/** The address the feed's consumers write to: the instance's sender address, or its host's postmaster (RFC 5321). */
const contactEmail = (ctx: GbfsContext, mailFrom: string | undefined) => {
  const address = mailFrom ? (/<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom).trim() : "";
  return address.includes("@") ? address : `postmaster@${ctx.hostname}`;
};

export async function systemInformation(
  db: Executor,
  ctx: GbfsContext,
  mailFrom: string | undefined,
): Promise<z.infer<typeof GbfsSystemInformationSchema>> {
  const [org] = await db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, ctx.library.organizationId));
  return wrap("system_information", ctx.now, {
    system_id: ctx.library.id,
    languages: [...LANGUAGES],
    name: inEachLanguage(ctx.library.name),
    operator: inEachLanguage(org?.name ?? ctx.library.name),
    opening_hours: osmOpeningHours(ctx.library.openingHours, await closuresAhead(db, ctx)),
    feed_contact_email: contactEmail(ctx, mailFrom),
    timezone: ctx.library.timeZone,
  });
}

export async function vehicleTypes(db: Executor, ctx: GbfsContext): Promise<z.infer<typeof GbfsVehicleTypesSchema>> {
  const rows = await vehicleTypeRows(db, ctx.library);
  return wrap("vehicle_types", ctx.now, {
    vehicle_types: rows.map((r) => ({
      vehicle_type_id: r.slug,
      form_factor: FORM_FACTOR_OF[r.category ?? ""] ?? FORM_FACTOR_OF[r.parent ?? ""] ?? "other",
      // Nothing records a vehicle's motor yet; any other propulsion would also need its range (max_range_meters).
      propulsion_type: "human" as const,
      name: inEachLanguage(r.name),
      ...(r.description.trim() ? { description: inEachLanguage(r.description.trim()) } : {}),
      ...(r.photos[0] ? { vehicle_image: r.photos[0] } : {}),
      return_constraint: "roundtrip_station" as const,
    })),
  });
}

export async function stationInformation(db: Executor, ctx: GbfsContext): Promise<z.infer<typeof GbfsStationInformationSchema>> {
  return wrap("station_information", ctx.now, {
    stations: [
      {
        station_id: stationId(ctx.library),
        name: inEachLanguage(ctx.library.name),
        lat: ctx.lat,
        lon: ctx.lon,
        ...(ctx.library.address.trim() ? { address: ctx.library.address.trim() } : {}),
        station_opening_hours: osmOpeningHours(ctx.library.openingHours, await closuresAhead(db, ctx)),
      },
    ],
  });
}

interface FreeUnit {
  id: string;
  type_slug: string;
  last_loan: string | null;
}

/**
 * The vehicles free to take now: in service, no open loan, and no booking whose blocked period
 * (buffers included) holds it at this moment. Times are the database's (triarchy_now()).
 */
const freeVehicles = (db: Executor, library: Library) =>
  rowsOf<FreeUnit>(
    db,
    sql`select u.id, t.slug as type_slug,
               (select l.id from loans l where l.unit_id = u.id order by l.checked_out_at desc, l.id limit 1) as last_loan
        from resource_units u join resource_types t on t.id = u.type_id
        where t.library_id = ${library.id}::uuid and t.kind = 'vehicle' and u.status = 'available'
          and not exists (select 1 from loans l where l.unit_id = u.id and l.checked_in_at is null)
          and not exists (
            select 1 from bookings b
            where b.unit_id = u.id and b.status in ('requested', 'confirmed', 'active')
              and b.blocked_from <= triarchy_now() and b.blocked_until > triarchy_now())`,
  );

/** Vehicles at the desk that cannot be taken: out of service or in maintenance, and not out on a loan. */
async function disabledCount(db: Executor, library: Library): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(
    db,
    sql`select count(*)::int as n
        from resource_units u join resource_types t on t.id = u.type_id
        where t.library_id = ${library.id}::uuid and t.kind = 'vehicle' and u.status in ('out_of_service', 'maintenance')
          and not exists (select 1 from loans l where l.unit_id = u.id and l.checked_in_at is null)`,
  );
  return Number(row?.n ?? 0);
}

/** A unit's id for this hour and since its latest loan: the first 128 bits of an HMAC under the instance's key. */
const rotatingId = (secret: string, unit: FreeUnit, period: number) => {
  const token = sign(secret, "gbfs-vehicle-id", `${unit.id}:${period}:${unit.last_loan ?? ""}`);
  return token.slice(token.lastIndexOf(".") + 1, token.lastIndexOf(".") + 23);
};

export async function stationStatus(db: Executor, ctx: GbfsContext): Promise<z.infer<typeof GbfsStationStatusSchema>> {
  const [types, free, disabled, closed] = [
    await vehicleTypeRows(db, ctx.library),
    await freeVehicles(db, ctx.library),
    await disabledCount(db, ctx.library),
    await closuresAhead(db, ctx),
  ];
  const open = openNow(ctx, closed);
  return wrap("station_status", ctx.now, {
    stations: [
      {
        station_id: stationId(ctx.library),
        num_vehicles_available: free.length,
        vehicle_types_available: types.map((ty) => ({
          vehicle_type_id: ty.slug,
          count: free.filter((u) => u.type_slug === ty.slug).length,
        })),
        num_vehicles_disabled: disabled,
        is_installed: true,
        is_renting: open,
        is_returning: open,
        last_reported: ctx.now.toString(),
      },
    ],
  });
}

export async function vehicleStatus(db: Executor, ctx: GbfsContext): Promise<z.infer<typeof GbfsVehicleStatusSchema>> {
  const secret = await mailSecret(db);
  const period = Math.floor(ctx.now.epochMilliseconds / ROTATION_MS);
  const station = stationId(ctx.library);
  const vehicles = (await freeVehicles(db, ctx.library))
    .map((u) => ({
      vehicle_id: rotatingId(secret, u, period),
      vehicle_type_id: u.type_slug,
      station_id: station,
      home_station_id: station,
      is_reserved: false,
      is_disabled: false,
      last_reported: ctx.now.toString(),
    }))
    // In the order of their ids, which is random each hour: the list's order says nothing of which unit is which.
    .sort((a, b) => a.vehicle_id.localeCompare(b.vehicle_id));
  return wrap("vehicle_status", ctx.now, { vehicles });
}
