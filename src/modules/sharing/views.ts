import { z } from "@hono/zod-openapi";
import type { DeskRow } from "./read.ts";
import { OpeningHoursSchema, RuleOverridesSchema, RulesSchema } from "./rules.ts";
import type { Booking, Library, Loan, ProblemReport, ResourceType, ResourceUnit } from "./schema.ts";
import {
  ACQUISITIONS,
  BOOKING_STATUSES,
  CONDITIONS,
  PROBLEM_SEVERITIES,
  RESOURCE_KINDS,
  UNIT_STATUSES,
  WAITLIST_STATUSES,
} from "./values.ts";

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

export const CatalogueItemSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    kind: z.enum(RESOURCE_KINDS),
    category: z.string().nullable(),
    categoryName: z.string().nullable(),
    photo: z.string().nullable(),
    units: z.number().int(),
    inService: z.number().int(),
    free: z.number().int().nullable().openapi({ description: "Units free for the whole window asked for (null without dates)." }),
  })
  .openapi("CatalogueItem");

export const CatalogueSchema = z
  .object({
    library: LibrarySchema,
    window: z.object({ firstDay: z.string(), lastDay: z.string() }).nullable(),
    items: z.array(CatalogueItemSchema),
  })
  .openapi("Catalogue");

const BusySchema = z.object({ from: z.string(), until: z.string() });

/** The public calendar of a type: busy periods per unit, never who booked. */
export const AvailabilitySchema = z
  .object({
    resource: ResourceTypeSchema,
    rules: RulesSchema.openapi({ description: "The rules its bookings follow: the library's with this type's overrides." }),
    timeZone: z.string(),
    window: z.object({ firstDay: z.string(), lastDay: z.string() }),
    units: z.array(z.object({ id: z.string(), code: z.string(), status: z.enum(UNIT_STATUSES), busy: z.array(BusySchema) })),
  })
  .openapi("Availability");

export const MyBookingSchema = z
  .object({
    id: z.string(),
    library: z.string(),
    libraryName: z.string(),
    resource: z.string(),
    resourceName: z.string(),
    unitCode: z.string(),
    status: z.enum(BOOKING_STATUSES),
    startsAt: z.string(),
    endsAt: z.string(),
    affected: z.boolean().openapi({ description: "Its unit went out of service: the library will be in touch." }),
    loan: z.object({ id: z.string(), dueAt: z.string(), checkedInAt: z.string().nullable(), answered: z.boolean() }).nullable(),
  })
  .openapi("MyBooking");

export const WaitlistPlaceSchema = z
  .object({
    id: z.string(),
    library: z.string(),
    resource: z.string(),
    status: z.enum(WAITLIST_STATUSES),
    startsAt: z.string(),
    endsAt: z.string(),
    position: z.number().int().openapi({ description: "1 for the first in line." }),
    offerExpiresAt: z.string().nullable(),
    booking: z.string().nullable().openapi({ description: "The booking held for the person while an offer is open." }),
  })
  .openapi("WaitlistPlace");

export const LoanSchema = z
  .object({
    id: z.string(),
    unit: z.string(),
    booking: z.string().nullable(),
    checkedOutAt: z.string(),
    dueAt: z.string(),
    conditionOut: z.enum(CONDITIONS),
    checkedInAt: z.string().nullable(),
    conditionIn: z.enum(CONDITIONS).nullable(),
  })
  .openapi("Loan");

export const ProblemReportSchema = z
  .object({
    id: z.string(),
    unit: z.string(),
    severity: z.enum(PROBLEM_SEVERITIES),
    note: z.string(),
    photo: z.string().nullable(),
    createdAt: z.string(),
    resolvedAt: z.string().nullable(),
    resolution: z.string().nullable(),
  })
  .openapi("ProblemReport");

const DeskRowSchema = z.object({
  booking: z.string().nullable(),
  loan: z.string().nullable(),
  resource: z.string(),
  resourceName: z.string(),
  unitCode: z.string(),
  status: z.enum(BOOKING_STATUSES).nullable(),
  startsAt: z.string().nullable(),
  endsAt: z.string(),
  borrower: z.object({ handle: z.string(), name: z.string() }),
});

export const DeskDaySchema = z
  .object({
    day: z.string(),
    pickups: z.array(DeskRowSchema),
    returns: z.array(DeskRowSchema),
    overdue: z.array(DeskRowSchema),
    held: z.array(
      z.object({ id: z.string(), code: z.string(), resource: z.string(), resourceName: z.string(), status: z.enum(UNIT_STATUSES) }),
    ),
    problems: z.array(
      z.object({
        id: z.string(),
        unit: z.string(),
        code: z.string(),
        resourceName: z.string(),
        severity: z.enum(PROBLEM_SEVERITIES),
        note: z.string(),
        photo: z.string().nullable(),
        createdAt: z.string(),
      }),
    ),
  })
  .openapi("DeskDay");

const iso = (d: Date | string) => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null | undefined) => (d ? iso(d) : null);

export const loanView = (l: Loan): z.infer<typeof LoanSchema> => ({
  id: l.id,
  unit: l.unitId,
  booking: l.bookingId,
  checkedOutAt: iso(l.checkedOutAt),
  dueAt: iso(l.dueAt),
  conditionOut: l.conditionOut,
  checkedInAt: isoOrNull(l.checkedInAt),
  conditionIn: l.conditionIn,
});

export const problemView = (p: ProblemReport): z.infer<typeof ProblemReportSchema> => ({
  id: p.id,
  unit: p.unitId,
  severity: p.severity,
  note: p.note,
  photo: p.photo,
  createdAt: iso(p.createdAt),
  resolvedAt: isoOrNull(p.resolvedAt),
  resolution: p.resolution,
});

export const deskRowView = (r: DeskRow): z.infer<typeof DeskRowSchema> => ({
  booking: r.id,
  loan: r.loanId,
  resource: r.resource,
  resourceName: r.resourceName,
  unitCode: r.unitCode,
  status: r.status as z.infer<typeof DeskRowSchema>["status"],
  startsAt: isoOrNull(r.startsAt),
  endsAt: iso(r.endsAt),
  borrower: r.borrower,
});

export { iso, isoOrNull };
