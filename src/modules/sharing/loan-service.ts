import { and, eq, isNull, sql } from "drizzle-orm";
import { integrityProblem } from "../../db/errors.ts";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { nowMs } from "../../now.ts";
import { requireActor } from "../accounts/policy.ts";
import { recordActivity } from "../activity/service.ts";
import { libraryStanding, unitContext } from "./library-service.ts";
import { t } from "./messages.ts";
import { chargeAtCheckOut, settleAtCheckIn } from "./money.ts";
import { authorizeDesk } from "./policy.ts";
import { rulesFor } from "./rules.ts";
import {
  type Booking,
  bookings,
  type Library,
  type Loan,
  libraries,
  loans,
  problemReports,
  resourceTypes,
  resourceUnits,
} from "./schema.ts";
import type { CONDITIONS, PROBLEM_SEVERITIES, WITHOUT_LOAN_ANSWERS } from "./values.ts";
import { offerFreedUnits } from "./waitlist-service.ts";

type Condition = (typeof CONDITIONS)[number];

/** "Cargo bike CB-2": what a unit is called in the books and at the desk. */
async function unitLabel(tx: Executor, unitId: string) {
  const [row] = await tx
    .select({ name: resourceTypes.name, code: resourceUnits.code })
    .from(resourceUnits)
    .innerJoin(resourceTypes, eq(resourceTypes.id, resourceUnits.typeId))
    .where(eq(resourceUnits.id, unitId));
  return row ? `${row.name} ${row.code}` : "";
}

/** A booking with its library, locked for a change of its state. */
export async function lockedBooking(tx: Executor, id: string): Promise<{ booking: Booking; library: Library }> {
  const [booking] = await tx.select().from(bookings).where(eq(bookings.id, id)).for("update");
  if (!booking) throw AppError.notFound(t("booking"));
  const [library] = await tx.select().from(libraries).where(eq(libraries.id, booking.libraryId));
  if (!library) throw AppError.notFound(t("library"));
  return { booking, library };
}

async function lockedLoan(tx: Executor, id: string) {
  const [loan] = await tx.select().from(loans).where(eq(loans.id, id)).for("update");
  if (!loan) throw AppError.notFound(t("loan"));
  return { loan, ...(await unitContext(tx, loan.unitId, { what: "loan" })) };
}

/**
 * The desk hands a booked unit to its borrower: custody moves to them (one open loan per unit, by the
 * database), the condition is noted, and the booking becomes active. Due at the booking's end.
 */
export async function checkOut(
  db: Db,
  actor: Actor | null,
  bookingId: string,
  input: { condition: Condition; notes?: string | undefined },
) {
  return db.transaction(async (tx) => {
    const { booking, library } = await lockedBooking(tx, bookingId);
    const me = authorizeDesk(actor, await libraryStanding(tx, library, actor));
    if (booking.status !== "confirmed") throw AppError.conflict(t("notConfirmed", { status: booking.status }));
    let loan: Loan | undefined;
    try {
      [loan] = await tx
        .insert(loans)
        .values({
          unitId: booking.unitId,
          bookingId: booking.id,
          custodianId: booking.personId,
          dueAt: booking.endsAt,
          conditionOut: input.condition,
          notesOut: input.notes ?? "",
          checkedOutBy: me.id,
        })
        .returning();
    } catch (err) {
      throw (
        integrityProblem(err, {
          loans_one_open_per_unit: { path: "path.id", message: t("unitStillOut") },
          loans_unit_in_service: { path: "path.id", message: t("unitOutOfService") },
        }) ?? err
      );
    }
    if (!loan) throw new Error("insert returned no loan");
    await chargeAtCheckOut(tx, me, library, booking, await unitLabel(tx, booking.unitId));
    await tx.update(bookings).set({ status: "active", updatedAt: sql`triarchy_written_at()` }).where(eq(bookings.id, booking.id));
    await tx
      .update(resourceUnits)
      .set({ condition: input.condition, updatedAt: sql`triarchy_written_at()` })
      .where(eq(resourceUnits.id, booking.unitId));
    await recordActivity(tx, {
      actorId: me.id,
      verb: "loan.checked_out",
      objectType: "loan",
      objectId: loan.id,
      organizationId: library.organizationId,
      visibility: "private",
      audience: [booking.personId],
      data: { library: library.slug, dueAt: loan.dueAt.toISOString() },
    });
    return { loan, library };
  });
}

export interface CheckIn {
  condition: Condition;
  notes?: string | undefined;
  /** A problem seen at the desk, recorded with the return. */
  problem?: { severity: (typeof PROBLEM_SEVERITIES)[number]; note: string } | undefined;
}

/**
 * The unit comes back: custody ends, the condition is recorded, the booking is returned, a maintenance
 * plan may hold the unit, and what it frees is offered to the waitlist.
 */
export async function checkIn(db: Db, actor: Actor | null, loanId: string, input: CheckIn) {
  return db.transaction(async (tx) => {
    const { loan, unit, type, library } = await lockedLoan(tx, loanId);
    const me = authorizeDesk(actor, await libraryStanding(tx, library, actor));
    if (loan.checkedInAt) throw AppError.conflict(t("alreadyReturned"));
    const [closed] = await tx
      .update(loans)
      .set({ checkedInAt: sql`triarchy_now()`, conditionIn: input.condition, notesIn: input.notes ?? "", checkedInBy: me.id })
      .where(and(eq(loans.id, loan.id), isNull(loans.checkedInAt)))
      .returning();
    if (!closed) throw AppError.conflict(t("alreadyReturned"));
    if (loan.bookingId) {
      // A returned booking holds nothing (bookings_no_overlap counts only live ones): returned early, the rest of its period is free.
      await tx.update(bookings).set({ status: "returned", updatedAt: sql`triarchy_written_at()` }).where(eq(bookings.id, loan.bookingId));
    }
    const rules = rulesFor(library.rules, type.rules);
    const [booking] = loan.bookingId ? await tx.select().from(bookings).where(eq(bookings.id, loan.bookingId)) : [];
    const late = await settleAtCheckIn(
      tx,
      me,
      library,
      booking,
      { dueAt: loan.dueAt, checkedInAt: closed.checkedInAt ?? new Date(nowMs()) },
      rules.lateFeePerDay,
      `${type.name} ${unit.code}`,
    );
    const plan = rules.maintenanceEveryLoans;
    const dueForCheck = typeof plan === "number" && unit.loansSinceCheck + 1 >= plan;
    await tx
      .update(resourceUnits)
      .set({
        condition: input.condition,
        loansSinceCheck: sql`${resourceUnits.loansSinceCheck} + 1`,
        status: dueForCheck && unit.status === "available" ? "maintenance" : unit.status,
        updatedAt: sql`triarchy_written_at()`,
      })
      .where(eq(resourceUnits.id, unit.id));
    await recordActivity(tx, {
      actorId: me.id,
      verb: "loan.returned",
      objectType: "loan",
      objectId: loan.id,
      organizationId: library.organizationId,
      visibility: "private",
      audience: [loan.custodianId],
      data: { library: library.slug, condition: input.condition, daysLate: late.lateDays, lateFee: String(late.lateFee) },
    });
    if (input.problem) await reportProblemIn(tx, me, library, unit.id, loan.id, input.problem);
    await offerFreedUnits(tx, type.id);
    return { loan: closed, library };
  });
}

/** The one question asked after a return, answered by the borrower (once). */
export async function answerAfterReturn(db: Db, actor: Actor | null, loanId: string, answer: (typeof WITHOUT_LOAN_ANSWERS)[number]) {
  return db.transaction(async (tx) => {
    const me = requireActor(actor);
    const { loan } = await lockedLoan(tx, loanId);
    if (loan.custodianId !== me.id) throw AppError.forbidden(t("ownLoansOnly"));
    if (!loan.checkedInAt) throw AppError.conflict(t("answerAfterReturn"));
    if (loan.withoutLoan) throw AppError.conflict(t("alreadyAnswered"));
    const [row] = await tx.update(loans).set({ withoutLoan: answer }).where(eq(loans.id, loan.id)).returning();
    return row ?? loan;
  });
}

/**
 * A report on a unit. Out of service takes the unit out: no new bookings (the database's
 * bookings_fill), its future bookings flagged, and each of their borrowers told (the activity's
 * audience), as are the library's stewards through the organization's feed.
 */
export async function reportProblemIn(
  tx: Executor,
  me: Actor,
  library: Library,
  unitId: string,
  loanId: string | null,
  input: { severity: (typeof PROBLEM_SEVERITIES)[number]; note: string; photo?: string | undefined },
) {
  const [report] = await tx
    .insert(problemReports)
    .values({ unitId, loanId, reporterId: me.id, severity: input.severity, note: input.note, photo: input.photo ?? null })
    .returning();
  if (!report) throw new Error("insert returned no report");
  let affected: string[] = [];
  if (input.severity === "out_of_service") {
    await tx
      .update(resourceUnits)
      .set({ status: "out_of_service", updatedAt: sql`triarchy_written_at()` })
      .where(eq(resourceUnits.id, unitId));
    const flagged = await tx
      .update(bookings)
      .set({ affectedAt: sql`triarchy_now()`, updatedAt: sql`triarchy_written_at()` })
      .where(
        and(eq(bookings.unitId, unitId), sql`${bookings.status} in ('requested', 'confirmed')`, sql`${bookings.endsAt} > triarchy_now()`),
      )
      .returning({ personId: bookings.personId });
    affected = [...new Set(flagged.map((b) => b.personId))];
  }
  await recordActivity(tx, {
    actorId: me.id,
    verb: input.severity === "out_of_service" ? "unit.out_of_service" : "unit.problem_reported",
    objectType: "resource_unit",
    objectId: unitId,
    organizationId: library.organizationId,
    visibility: "members",
    data: { library: library.slug, severity: input.severity, affectedBookings: affected.length },
  });
  if (affected.length) {
    await recordActivity(tx, {
      actorId: me.id,
      verb: "booking.affected",
      objectType: "resource_unit",
      objectId: unitId,
      organizationId: library.organizationId,
      visibility: "private",
      audience: affected,
      data: { library: library.slug },
    });
  }
  return report;
}
