import { and, asc, eq, inArray, lt, sql } from "drizzle-orm";
import { Temporal } from "temporal-polyfill";
import { isUniqueViolation } from "../../db/errors.ts";
import { rowsOf } from "../../db/rows.ts";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { nowMs } from "../../now.ts";
import { requireActor } from "../accounts/policy.ts";
import { recordActivity } from "../activity/service.ts";
import { freeAmong, holdFreeUnit, prepareBooking } from "./booking-service.ts";
import type { NewBooking } from "./inputs.ts";
import { typeContext } from "./library-service.ts";
import { t } from "./messages.ts";
import { blocked, feeFor, storedPeriod } from "./periods.ts";
import { rulesFor } from "./rules.ts";
import { bookings, waitlistEntries } from "./schema.ts";

const LIVE = ["waiting", "offered"] as const;

/**
 * Joins the type's waitlist for a period nothing can hold now. The same rules as a booking apply
 * (eligibility, times, lengths); one live place per person and type (the database's unique index).
 */
export async function joinWaitlist(db: Db, actor: Actor | null, librarySlug: string, typeSlug: string, input: NewBooking) {
  return db.transaction(async (tx) => {
    const { library, type, rules, period, me } = await prepareBooking(tx, actor, librarySlug, typeSlug, input);
    if ((await freeAmong(tx, type.id, rules, [period])).length) throw AppError.conflict(t("freeNow"));
    try {
      const [entry] = await tx
        .insert(waitlistEntries)
        .values({
          typeId: type.id,
          personId: me.id,
          startsAt: new Date(period.start.epochMilliseconds),
          endsAt: new Date(period.end.epochMilliseconds),
        })
        .returning();
      if (!entry) throw new Error("insert returned no entry");
      await recordActivity(tx, {
        actorId: me.id,
        verb: "waitlist.joined",
        objectType: "waitlist_entry",
        objectId: entry.id,
        organizationId: library.organizationId,
        visibility: "private",
        data: { library: library.slug, type: type.slug },
      });
      return { entry, position: await positionOf(tx, entry.typeId, entry.position), library, type };
    } catch (err) {
      if (isUniqueViolation(err, "waitlist_one_live_per_person")) throw AppError.conflict(t("alreadyWaiting"));
      throw err;
    }
  });
}

/** One's place: 1 for the first of the live entries of the type. */
export async function positionOf(tx: Executor, typeId: string, position: number): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(
    tx,
    sql`select count(*)::int as n from waitlist_entries where type_id = ${typeId}::uuid and status in ('waiting', 'offered') and position <= ${position}`,
  );
  return Number(row?.n ?? 0);
}

/**
 * Offers what is free to the waitlist, first in line first: each waiting entry whose period a unit can
 * now hold is given a booking of it, held for the rules' pickup window (`offerHours`); an entry whose
 * period has passed leaves the line. Runs in the transaction that freed something.
 */
export async function offerFreedUnits(tx: Executor, typeId: string) {
  const { type, library } = await typeContext(tx, typeId);
  const rules = rulesFor(library.rules, type.rules);
  const waiting = await tx
    .select()
    .from(waitlistEntries)
    .where(and(eq(waitlistEntries.typeId, typeId), eq(waitlistEntries.status, "waiting")))
    .orderBy(asc(waitlistEntries.position))
    .for("update", { skipLocked: true });
  const now = nowMs();
  for (const entry of waiting) {
    if (entry.endsAt.getTime() <= now) {
      await tx
        .update(waitlistEntries)
        .set({ status: "lapsed", updatedAt: sql`triarchy_written_at()` })
        .where(eq(waitlistEntries.id, entry.id));
      continue;
    }
    const period = storedPeriod(library.timeZone, entry.startsAt, entry.endsAt);
    const booking = await holdFreeUnit(tx, {
      typeId,
      unitId: null,
      personId: entry.personId,
      period,
      block: blocked(rules, period),
      fee: feeFor(rules, period),
      deposit: BigInt(rules.deposit),
      note: "",
      override: null,
    });
    if (!booking) continue;
    const expires = Temporal.Instant.fromEpochMilliseconds(now).add({ hours: rules.offerHours });
    await tx
      .update(waitlistEntries)
      .set({
        status: "offered",
        offeredUnitId: booking.unitId,
        bookingId: booking.id,
        offerExpiresAt: new Date(expires.epochMilliseconds),
        updatedAt: sql`triarchy_written_at()`,
      })
      .where(eq(waitlistEntries.id, entry.id));
    await recordActivity(tx, {
      actorId: null,
      verb: "waitlist.offered",
      objectType: "waitlist_entry",
      objectId: entry.id,
      organizationId: library.organizationId,
      visibility: "private",
      audience: [entry.personId],
      data: { library: library.slug, type: type.slug, expiresAt: expires.toString() },
    });
  }
}

async function lockedEntry(tx: Executor, id: string) {
  const [entry] = await tx.select().from(waitlistEntries).where(eq(waitlistEntries.id, id)).for("update");
  if (!entry) throw AppError.notFound(t("waitlistEntry"));
  return entry;
}

/** The person takes the unit offered: the booking made for them stays, and they leave the line. */
export async function acceptOffer(db: Db, actor: Actor | null, id: string) {
  return db.transaction(async (tx) => {
    const me = requireActor(actor);
    const entry = await lockedEntry(tx, id);
    if (entry.personId !== me.id) throw AppError.forbidden(t("ownPlaceOnly"));
    if (entry.status !== "offered" || !entry.offerExpiresAt || entry.offerExpiresAt.getTime() <= nowMs())
      throw AppError.conflict(t("noOffer"));
    const [row] = await tx
      .update(waitlistEntries)
      .set({ status: "booked", offerExpiresAt: null, offeredUnitId: null, updatedAt: sql`triarchy_written_at()` })
      .where(eq(waitlistEntries.id, id))
      .returning();
    return row ?? entry;
  });
}

/** The person leaves the line; an offer they held passes to the next. */
export async function leaveWaitlist(db: Db, actor: Actor | null, id: string) {
  return db.transaction(async (tx) => {
    const me = requireActor(actor);
    const entry = await lockedEntry(tx, id);
    if (entry.personId !== me.id) throw AppError.forbidden(t("ownPlaceOnly"));
    if (!(LIVE as readonly string[]).includes(entry.status)) throw AppError.conflict(t("notWaiting"));
    await release(tx, entry, "left");
    await offerFreedUnits(tx, entry.typeId);
  });
}

async function release(tx: Executor, entry: typeof waitlistEntries.$inferSelect, status: "left" | "lapsed") {
  if (entry.status === "offered" && entry.bookingId) {
    await tx
      .update(bookings)
      .set({ status: "cancelled", updatedAt: sql`triarchy_written_at()` })
      .where(and(eq(bookings.id, entry.bookingId), inArray(bookings.status, ["confirmed", "requested"])));
  }
  await tx
    .update(waitlistEntries)
    .set({ status, offerExpiresAt: null, offeredUnitId: null, updatedAt: sql`triarchy_written_at()` })
    .where(eq(waitlistEntries.id, entry.id));
}

/** The clock's round: offers not taken in time lapse, and what they held passes to the next in line. */
export async function lapseWaitlistOffers(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    const lapsed = await tx
      .select()
      .from(waitlistEntries)
      .where(and(eq(waitlistEntries.status, "offered"), lt(waitlistEntries.offerExpiresAt, sql`triarchy_now()`)))
      .for("update", { skipLocked: true });
    for (const entry of lapsed) await release(tx, entry, "lapsed");
    for (const typeId of new Set(lapsed.map((e) => e.typeId))) await offerFreedUnits(tx, typeId);
    return lapsed.length;
  });
}

/** A person's live places, with their position in each line. */
export async function myWaitlist(db: Db, actor: Actor | null) {
  const me = requireActor(actor);
  return rowsOf<{
    id: string;
    library: string;
    resource: string;
    status: string;
    startsAt: Date;
    endsAt: Date;
    offerExpiresAt: Date | null;
    bookingId: string | null;
    position: number;
  }>(
    db,
    sql`select w.id, l.slug as library, t.slug as resource, w.status, w.starts_at as "startsAt", w.ends_at as "endsAt",
               w.offer_expires_at as "offerExpiresAt", w.booking_id as "bookingId",
               (select count(*)::int from waitlist_entries o where o.type_id = w.type_id and o.status in ('waiting', 'offered') and o.position <= w.position) as position
        from waitlist_entries w join resource_types t on t.id = w.type_id join libraries l on l.id = t.library_id
        where w.person_id = ${me.id}::uuid and w.status in ('waiting', 'offered')
        order by w.starts_at`,
  );
}
