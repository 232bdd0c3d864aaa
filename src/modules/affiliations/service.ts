import { and, eq, gte, isNull, lte, ne, or } from "drizzle-orm";
import { z } from "zod";
import { integrityProblem } from "../../db/errors.ts";
import { keyset } from "../../db/keyset.ts";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { decodeCursor, page } from "../../http/pagination.ts";
import { now } from "../../now.ts";
import { requireActor } from "../accounts/policy.ts";
import { people } from "../accounts/schema.ts";
import { recordActivity } from "../activity/service.ts";
import { organizations } from "../organizations/schema.ts";
import { findOrganization, lockedStanding } from "../organizations/service.ts";
import { t } from "./messages.ts";
import { authorizeOwn, authorizeReview } from "./policy.ts";
import { affiliations } from "./schema.ts";

const AFFILIATION_CONFLICTS = {
  affiliations_no_overlap: { path: "body.startsOn", message: t("overlap") },
  affiliations_dates_ordered: { path: "body.endsOn", message: t("datesOrdered") },
};

export interface AffiliationInput {
  enterprise: string;
  startsOn: string;
  endsOn?: string | null;
  note?: string;
}

function checkDates(startsOn: string, endsOn: string | null | undefined) {
  if (endsOn && endsOn < startsOn) throw AppError.validation("body.endsOn", t("datesOrdered"));
}

async function withConflicts<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw integrityProblem(err, AFFILIATION_CONFLICTS) ?? err;
  }
}

export async function claimAffiliation(db: Db, actor: Actor | null, input: AffiliationInput) {
  checkDates(input.startsOn, input.endsOn);
  return withConflicts(() =>
    db.transaction(async (tx) => {
      const me = requireActor(actor);
      const enterprise = await findOrganization(tx, input.enterprise).catch(() => {
        throw AppError.validation("body.enterprise", t("noOrganization", { slug: input.enterprise }));
      });
      if (enterprise.kind !== "enterprise") throw AppError.validation("body.enterprise", t("notEnterprise", { name: enterprise.name }));
      const [row] = await tx
        .insert(affiliations)
        .values({
          personId: me.id,
          enterpriseId: enterprise.id,
          startsOn: input.startsOn,
          endsOn: input.endsOn ?? null,
          note: input.note ?? "",
        })
        .returning();
      if (!row) throw new Error("insert returned no row");
      await recordActivity(tx, {
        actorId: me.id,
        verb: "affiliation.claimed",
        objectType: "affiliation",
        objectId: row.id,
        targetType: "organization",
        targetId: enterprise.id,
        organizationId: enterprise.id,
        data: { slug: enterprise.slug, name: enterprise.name, handle: me.handle, startsOn: row.startsOn, endsOn: row.endsOn },
      });
      return row;
    }),
  );
}

async function loadForUpdate(tx: Executor, id: string) {
  const [row] = await tx
    .select({ a: affiliations, enterprise: organizations })
    .from(affiliations)
    .innerJoin(organizations, eq(organizations.id, affiliations.enterpriseId))
    .where(eq(affiliations.id, id))
    .for("update", { of: affiliations })
    .limit(1);
  if (!row) throw AppError.notFound(t("affiliation"));
  return row;
}

/** Changing the dates makes it a new claim: the enterprise must confirm it again. */
export async function updateAffiliation(
  db: Db,
  actor: Actor | null,
  id: string,
  patch: { startsOn?: string; endsOn?: string | null; note?: string },
) {
  return withConflicts(() =>
    db.transaction(async (tx) => {
      const { a, enterprise } = await loadForUpdate(tx, id);
      const me = authorizeOwn(actor, a.personId);
      const startsOn = patch.startsOn ?? a.startsOn;
      const endsOn = patch.endsOn !== undefined ? patch.endsOn : a.endsOn;
      checkDates(startsOn, endsOn);
      const datesChanged = startsOn !== a.startsOn || endsOn !== a.endsOn;
      const [row] = await tx
        .update(affiliations)
        .set({
          startsOn,
          endsOn,
          note: patch.note ?? a.note,
          ...(datesChanged ? { status: "claimed" as const, reviewNote: "", reviewedBy: null } : {}),
          updatedAt: now(),
        })
        .where(eq(affiliations.id, id))
        .returning();
      await recordActivity(tx, {
        actorId: me.id,
        verb: "affiliation.updated",
        objectType: "affiliation",
        objectId: id,
        targetType: "organization",
        targetId: enterprise.id,
        organizationId: enterprise.id,
        data: { slug: enterprise.slug, name: enterprise.name, handle: me.handle, startsOn, endsOn },
      });
      return row;
    }),
  );
}

export async function deleteAffiliation(db: Db, actor: Actor | null, id: string) {
  await db.transaction(async (tx) => {
    const { a, enterprise } = await loadForUpdate(tx, id);
    const me = authorizeOwn(actor, a.personId);
    await tx.delete(affiliations).where(eq(affiliations.id, id));
    await recordActivity(tx, {
      actorId: me.id,
      verb: "affiliation.withdrawn",
      objectType: "affiliation",
      objectId: id,
      targetType: "organization",
      targetId: enterprise.id,
      organizationId: enterprise.id,
      data: { slug: enterprise.slug, name: enterprise.name, handle: me.handle },
    });
  });
}

export async function reviewAffiliation(db: Db, actor: Actor | null, id: string, decision: "confirmed" | "disputed", note: string) {
  return db.transaction(async (tx) => {
    const { a, enterprise } = await loadForUpdate(tx, id);
    const me = authorizeReview(actor, await lockedStanding(tx, enterprise.id, actor));
    if (decision === "disputed" && !note.trim()) throw AppError.validation("body.note", t("disputeReason"));
    const [row] = await tx
      .update(affiliations)
      .set({ status: decision, reviewNote: note, reviewedBy: me.id, updatedAt: now() })
      .where(eq(affiliations.id, id))
      .returning();
    const [person] = await tx.select({ handle: people.handle }).from(people).where(eq(people.id, a.personId));
    await recordActivity(tx, {
      actorId: me.id,
      verb: decision === "confirmed" ? "affiliation.confirmed" : "affiliation.disputed",
      objectType: "affiliation",
      objectId: id,
      targetType: "organization",
      targetId: enterprise.id,
      organizationId: enterprise.id,
      data: { slug: enterprise.slug, name: enterprise.name, handle: person?.handle },
    });
    return row;
  });
}

const view = {
  id: affiliations.id,
  startsOn: affiliations.startsOn,
  endsOn: affiliations.endsOn,
  status: affiliations.status,
  note: affiliations.note,
  reviewNote: affiliations.reviewNote,
  person: { handle: people.handle, name: people.name },
  enterprise: { slug: organizations.slug, name: organizations.name, ownership: organizations.ownership },
};

/** Latest start first; affiliations that start on the same day by id. */
const latestFirst = keyset(
  [
    { column: affiliations.startsOn, type: "date" },
    { column: affiliations.id, type: "uuid", direction: "asc" },
  ],
  "desc",
);

/** Affiliations are public: "who pays whom" is what makes the commons' credit reports honest. */
export async function listAffiliations(db: Executor, by: { personId?: string; enterpriseId?: string; cursor?: string; limit: number }) {
  const after = decodeCursor(by.cursor, z.tuple([z.iso.date(), z.uuid()]));
  const rows = await db
    .select(view)
    .from(affiliations)
    .innerJoin(people, eq(people.id, affiliations.personId))
    .innerJoin(organizations, eq(organizations.id, affiliations.enterpriseId))
    .where(
      and(
        by.personId ? eq(affiliations.personId, by.personId) : undefined,
        by.enterpriseId ? eq(affiliations.enterpriseId, by.enterpriseId) : undefined,
        latestFirst.after(after),
      ),
    )
    .orderBy(...latestFirst.orderBy)
    .limit(by.limit + 1);
  return page(
    rows,
    by.limit,
    (r) => r,
    (r) => [r.startsOn, r.id],
  );
}

/**
 * Who paid this person for their work on a given day: the affiliations in force that
 * day that no steward has disputed. Empty means volunteer (or unknown, if they never said).
 */
export async function payersOn(db: Executor, personId: string, day: string) {
  return db
    .select({ enterpriseId: affiliations.enterpriseId, status: affiliations.status })
    .from(affiliations)
    .where(
      and(
        eq(affiliations.personId, personId),
        ne(affiliations.status, "disputed"),
        lte(affiliations.startsOn, day),
        or(isNull(affiliations.endsOn), gte(affiliations.endsOn, day)),
      ),
    );
}
