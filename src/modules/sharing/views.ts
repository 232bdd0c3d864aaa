import { z } from "@hono/zod-openapi";
import { OpeningHoursSchema, RuleOverridesSchema, RulesSchema } from "./rules.ts";
import type { Booking, Library, ResourceType, ResourceUnit } from "./schema.ts";
import { ACQUISITIONS, BOOKING_STATUSES, CONDITIONS, RESOURCE_KINDS, UNIT_STATUSES } from "./values.ts";

export const LibrarySchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    description: z.string(),
    timeZone: z.string(),
    currency: z.string(),
    address: z.string(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    openingHours: OpeningHoursSchema,
    rules: RulesSchema,
  })
  .openapi("Library");

export const ResourceTypeSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    kind: z.enum(RESOURCE_KINDS),
    description: z.string(),
    careNotes: z.string(),
    photos: z.array(z.string()),
    replacementPrice: z.string().nullable().openapi({ description: "Minor units, as a string (exact)." }),
    rules: RuleOverridesSchema,
  })
  .openapi("ResourceType");

export const UnitSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    condition: z.enum(CONDITIONS),
    location: z.string(),
    status: z.enum(UNIT_STATUSES),
    acquisition: z.enum(ACQUISITIONS),
  })
  .openapi("ResourceUnit");

/** A booking as its borrower and the desk see it (the public calendar shows none of this). */
export const BookingSchema = z
  .object({
    id: z.string(),
    library: z.string(),
    resource: z.string(),
    unit: z.string().openapi({ description: "The unit's id." }),
    status: z.enum(BOOKING_STATUSES),
    startsAt: z.string(),
    endsAt: z.string(),
    fee: z.string(),
    deposit: z.string(),
    overriddenRules: z.array(z.string()),
  })
  .openapi("Booking");

const num = (v: string | null) => (v === null ? null : Number(v));

export const libraryView = (l: Library): z.infer<typeof LibrarySchema> => ({
  slug: l.slug,
  name: l.name,
  description: l.description,
  timeZone: l.timeZone,
  currency: l.currency,
  address: l.address,
  latitude: num(l.latitude),
  longitude: num(l.longitude),
  openingHours: l.openingHours,
  rules: l.rules,
});

export const resourceTypeView = (r: ResourceType): z.infer<typeof ResourceTypeSchema> => ({
  slug: r.slug,
  name: r.name,
  kind: r.kind,
  description: r.description,
  careNotes: r.careNotes,
  photos: r.photos,
  replacementPrice: r.replacementPrice === null ? null : String(r.replacementPrice),
  rules: r.rules,
});

export const unitView = (u: ResourceUnit): z.infer<typeof UnitSchema> => ({
  id: u.id,
  code: u.code,
  condition: u.condition,
  location: u.location,
  status: u.status,
  acquisition: u.acquisition,
});

export const bookingView = (b: Booking, library: Library, type: { slug: string }): z.infer<typeof BookingSchema> => ({
  id: b.id,
  library: library.slug,
  resource: type.slug,
  unit: b.unitId,
  status: b.status,
  startsAt: b.startsAt.toISOString(),
  endsAt: b.endsAt.toISOString(),
  fee: String(b.fee),
  deposit: String(b.deposit),
  overriddenRules: b.overriddenRules,
});
