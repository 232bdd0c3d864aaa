import { and, eq, isNull, sql } from "drizzle-orm";
import { Temporal } from "temporal-polyfill";
import { integrityProblem } from "../../db/errors.ts";
import type { Db } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { requireActor } from "../accounts/policy.ts";
import { people } from "../accounts/schema.ts";
import { recordActivity } from "../activity/service.ts";
import { findLibrary, findType, libraryStanding, unitContext } from "./library-service.ts";
import { lockedBooking, reportProblemIn } from "./loan-service.ts";
import { t } from "./messages.ts";
import { blocked, storedPeriod } from "./periods.ts";
import { authorizeDecideRequest, authorizeDesk, authorizeOwnBooking, authorizeRunLibrary, canKeepDesk } from "./policy.ts";
import { rulesFor } from "./rules.ts";
import { bookings, borrowingApprovals, libraryClosures, loans, problemReports, resourceTypes, resourceUnits } from "./schema.ts";
import type { PROBLEM_SEVERITIES } from "./values.ts";
import { offerFreedUnits } from "./waitlist-service.ts";

/** The owner of a lent unit (or the desk) approves or declines a request to borrow it. */
export async function decideRequest(db: Db, actor: Actor | null, bookingId: string, approve: boolean) {
  return db.transaction(async (tx) => {
    const { booking, library } = await lockedBooking(tx, bookingId);
    const [unit] = await tx.select().from(resourceUnits).where(eq(resourceUnits.id, booking.unitId));
    const me = authorizeDecideRequest(actor, unit?.ownerPersonId ?? null, await libraryStanding(tx, library, actor));
    if (booking.status !== "requested") throw AppError.conflict(t("notRequested", { status: booking.status }));
    const [row] = await tx
      .update(bookings)
      .set({ status: approve ? "confirmed" : "declined", updatedAt: sql`triarchy_written_at()` })
      .where(eq(bookings.id, booking.id))
      .returning();
    await recordActivity(tx, {
      actorId: me.id,
      verb: approve ? "booking.approved" : "booking.declined",
      objectType: "booking",
      objectId: booking.id,
      organizationId: library.organizationId,
      visibility: "private",
      audience: [booking.personId],
      data: { library: library.slug },
    });
    if (!approve) await offerFreedUnits(tx, booking.typeId);
    return { booking: row ?? booking, library };
  });
}

/**
 * Shortens or extends a booking to a new end (same rules of granularity; an extension only into time
 * the unit is free, which the exclusion constraint decides). By its borrower or the desk.
 */
export async function changeBookingEnd(
  db: Db,
  actor: Actor | null,
  bookingId: string,
  end: { lastDay?: string | undefined; endsAt?: string | undefined },
) {
  return db.transaction(async (tx) => {
    const { booking, library } = await lockedBooking(tx, bookingId);
    const me = authorizeOwnBooking(actor, booking.personId, await libraryStanding(tx, library, actor));
    if (!["requested", "confirmed", "active"].includes(booking.status))
      throw AppError.conflict(t("notChangeable", { status: booking.status }));
    const [type] = await tx.select().from(resourceTypes).where(eq(resourceTypes.id, booking.typeId));
    const rules = rulesFor(library.rules, type?.rules ?? {});
    let newEnd: Temporal.Instant;
    if (rules.granularity === "day") {
      if (!end.lastDay) throw AppError.validation("body.lastDay", t("dayBooking"));
      let day: Temporal.PlainDate;
      try {
        day = Temporal.PlainDate.from(end.lastDay);
      } catch {
        throw AppError.validation("body.lastDay", t("day"));
      }
      newEnd = day.add({ days: 1 }).toZonedDateTime({ timeZone: library.timeZone }).toInstant();
    } else {
      if (!end.endsAt) throw AppError.validation("body.endsAt", t("slotBooking"));
      try {
        newEnd = Temporal.Instant.from(end.endsAt);
      } catch {
        throw AppError.validation("body.endsAt", t("instant"));
      }
    }
    const field = rules.granularity === "day" ? "body.lastDay" : "body.endsAt";
    const period = storedPeriod(library.timeZone, booking.startsAt, new Date(newEnd.epochMilliseconds));
    if (period.minutes <= 0) throw AppError.validation(field, t("notEnded"));
    const length = rules.granularity === "day" ? period.days : period.minutes;
    if (length > rules.maxLength && !canKeepDesk(actor, await libraryStanding(tx, library, actor, false))) {
      throw AppError.validation(field, t(rules.granularity === "day" ? "maxDays" : "maxMinutes", { max: rules.maxLength }));
    }
    const until = blocked(rules, period).until;
    let row: typeof bookings.$inferSelect | undefined;
    try {
      [row] = await tx
        .update(bookings)
        .set({
          endsAt: new Date(period.end.epochMilliseconds),
          blockedUntil: new Date(until.epochMilliseconds),
          updatedAt: sql`triarchy_written_at()`,
        })
        .where(eq(bookings.id, booking.id))
        .returning();
    } catch (err) {
      throw (
        integrityProblem(err, {
          bookings_no_overlap: { path: field, message: t("extendTaken") },
          bookings_unit_in_service: { path: field, message: t("unitOutOfService") },
        }) ?? err
      );
    }
    if (booking.status === "active") {
      await tx
        .update(loans)
        .set({ dueAt: new Date(period.end.epochMilliseconds) })
        .where(and(eq(loans.bookingId, booking.id), isNull(loans.checkedInAt)));
    }
    await recordActivity(tx, {
      actorId: me.id,
      verb: "booking.changed",
      objectType: "booking",
      objectId: booking.id,
      organizationId: library.organizationId,
      visibility: "private",
      audience: me.id === booking.personId ? [] : [booking.personId],
      data: { library: library.slug, endsAt: period.end.toString() },
    });
    if (Temporal.Instant.compare(period.end, Temporal.Instant.fromEpochMilliseconds(booking.endsAt.getTime())) < 0) {
      await offerFreedUnits(tx, booking.typeId);
    }
    return { booking: row ?? booking, library, type: { slug: type?.slug ?? "" } };
  });
}

/** A problem reported on a unit, by someone who has borrowed it or by the desk. */
export async function reportProblem(
  db: Db,
  actor: Actor | null,
  unitId: string,
  input: { severity: (typeof PROBLEM_SEVERITIES)[number]; note: string; photo?: string | undefined },
) {
  return db.transaction(async (tx) => {
    const me = requireActor(actor);
    const { library } = await unitContext(tx, unitId, { lock: true });
    const desk = canKeepDesk(me, await libraryStanding(tx, library, me));
    const [borrowed] = await tx
      .select({ id: loans.id })
      .from(loans)
      .where(and(eq(loans.unitId, unitId), eq(loans.custodianId, me.id)))
      .orderBy(sql`${loans.checkedOutAt} desc`)
      .limit(1);
    if (!desk && !borrowed) throw AppError.forbidden(t("reportersOnly"));
    return reportProblemIn(tx, me, library, unitId, borrowed?.id ?? null, input);
  });
}

/**
 * The desk resolves a problem; when no other problem keeps the unit out, it is back in service, and
 * the borrowers whose bookings were flagged hear that it is.
 */
export async function resolveProblem(db: Db, actor: Actor | null, problemId: string, resolution: string) {
  return db.transaction(async (tx) => {
    const [report] = await tx.select().from(problemReports).where(eq(problemReports.id, problemId)).for("update");
    if (!report) throw AppError.notFound(t("problem"));
    const { unit, type, library } = await unitContext(tx, report.unitId, { lock: true, what: "problem" });
    const me = authorizeDesk(actor, await libraryStanding(tx, library, actor));
    if (report.resolvedAt) throw AppError.conflict(t("alreadyResolved"));
    const [resolved] = await tx
      .update(problemReports)
      .set({ resolvedAt: sql`triarchy_now()`, resolvedBy: me.id, resolution })
      .where(eq(problemReports.id, report.id))
      .returning();
    const [stillOut] = await tx
      .select({ id: problemReports.id })
      .from(problemReports)
      .where(and(eq(problemReports.unitId, unit.id), eq(problemReports.severity, "out_of_service"), isNull(problemReports.resolvedAt)));
    if (unit.status === "out_of_service" && !stillOut) {
      await tx
        .update(resourceUnits)
        .set({ status: "available", updatedAt: sql`triarchy_written_at()` })
        .where(eq(resourceUnits.id, unit.id));
      const restored = await tx
        .update(bookings)
        .set({ affectedAt: null, updatedAt: sql`triarchy_written_at()` })
        .where(
          and(eq(bookings.unitId, unit.id), sql`${bookings.affectedAt} is not null`, sql`${bookings.status} in ('requested', 'confirmed')`),
        )
        .returning({ personId: bookings.personId });
      const audience = [...new Set(restored.map((b) => b.personId))];
      await recordActivity(tx, {
        actorId: me.id,
        verb: "unit.back_in_service",
        objectType: "resource_unit",
        objectId: unit.id,
        organizationId: library.organizationId,
        visibility: "members",
        data: { library: library.slug },
      });
      if (audience.length) {
        await recordActivity(tx, {
          actorId: me.id,
          verb: "booking.restored",
          objectType: "resource_unit",
          objectId: unit.id,
          organizationId: library.organizationId,
          visibility: "private",
          audience,
          data: { library: library.slug },
        });
      }
      await offerFreedUnits(tx, type.id);
    }
    return resolved ?? report;
  });
}

/** The desk checked a unit held for maintenance: it is back in service, its loan count starts again. */
export async function markChecked(db: Db, actor: Actor | null, unitId: string) {
  return db.transaction(async (tx) => {
    const { unit, type, library } = await unitContext(tx, unitId, { lock: true });
    const me = authorizeDesk(actor, await libraryStanding(tx, library, actor));
    const [row] = await tx
      .update(resourceUnits)
      .set({
        status: unit.status === "maintenance" ? "available" : unit.status,
        loansSinceCheck: 0,
        lastCheckedAt: sql`triarchy_now()`,
        updatedAt: sql`triarchy_written_at()`,
      })
      .where(eq(resourceUnits.id, unit.id))
      .returning();
    await recordActivity(tx, {
      actorId: me.id,
      verb: "unit.checked",
      objectType: "resource_unit",
      objectId: unit.id,
      organizationId: library.organizationId,
      visibility: "members",
      data: { library: library.slug },
    });
    if (unit.status === "maintenance") await offerFreedUnits(tx, type.id);
    return row ?? unit;
  });
}

/** A steward approves a person for a type whose rules ask for it (a training done). */
export async function approveBorrower(db: Db, actor: Actor | null, librarySlug: string, typeSlug: string, handle: string, note: string) {
  return db.transaction(async (tx) => {
    const library = await findLibrary(tx, librarySlug);
    const me = authorizeRunLibrary(actor, await libraryStanding(tx, library, actor));
    const type = await findType(tx, library, typeSlug);
    const [person] = await tx.select({ id: people.id }).from(people).where(eq(people.handle, handle));
    if (!person) throw AppError.validation("body.person", t("unknownPerson", { handle }));
    await tx
      .insert(borrowingApprovals)
      .values({ typeId: type.id, personId: person.id, approvedBy: me.id, note })
      .onConflictDoUpdate({ target: [borrowingApprovals.typeId, borrowingApprovals.personId], set: { approvedBy: me.id, note } });
    await recordActivity(tx, {
      actorId: me.id,
      verb: "borrower.approved",
      objectType: "resource_type",
      objectId: type.id,
      organizationId: library.organizationId,
      visibility: "private",
      audience: [person.id],
      data: { library: library.slug, type: type.slug },
    });
  });
}

/** The library's closed days (holidays, inventory), replaced as a whole by its stewards. */
export async function setClosures(db: Db, actor: Actor | null, librarySlug: string, days: { day: string; reason?: string | undefined }[]) {
  return db.transaction(async (tx) => {
    const library = await findLibrary(tx, librarySlug);
    authorizeRunLibrary(actor, await libraryStanding(tx, library, actor));
    await tx.delete(libraryClosures).where(eq(libraryClosures.libraryId, library.id));
    if (days.length)
      await tx.insert(libraryClosures).values(days.map((d) => ({ libraryId: library.id, day: d.day, reason: d.reason ?? "" })));
    return library;
  });
}
