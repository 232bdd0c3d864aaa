import { sql } from "drizzle-orm";
import {
  bigint,
  char,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { writtenAt } from "../../db/written-at.ts";
import { people } from "../accounts/schema.ts";
import { organizations } from "../organizations/schema.ts";
import type { OpeningHours, RuleOverrides, Rules } from "./rules.ts";
import {
  ACQUISITIONS,
  BLOCKING_BOOKING_STATUSES,
  BOOKING_STATUSES,
  CONDITIONS,
  PROBLEM_SEVERITIES,
  RESOURCE_KINDS,
  UNIT_STATUSES,
  WAITLIST_STATUSES,
  WITHOUT_LOAN_ANSWERS,
} from "./values.ts";

export const resourceKind = pgEnum("resource_kind", RESOURCE_KINDS);
export const acquisition = pgEnum("resource_acquisition", ACQUISITIONS);
export const unitCondition = pgEnum("unit_condition", CONDITIONS);
export const unitStatus = pgEnum("unit_status", UNIT_STATUSES);
export const bookingStatus = pgEnum("booking_status", BOOKING_STATUSES);
export const waitlistStatus = pgEnum("waitlist_status", WAITLIST_STATUSES);
export const problemSeverity = pgEnum("problem_severity", PROBLEM_SEVERITIES);
export const withoutLoanAnswer = pgEnum("without_loan_answer", WITHOUT_LOAN_ANSWERS);

/**
 * The taxonomy of resources, kept as data (seeded by the migration, extended by admins): each category
 * carries a default replacement price and the emission factor of making one, with where it comes from.
 */
export const resourceCategories = pgTable(
  "resource_categories",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    parentId: uuid("parent_id").references((): never => resourceCategories.id as never, { onDelete: "restrict" }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    /** In minor units of `currency`. */
    defaultReplacementPrice: bigint("default_replacement_price", { mode: "bigint" }),
    currency: char("currency", { length: 3 }).notNull().default("EUR"),
    /** kg CO₂e emitted to make one (cradle to gate), for the impact of sharing. */
    emissionFactorKg: numeric("emission_factor_kg", { precision: 12, scale: 3 }),
    emissionSource: text("emission_source"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    uniqueIndex("resource_categories_slug_key").on(t.slug),
    index("resource_categories_parent_idx").on(t.parentId),
    check("resource_categories_emission_sourced", sql`${t.emissionFactorKg} is null or ${t.emissionSource} is not null`),
    check("resource_categories_price", sql`${t.defaultReplacementPrice} is null or ${t.defaultReplacementPrice} >= 0`),
  ],
);

/** A library of things run by an organization, with its time zone, opening hours and rules. */
export const libraries = pgTable(
  "libraries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    /** An IANA zone: days, opening hours and due dates are the library's local ones. */
    timeZone: text("time_zone").notNull(),
    currency: char("currency", { length: 3 }).notNull().default("EUR"),
    /** Where the desk is: the GBFS feed's one station, and the public page's address. */
    address: text("address").notNull().default(""),
    latitude: numeric("latitude", { precision: 9, scale: 6 }),
    longitude: numeric("longitude", { precision: 9, scale: 6 }),
    openingHours: jsonb("opening_hours").$type<OpeningHours>().notNull(),
    rules: jsonb("rules").$type<Rules>().notNull(),
    createdBy: uuid("created_by").references(() => people.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    uniqueIndex("libraries_slug_key").on(t.slug),
    index("libraries_organization_idx").on(t.organizationId),
    check("libraries_position", sql`(${t.latitude} is null) = (${t.longitude} is null)`),
    check("libraries_latitude", sql`${t.latitude} between -90 and 90`),
    check("libraries_longitude", sql`${t.longitude} between -180 and 180`),
  ],
);

/** Days the library is closed whatever its weekly hours say (holidays, inventory). */
export const libraryClosures = pgTable(
  "library_closures",
  {
    libraryId: uuid("library_id")
      .notNull()
      .references(() => libraries.id, { onDelete: "cascade" }),
    day: date("day").notNull(),
    reason: text("reason").notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.libraryId, t.day], name: "library_closures_pkey" })],
);

/** What the catalogue lists: a kind of thing, of which the library holds one or more units. */
export const resourceTypes = pgTable(
  "resource_types",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    libraryId: uuid("library_id")
      .notNull()
      .references(() => libraries.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    kind: resourceKind("kind").notNull(),
    categoryId: uuid("category_id").references(() => resourceCategories.id, { onDelete: "set null" }),
    description: text("description").notNull().default(""),
    careNotes: text("care_notes").notNull().default(""),
    photos: text("photos").array().notNull().default(sql`'{}'::text[]`),
    /** In minor units of the library's currency; the category's default when null. */
    replacementPrice: bigint("replacement_price", { mode: "bigint" }),
    /** Overrides of the library's rules for this type only. */
    rules: jsonb("rules").$type<RuleOverrides>().notNull().default(sql`'{}'::jsonb`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    uniqueIndex("resource_types_library_slug_key").on(t.libraryId, t.slug),
    index("resource_types_category_idx").on(t.categoryId),
    index("resource_types_search_idx").using("gin", sql`to_tsvector('simple', ${t.name} || ' ' || ${t.description})`),
    check("resource_types_price", sql`${t.replacementPrice} is null or ${t.replacementPrice} >= 0`),
    check("resource_types_photos_bounded", sql`cardinality(${t.photos}) <= 12`),
  ],
);

/**
 * One copy of a resource type. Its owner (the library's organization, or the member who lends it
 * through the library), its steward and its current custodian (loans) are three separate facts.
 */
export const resourceUnits = pgTable(
  "resource_units",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    typeId: uuid("type_id")
      .notNull()
      .references(() => resourceTypes.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    condition: unitCondition("condition").notNull().default("good"),
    location: text("location").notNull().default(""),
    status: unitStatus("status").notNull().default("available"),
    acquisition: acquisition("acquisition").notNull().default("bought"),
    /** Set when a member lends their own item: they stay its owner and approve its bookings. */
    ownerPersonId: uuid("owner_person_id").references(() => people.id, { onDelete: "restrict" }),
    stewardPersonId: uuid("steward_person_id").references(() => people.id, { onDelete: "set null" }),
    /** Loans since the last check, for maintenance plans. */
    loansSinceCheck: integer("loans_since_check").notNull().default(0),
    lastCheckedAt: timestamp("last_checked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    uniqueIndex("resource_units_type_code_key").on(t.typeId, t.code),
    index("resource_units_owner_idx").on(t.ownerPersonId),
    check("resource_units_lent_by_owner", sql`(${t.acquisition} = 'lent') = (${t.ownerPersonId} is not null)`),
  ],
);

/** People a steward approved to borrow a type whose rules ask for it (after a training, say). */
export const borrowingApprovals = pgTable(
  "borrowing_approvals",
  {
    typeId: uuid("type_id")
      .notNull()
      .references(() => resourceTypes.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    approvedBy: uuid("approved_by").references(() => people.id, { onDelete: "set null" }),
    note: text("note").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [primaryKey({ columns: [t.typeId, t.personId], name: "borrowing_approvals_pkey" })],
);

/**
 * A booking holds one unit for `[starts_at, ends_at)`; `[blocked_from, blocked_until)` adds the
 * buffers the rules asked for when it was made, so a later change of buffer never re-reads it. The
 * exclusion constraint (migration 0027) refuses two blocking bookings of one unit that overlap.
 */
export const bookings = pgTable(
  "bookings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => resourceUnits.id, { onDelete: "restrict" }),
    typeId: uuid("type_id")
      .notNull()
      .references(() => resourceTypes.id, { onDelete: "restrict" }),
    libraryId: uuid("library_id")
      .notNull()
      .references(() => libraries.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "restrict" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    blockedFrom: timestamp("blocked_from", { withTimezone: true }).notNull(),
    blockedUntil: timestamp("blocked_until", { withTimezone: true }).notNull(),
    status: bookingStatus("status").notNull().default("confirmed"),
    note: text("note").notNull().default(""),
    /** Minor units of the library's currency, fixed when booked. */
    fee: bigint("fee", { mode: "bigint" }).notNull().default(sql`0`),
    deposit: bigint("deposit", { mode: "bigint" }).notNull().default(sql`0`),
    /** Rules a steward set aside for this booking, and why (logged in the activity row too). */
    overriddenRules: text("overridden_rules").array().notNull().default(sql`'{}'::text[]`),
    overrideReason: text("override_reason"),
    overriddenBy: uuid("overridden_by").references(() => people.id, { onDelete: "set null" }),
    /** When the unit went out of service under this booking (its borrower was told). */
    affectedAt: timestamp("affected_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    index("bookings_unit_idx").on(t.unitId, t.blockedFrom),
    index("bookings_person_idx").on(t.personId, t.startsAt),
    index("bookings_library_idx").on(t.libraryId, t.startsAt),
    check("bookings_period", sql`${t.startsAt} < ${t.endsAt}`),
    check("bookings_blocked_covers", sql`${t.blockedFrom} <= ${t.startsAt} and ${t.blockedUntil} >= ${t.endsAt}`),
    check("bookings_money", sql`${t.fee} >= 0 and ${t.deposit} >= 0`),
    check("bookings_override_reasoned", sql`cardinality(${t.overriddenRules}) = 0 or ${t.overrideReason} is not null`),
  ],
);

/** Custody: who holds a unit from check-out to check-in. At most one open loan per unit (0027). */
export const loans = pgTable(
  "loans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => resourceUnits.id, { onDelete: "restrict" }),
    bookingId: uuid("booking_id").references(() => bookings.id, { onDelete: "set null" }),
    custodianId: uuid("custodian_id")
      .notNull()
      .references(() => people.id, { onDelete: "restrict" }),
    checkedOutAt: timestamp("checked_out_at", { withTimezone: true }).notNull().default(writtenAt),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    conditionOut: unitCondition("condition_out").notNull(),
    notesOut: text("notes_out").notNull().default(""),
    checkedOutBy: uuid("checked_out_by").references(() => people.id, { onDelete: "set null" }),
    checkedInAt: timestamp("checked_in_at", { withTimezone: true }),
    conditionIn: unitCondition("condition_in"),
    notesIn: text("notes_in"),
    checkedInBy: uuid("checked_in_by").references(() => people.id, { onDelete: "set null" }),
    /** The borrower's answer to the one question asked after a return (the impact of sharing). */
    withoutLoan: withoutLoanAnswer("without_loan"),
    remindedOverdueAt: timestamp("reminded_overdue_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("loans_one_open_per_unit").on(t.unitId).where(sql`${t.checkedInAt} is null`),
    index("loans_custodian_idx").on(t.custodianId, t.checkedOutAt),
    index("loans_unit_idx").on(t.unitId, t.checkedOutAt),
    index("loans_open_due_idx").on(t.dueAt).where(sql`${t.checkedInAt} is null`),
    check("loans_closed_whole", sql`(${t.checkedInAt} is null) = (${t.conditionIn} is null)`),
    check("loans_order", sql`${t.checkedInAt} is null or ${t.checkedInAt} >= ${t.checkedOutAt}`),
    check("loans_answer_after_return", sql`${t.withoutLoan} is null or ${t.checkedInAt} is not null`),
  ],
);

/** An ordered queue per resource type for a wanted period; the first in line is offered what frees up. */
export const waitlistEntries = pgTable(
  "waitlist_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    typeId: uuid("type_id")
      .notNull()
      .references(() => resourceTypes.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    /** Order in the queue: rows are served by (position), taken from a sequence at insert. */
    position: bigint("position", { mode: "number" }).notNull().generatedAlwaysAsIdentity(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    status: waitlistStatus("status").notNull().default("waiting"),
    offeredUnitId: uuid("offered_unit_id").references(() => resourceUnits.id, { onDelete: "set null" }),
    offerExpiresAt: timestamp("offer_expires_at", { withTimezone: true }),
    bookingId: uuid("booking_id").references(() => bookings.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    uniqueIndex("waitlist_one_live_per_person").on(t.typeId, t.personId).where(sql`${t.status} in ('waiting', 'offered')`),
    index("waitlist_queue_idx").on(t.typeId, t.position).where(sql`${t.status} in ('waiting', 'offered')`),
    check("waitlist_period", sql`${t.startsAt} < ${t.endsAt}`),
    check("waitlist_offer_whole", sql`(${t.status} = 'offered') = (${t.offerExpiresAt} is not null and ${t.offeredUnitId} is not null)`),
  ],
);

/** A borrower's or steward's report on a unit's condition; `out_of_service` takes the unit out until resolved. */
export const problemReports = pgTable(
  "problem_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => resourceUnits.id, { onDelete: "cascade" }),
    loanId: uuid("loan_id").references(() => loans.id, { onDelete: "set null" }),
    reporterId: uuid("reporter_id").references(() => people.id, { onDelete: "set null" }),
    severity: problemSeverity("severity").notNull(),
    note: text("note").notNull(),
    photo: text("photo"),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolvedBy: uuid("resolved_by").references(() => people.id, { onDelete: "set null" }),
    resolution: text("resolution"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    index("problem_reports_unit_idx").on(t.unitId, t.createdAt),
    index("problem_reports_open_idx").on(t.unitId).where(sql`${t.resolvedAt} is null`),
  ],
);

/** A person's private calendar feed (iCalendar of their own bookings): the URL's token, kept hashed. */
export const calendarFeedTokens = pgTable(
  "calendar_feed_tokens",
  {
    personId: uuid("person_id")
      .primaryKey()
      .references(() => people.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [uniqueIndex("calendar_feed_tokens_hash_key").on(t.tokenHash)],
);

export type Library = typeof libraries.$inferSelect;
export type ResourceType = typeof resourceTypes.$inferSelect;
export type ResourceUnit = typeof resourceUnits.$inferSelect;
export type Booking = typeof bookings.$inferSelect;
export type Loan = typeof loans.$inferSelect;
export type WaitlistEntry = typeof waitlistEntries.$inferSelect;
export type ProblemReport = typeof problemReports.$inferSelect;

/**
 * Monthly loan statistics per unit, kept by the database (migration 0030) from `loans`: the impact
 * page reads a few rows per unit and month whatever the number of loans. Nothing else writes it.
 */
export const loanMonths = pgTable(
  "loan_months",
  {
    unitId: uuid("unit_id")
      .notNull()
      .references(() => resourceUnits.id, { onDelete: "cascade" }),
    /** The first day of the month, in the library's time zone, of the check-out. */
    month: date("month").notNull(),
    loans: integer("loans").notNull().default(0),
    /** Minutes in a borrower's custody, counted when each loan is returned. */
    custodyMinutes: bigint("custody_minutes", { mode: "number" }).notNull().default(0),
    /** What the loans' bookings cost, in minor units of the library's currency. */
    paid: bigint("paid", { mode: "bigint" }).notNull().default(sql`0`),
    answered: integer("answered").notNull().default(0),
    bought: integer("bought").notNull().default(0),
    rented: integer("rented").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.month], name: "loan_months_pkey" })],
);

/** Who has borrowed each unit, and how often (the people a unit served), kept with loan_months. */
export const unitBorrowers = pgTable(
  "unit_borrowers",
  {
    unitId: uuid("unit_id")
      .notNull()
      .references(() => resourceUnits.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    loans: integer("loans").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.personId], name: "unit_borrowers_pkey" }), index("unit_borrowers_person_idx").on(t.personId)],
);

/** A member's answer to the library's periodic vehicle survey: cars given up and car purchases forgone thanks to sharing. */
export const vehicleSurveyAnswers = pgTable(
  "vehicle_survey_answers",
  {
    libraryId: uuid("library_id")
      .notNull()
      .references(() => libraries.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    /** The survey round, a year such as 2026. */
    round: integer("round").notNull(),
    carsGivenUp: integer("cars_given_up").notNull(),
    carsNotBought: integer("cars_not_bought").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    primaryKey({ columns: [t.libraryId, t.personId, t.round], name: "vehicle_survey_answers_pkey" }),
    check("vehicle_survey_answers_counts", sql`${t.carsGivenUp} between 0 and 5 and ${t.carsNotBought} between 0 and 5`),
  ],
);

/** How many people each unit has served, kept with unit_borrowers (0032): the impact page reads one row per unit. */
export const unitPeople = pgTable("unit_people", {
  unitId: uuid("unit_id")
    .primaryKey()
    .references(() => resourceUnits.id, { onDelete: "cascade" }),
  people: integer("people").notNull().default(0),
});

/** Loans per borrower and library, kept by the loans' rollup (0032): "loans per member" reads one row per borrower. */
export const libraryBorrowers = pgTable(
  "library_borrowers",
  {
    libraryId: uuid("library_id")
      .notNull()
      .references(() => libraries.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    loans: integer("loans").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.libraryId, t.personId], name: "library_borrowers_pkey" })],
);

/** The statuses of bookings that hold their unit, as an SQL list (`b.status in ${LIVE_STATUSES}`): the exclusion constraint's. */
export const LIVE_STATUSES = sql.raw(`(${BLOCKING_BOOKING_STATUSES.map((s) => `'${s}'`).join(", ")})`);
