import { and, eq, gte, lte, sql } from "drizzle-orm";
import { Temporal } from "temporal-polyfill";
import { integrityProblem } from "../../db/errors.ts";
import { preparedSql } from "../../db/prepared.ts";
import { rowsOf } from "../../db/rows.ts";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { nowMs } from "../../now.ts";
import { recordActivity } from "../activity/service.ts";
import type { Standing } from "../organizations/policy.ts";
import type { NewBooking } from "./inputs.ts";
import { libraryStanding } from "./library-service.ts";
import { t } from "./messages.ts";
import { blocked, type Calendar, candidatesAfter, checkTimeRules, feeFor, type Period, requestedPeriod } from "./periods.ts";
import { authorizeBorrow, authorizeOwnBooking, canKeepDesk } from "./policy.ts";
import { type Rules, rulesFor } from "./rules.ts";
import {
  type Booking,
  bookings,
  LIVE_STATUSES,
  type Library,
  libraries as librariesTable,
  libraryClosures,
  type ResourceType,
  resourceTypes,
} from "./schema.ts";
import { offerFreedUnits } from "./waitlist-service.ts";

async function calendarOf(tx: Executor, library: Library, from: Temporal.PlainDate, days: number): Promise<Calendar> {
  const rows = await tx
    .select({ day: libraryClosures.day })
    .from(libraryClosures)
    .where(
      and(
        eq(libraryClosures.libraryId, library.id),
        gte(libraryClosures.day, from.toString()),
        lte(libraryClosures.day, from.add({ days }).toString()),
      ),
    );
  return { timeZone: library.timeZone, openingHours: library.openingHours, closed: new Set(rows.map((r) => r.day)) };
}

const p = (name: string) => sql.placeholder(name);

/**
 * The hold, as a named prepared statement (planned once per connection): the first free unit of the
 * type (or the one asked for) taken for the blocked period, and, for a booking, its activity row in
 * the same statement (a request for a member's unit names its owner as the row's audience).
 */
const holdStatement = (logged: boolean) => sql`
  with held as (
    insert into bookings (unit_id, type_id, library_id, person_id, starts_at, ends_at, blocked_from, blocked_until, status, fee, deposit, note,
                          overridden_rules, override_reason, overridden_by)
    select u.id, u.type_id, t.library_id, ${p("person")}::uuid, ${p("startsAt")}::timestamptz, ${p("endsAt")}::timestamptz,
           ${p("from")}::timestamptz, ${p("until")}::timestamptz,
           (case when u.owner_person_id is not null and u.owner_person_id <> ${p("person")}::uuid then 'requested' else 'confirmed' end)::booking_status,
           ${p("fee")}::bigint, ${p("deposit")}::bigint, ${p("note")}::text,
           array(select jsonb_array_elements_text(${p("overridden")}::jsonb)), ${p("reason")}::text, ${p("overriddenBy")}::uuid
    from resource_units u join resource_types t on t.id = u.type_id
    where u.type_id = ${p("type")}::uuid and u.status = 'available'
      and (${p("unit")}::uuid is null or u.id = ${p("unit")}::uuid)
      and not exists (
        select 1 from bookings b
        where b.unit_id = u.id and b.status in ${LIVE_STATUSES}
          and tstzrange(b.blocked_from, b.blocked_until, '[)') && tstzrange(${p("from")}::timestamptz, ${p("until")}::timestamptz, '[)'))
    order by u.code
    limit 1
    on conflict do nothing
    returning *
  )${
    logged
      ? sql`, logged as (
    insert into activities (actor_id, verb, object_type, object_id, organization_id, visibility, audience, data)
    select ${p("actor")}::uuid, case when h.status = 'requested' then 'booking.requested' else 'booking.confirmed' end, 'booking', h.id,
           ${p("organization")}::uuid, 'private',
           case when h.status = 'requested' then array[u.owner_person_id] else '{}'::uuid[] end,
           ${p("data")}::jsonb || jsonb_build_object(
             'startsAt', to_char(h.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
             'endsAt', to_char(h.ends_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
    from held h join resource_units u on u.id = h.unit_id)`
      : sql``
  }
  select * from held`;

/**
 * Holds the first free unit of the type (or the unit asked for) for the blocked period, in one
 * statement. Two requests that pick the same unit at once meet at the exclusion constraint: the later
 * one's insert does nothing once the first commits, and the next attempt, in a fresh snapshot, sees
 * that unit taken and picks another. So it returns a booking, or nothing when no unit is free.
 */
export async function holdFreeUnit(
  tx: Executor,
  args: {
    typeId: string;
    unitId: string | null;
    personId: string;
    period: Period;
    block: { from: Temporal.Instant; until: Temporal.Instant };
  } & {
    fee: bigint;
    deposit: bigint;
    note: string;
    override: { rules: string[]; reason: string; by: string } | null;
    /** The booking's activity row, written by the same statement (a booking of a member's unit names its owner). */
    log?: { actorId: string; organizationId: string; data: Record<string, unknown> } | undefined;
  },
): Promise<Booking | undefined> {
  const written = await preparedSql<Record<string, unknown>>(tx, args.log ? "sharing_hold_logged" : "sharing_hold", () =>
    holdStatement(!!args.log),
  ).execute({
    person: args.personId,
    startsAt: args.period.start.toString(),
    endsAt: args.period.end.toString(),
    from: args.block.from.toString(),
    until: args.block.until.toString(),
    fee: String(args.fee),
    deposit: String(args.deposit),
    note: args.note,
    overridden: JSON.stringify(args.override?.rules ?? []),
    reason: args.override?.reason ?? null,
    overriddenBy: args.override?.by ?? null,
    type: args.typeId,
    unit: args.unitId,
    actor: args.log?.actorId ?? null,
    organization: args.log?.organizationId ?? null,
    data: JSON.stringify(args.log?.data ?? {}),
  });
  const row = written[0];
  return row ? bookingFromRow(row) : undefined;
}

const instant = (v: unknown) => (v instanceof Date ? v : new Date(String(v)));
const instantOrNull = (v: unknown) => (v === null || v === undefined ? null : instant(v));

/** A row of `insert … returning *` (column names as the database has them) as the table's type. */
function bookingFromRow(r: Record<string, unknown>): Booking {
  return {
    id: String(r.id),
    unitId: String(r.unit_id),
    typeId: String(r.type_id),
    libraryId: String(r.library_id),
    personId: String(r.person_id),
    startsAt: instant(r.starts_at),
    endsAt: instant(r.ends_at),
    blockedFrom: instant(r.blocked_from),
    blockedUntil: instant(r.blocked_until),
    status: r.status as Booking["status"],
    note: String(r.note),
    fee: BigInt(String(r.fee)),
    deposit: BigInt(String(r.deposit)),
    overriddenRules: Array.isArray(r.overridden_rules) ? r.overridden_rules.map(String) : [],
    overrideReason: r.override_reason === null ? null : String(r.override_reason),
    overriddenBy: r.overridden_by === null ? null : String(r.overridden_by),
    affectedAt: instantOrNull(r.affected_at),
    createdAt: instant(r.created_at),
    updatedAt: instant(r.updated_at),
  };
}

/** Which of these periods some unit of the type could hold (the same test as holdFreeUnit's). */
export async function freeAmong(tx: Executor, typeId: string, rules: Rules, periods: Period[]): Promise<Period[]> {
  if (!periods.length) return [];
  const rows = JSON.stringify(
    periods.map((p, i) => ({ i, from: blocked(rules, p).from.toString(), until: blocked(rules, p).until.toString() })),
  );
  const found = await rowsOf<{ i: number }>(
    tx,
    sql`
    select c.i from jsonb_to_recordset(${rows}::jsonb) as c(i int, "from" timestamptz, "until" timestamptz)
    where exists (
      select 1 from resource_units u
      where u.type_id = ${typeId}::uuid and u.status = 'available'
        and not exists (
          select 1 from bookings b where b.unit_id = u.id and b.status in ${LIVE_STATUSES}
            and tstzrange(b.blocked_from, b.blocked_until, '[)') && tstzrange(c."from", c."until", '[)')))
    order by c.i`,
  );
  return found.map((r) => periods[Number(r.i)]).filter((p): p is Period => !!p);
}

/** Whether a quota limits this booking (and was not set aside for it). */
function quotasApply(rules: Rules, skip: ReadonlySet<string>): boolean {
  return (rules.maxConcurrent !== null && !skip.has("maxConcurrent")) || (rules.maxDaysPerMonth !== null && !skip.has("maxDaysPerMonth"));
}

/** The person's bookings that count against the library's quotas (their own lock keeps two requests from both passing). */
async function checkQuotas(tx: Executor, library: Library, personId: string, rules: Rules, period: Period, skip: ReadonlySet<string>) {
  if (!quotasApply(rules, skip)) return;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`sharing-quota:${library.id}:${personId}`}, 0))`);
  const monthStart = period.start.toZonedDateTimeISO(library.timeZone).toPlainDate().with({ day: 1 });
  const [row] = await rowsOf<{ live: number; month_days: number }>(
    tx,
    sql`
      select count(*) filter (where b.ends_at > triarchy_now())::int as live,
             coalesce(sum(greatest(1, ceil(extract(epoch from (b.ends_at - b.starts_at)) / 86400.0))) filter (
               where b.starts_at >= ${monthStart.toZonedDateTime({ timeZone: library.timeZone }).toInstant().toString()}::timestamptz
                 and b.starts_at < ${monthStart.add({ months: 1 }).toZonedDateTime({ timeZone: library.timeZone }).toInstant().toString()}::timestamptz), 0)::int as month_days
      from bookings b where b.library_id = ${library.id}::uuid and b.person_id = ${personId}::uuid and b.status in ${LIVE_STATUSES}`,
  );
  if (rules.maxConcurrent !== null && !skip.has("maxConcurrent") && Number(row?.live ?? 0) >= rules.maxConcurrent) {
    throw AppError.validation("body", t("maxConcurrent", { max: rules.maxConcurrent }));
  }
  if (
    rules.maxDaysPerMonth !== null &&
    !skip.has("maxDaysPerMonth") &&
    Number(row?.month_days ?? 0) + period.days > rules.maxDaysPerMonth
  ) {
    throw AppError.validation("body", t("maxDaysPerMonth", { max: rules.maxDaysPerMonth }));
  }
}

const RULE_NAMES = new Set([
  "leadMinutes",
  "horizonDays",
  "minLength",
  "maxLength",
  "openingHours",
  "dueOnOpenDays",
  "slotMinutes",
  "maxConcurrent",
  "maxDaysPerMonth",
  "eligibility",
]);

/**
 * What booking and joining a waitlist share: the library, the type and its rules, who is asking and
 * whether they may, the period in the library's time zone, and every rule about time and quotas.
 */
export async function prepareBooking(tx: Executor, actor: Actor | null, librarySlug: string, typeSlug: string, input: NewBooking) {
  const { library, type, standing, approved, closed } = await bookingContext(tx, actor, librarySlug, typeSlug, input);
  const rules = rulesFor(library.rules, type.rules);
  let skip = new Set<string>();
  let override: { rules: string[]; reason: string; by: string } | null = null;
  if (input.override) {
    if (!canKeepDesk(actor, standing)) throw AppError.forbidden(t("deskOnly"));
    const unknown = input.override.rules.find((r) => !RULE_NAMES.has(r));
    if (unknown) throw AppError.validation("body.override.rules", t("unknownRule", { rule: unknown }));
    skip = new Set(input.override.rules);
    override = { rules: input.override.rules, reason: input.override.reason, by: actor?.id ?? "" };
  }
  const me = skip.has("eligibility") && actor ? actor : authorizeBorrow(actor, { rule: rules.eligibility, standing, approved });
  const period = requestedPeriod(rules, library.timeZone, input);
  const now = Temporal.Instant.fromEpochMilliseconds(nowMs());
  const today = now.toZonedDateTimeISO(library.timeZone).toPlainDate();
  checkTimeRules(rules, { timeZone: library.timeZone, openingHours: library.openingHours, closed }, period, now, skip);
  return { library, type, rules, period, me, now, today, skip, override };
}

/**
 * The days a request can touch, known before its library's time zone is: a day either side of the
 * dates or instants it names (a local date is never more than a day from its UTC one).
 */
function roughDays(input: NewBooking): { from: string; to: string } | null {
  const days: Temporal.PlainDate[] = [];
  for (const v of [input.firstDay, input.lastDay]) {
    try {
      if (v) days.push(Temporal.PlainDate.from(v));
    } catch {
      // An unreadable date is refused, naming its field, once the rules are known (requestedPeriod).
    }
  }
  for (const v of [input.startsAt, input.endsAt]) {
    try {
      if (v) days.push(Temporal.Instant.from(v).toZonedDateTimeISO("UTC").toPlainDate());
    } catch {
      // As above.
    }
  }
  if (!days.length) return null;
  const sorted = days.sort(Temporal.PlainDate.compare);
  return {
    from: (sorted[0] as Temporal.PlainDate).subtract({ days: 1 }).toString(),
    to: (sorted.at(-1) as Temporal.PlainDate).add({ days: 1 }).toString(),
  };
}

/** One statement, its text built once per process and planned once per connection (preparedSql). */
const contextStatement = () => sql`
  select to_jsonb(l.*) as library, to_jsonb(t.*) as type,
         (select m.role from memberships m where m.organization_id = l.organization_id and m.person_id = ${p("person")}::uuid) as role,
         (select m.status from memberships m where m.organization_id = l.organization_id and m.person_id = ${p("person")}::uuid) as status,
         exists (select 1 from borrowing_approvals a where a.type_id = t.id and a.person_id = ${p("person")}::uuid) as approved,
         (select coalesce(array_agg(c.day::text), '{}'::text[]) from library_closures c
          where c.library_id = l.id and c.day between ${p("from")}::date and ${p("to")}::date) as closed
  from libraries l left join resource_types t on t.library_id = l.id and t.slug = ${p("type")}::text
  where l.slug = ${p("library")}::text
  limit 1`;

interface ContextRow {
  library: Record<string, unknown>;
  type: Record<string, unknown> | null;
  role: Standing["role"];
  status: Standing["status"];
  approved: boolean;
  closed: string[] | null;
}

const text = (v: unknown) => (v === null || v === undefined ? null : String(v));

/** A `to_jsonb(libraries.*)` row as the table's type. */
function libraryFromJson(j: Record<string, unknown>): Library {
  return {
    id: String(j.id),
    organizationId: String(j.organization_id),
    slug: String(j.slug),
    name: String(j.name),
    description: String(j.description),
    timeZone: String(j.time_zone),
    currency: String(j.currency),
    address: String(j.address),
    latitude: text(j.latitude),
    longitude: text(j.longitude),
    openingHours: j.opening_hours as Library["openingHours"],
    rules: j.rules as Library["rules"],
    createdBy: text(j.created_by),
    createdAt: instant(j.created_at),
    updatedAt: instant(j.updated_at),
  };
}

/** A `to_jsonb(resource_types.*)` row as the table's type. */
function typeFromJson(j: Record<string, unknown>): ResourceType {
  return {
    id: String(j.id),
    libraryId: String(j.library_id),
    slug: String(j.slug),
    name: String(j.name),
    kind: j.kind as ResourceType["kind"],
    categoryId: text(j.category_id),
    description: String(j.description),
    careNotes: String(j.care_notes),
    photos: Array.isArray(j.photos) ? j.photos.map(String) : [],
    replacementPrice: j.replacement_price === null || j.replacement_price === undefined ? null : BigInt(String(j.replacement_price)),
    rules: (j.rules ?? {}) as ResourceType["rules"],
    createdAt: instant(j.created_at),
    updatedAt: instant(j.updated_at),
  };
}

/** The library, the type, the asker's standing and approval, and the closed days around the request, in one query. */
async function bookingContext(tx: Executor, actor: Actor | null, librarySlug: string, typeSlug: string, input: NewBooking) {
  const person = actor?.id ?? null;
  const days = roughDays(input);
  const [row] = await preparedSql<ContextRow>(tx, "sharing_booking_context", contextStatement).execute({
    person,
    from: days?.from ?? null,
    to: days?.to ?? null,
    type: typeSlug.toLowerCase(),
    library: librarySlug.toLowerCase(),
  });
  if (!row) throw AppError.notFound(t("library"));
  if (!row.type) throw AppError.notFound(t("resourceType"));
  return {
    library: libraryFromJson(row.library),
    type: typeFromJson(row.type),
    standing: { role: row.role ?? null, status: row.status ?? null },
    approved: !!row.approved,
    closed: new Set<string>(row.closed ?? []),
  };
}

/**
 * Books a unit of a type for a person. Every rule is checked before anything is written, each refusal
 * naming its field and rule; the hold itself is the database's (bookings_no_overlap). When nothing is
 * free the answer is a 409 that lists the next free periods of the same length.
 */
export async function book(db: Db, actor: Actor | null, librarySlug: string, typeSlug: string, input: NewBooking) {
  const prepared = await prepareBooking(db, actor, librarySlug, typeSlug, input);
  // With a quota, the person's lock and count share the write's transaction. Without one the write is a
  // single statement (the hold and its activity row), which needs no transaction around it: under READ
  // COMMITTED one would not hold what the context read either, and the exclusion constraint decides.
  if (!quotasApply(prepared.rules, prepared.skip)) return holdOrRefuse(db, prepared, input);
  return db.transaction(async (tx) => {
    await checkQuotas(tx, prepared.library, prepared.me.id, prepared.rules, prepared.period, prepared.skip);
    return holdOrRefuse(tx, prepared, input);
  });
}

/** Holds the first free unit (or the one asked for), or refuses with the next free periods. */
async function holdOrRefuse(ex: Executor, prepared: Awaited<ReturnType<typeof prepareBooking>>, input: NewBooking) {
  const { library, type, rules, period, me, now, today, override } = prepared;
  const args = {
    typeId: type.id,
    unitId: input.unit ?? null,
    personId: me.id,
    period,
    block: blocked(rules, period),
    fee: feeFor(rules, period),
    deposit: BigInt(rules.deposit),
    note: input.note ?? "",
    override,
    // The borrower's own row (and the owner's, who decides a request): the public calendar shows busy and free, never who booked.
    log: {
      actorId: me.id,
      organizationId: library.organizationId,
      data: { library: library.slug, type: type.slug, override: override?.rules ?? [] },
    },
  };
  let booking: Booking | undefined;
  try {
    // Each miss is a unit someone else took meanwhile; there are never more misses than units.
    for (let attempt = 0; attempt < 50 && !booking; attempt++) {
      booking = await holdFreeUnit(ex, args);
      if (!booking && !(await freeAmong(ex, type.id, rules, [period])).length) break;
    }
  } catch (err) {
    throw integrityProblem(err, { bookings_unit_in_service: { path: "body.unit", message: t("unitOutOfService") } }) ?? err;
  }
  if (!booking) {
    const cal = await calendarOf(ex, library, today, rules.horizonDays + period.days + 1);
    const after = candidatesAfter(rules, cal, period, now, 200);
    const free = (await freeAmong(ex, type.id, rules, after)).slice(0, 3);
    const err = AppError.conflict(t(free.length ? "nothingFree" : "nothingFreeAtAll"), input.unit ? "body.unit" : undefined);
    err.extensions.nextFree = free.map((p) => ({ startsAt: p.start.toString(), endsAt: p.end.toString() }));
    throw err;
  }
  return { booking, library, type };
}

/** Cancels a booking not yet checked out: by its borrower or the desk. What it frees goes to the waitlist. */
export async function cancelBooking(db: Db, actor: Actor | null, id: string) {
  return db.transaction(async (tx) => {
    const [booking] = await tx.select().from(bookings).where(eq(bookings.id, id)).for("update");
    if (!booking) throw AppError.notFound(t("booking"));
    const [library] = await tx.select().from(librariesTable).where(eq(librariesTable.id, booking.libraryId));
    if (!library) throw AppError.notFound(t("library"));
    const me = authorizeOwnBooking(actor, booking.personId, await libraryStanding(tx, library, actor));
    if (booking.status !== "requested" && booking.status !== "confirmed")
      throw AppError.conflict(t("notCancellable", { status: booking.status }));
    const [row] = await tx
      .update(bookings)
      .set({ status: "cancelled", updatedAt: sql`triarchy_written_at()` })
      .where(eq(bookings.id, id))
      .returning();
    await recordActivity(tx, {
      actorId: me.id,
      verb: "booking.cancelled",
      objectType: "booking",
      objectId: id,
      organizationId: library.organizationId,
      visibility: "private",
      // Cancelled by the desk, the borrower hears of it.
      audience: me.id === booking.personId ? [] : [booking.personId],
      data: { library: library.slug },
    });
    await offerFreedUnits(tx, booking.typeId);
    const [type] = await tx.select({ slug: resourceTypes.slug }).from(resourceTypes).where(eq(resourceTypes.id, booking.typeId));
    return { booking: row ?? booking, library, type: type ?? { slug: "" } };
  });
}
