import { and, asc, eq, exists, inArray, sql } from "drizzle-orm";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { now } from "../../now.ts";
import { people } from "../accounts/schema.ts";
import { recordActivity } from "../activity/service.ts";
import { commons } from "../commons/schema.ts";
import { contributions } from "../contributions/schema.ts";
import { memberships } from "../memberships/schema.ts";
import { organizations } from "../organizations/schema.ts";
import { orgContext, viewContext } from "../treasury/context.ts";
import type { CharterBody } from "./inputs.ts";
import { t } from "./messages.ts";
import { authorizeCharter, phyleViewer, requireEnterprise } from "./policy.ts";
import { phyleBeneficiaries, phyleCharters } from "./schema.ts";

export type Charter = typeof phyleCharters.$inferSelect;

/** How many commoners the list of handles shows at most; the count is always complete. */
export const COMMONERS_SHOWN = 200;

/** The commons named in the body, each of which must have a steward association to receive the money. */
async function resolveBeneficiaries(tx: Executor, body: CharterBody) {
  const slugs = [...new Set(body.beneficiaries.map((b) => b.commons))];
  const rows = await tx
    .select({ id: commons.id, slug: commons.slug, title: commons.title, stewardId: commons.stewardAssociationId })
    .from(commons)
    .where(inArray(commons.slug, slugs));
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  return body.beneficiaries.map((b, i) => {
    const c = bySlug.get(b.commons);
    const path = `body.beneficiaries.${i}.commons`;
    if (!c) throw AppError.validation(path, t("noCommons", { slug: b.commons }));
    if (!c.stewardId) throw AppError.validation(path, t("noStewardBeneficiary", { commons: c.title }));
    return { commonsId: c.id, destination: b.destination, weightBp: b.weightBp };
  });
}

/** Adopts or amends the enterprise's charter; its beneficiaries are replaced as a whole (the database checks they sum to 100% at commit). */
export async function adoptCharter(db: Db, actor: Actor | null, slug: string, body: CharterBody): Promise<Charter> {
  return db.transaction(async (tx) => {
    const { org, standing } = await orgContext(tx, actor, slug);
    const me = authorizeCharter(actor, standing);
    requireEnterprise(org);
    const beneficiaries = await resolveBeneficiaries(tx, body);
    const values = { basis: body.basis, shareBp: body.shareBp, mission: body.mission, currency: body.currency };
    const [existing] = await tx.select().from(phyleCharters).where(eq(phyleCharters.enterpriseId, org.id)).for("update");
    const [charter] = existing
      ? await tx
          .update(phyleCharters)
          .set({ ...values, updatedAt: now() })
          .where(eq(phyleCharters.enterpriseId, org.id))
          .returning()
      : await tx
          .insert(phyleCharters)
          .values({ ...values, enterpriseId: org.id, adoptedBy: me.id })
          .onConflictDoUpdate({ target: phyleCharters.enterpriseId, set: { ...values, updatedAt: now() } })
          .returning();
    if (!charter) throw new Error("charter not written");
    await tx.delete(phyleBeneficiaries).where(eq(phyleBeneficiaries.enterpriseId, org.id));
    await tx.insert(phyleBeneficiaries).values(beneficiaries.map((b) => ({ ...b, enterpriseId: org.id })));
    await recordActivity(tx, {
      actorId: me.id,
      verb: existing ? "phyle.charter_amended" : "phyle.charter_adopted",
      objectType: "organization",
      objectId: org.id,
      organizationId: org.id,
      data: { basis: body.basis, shareBp: body.shareBp, currency: body.currency, beneficiaries: body.beneficiaries },
    });
    return charter;
  });
}

/**
 * "Members who are commoners": the enterprise's active members who have had a contribution accepted
 * in any commons. A phyle's members are meant to be commoners; this is shown, not enforced.
 */
export async function commonersOf(db: Executor, enterpriseId: string) {
  const contributed = exists(
    db
      .select({ one: sql`1` })
      .from(contributions)
      .where(and(eq(contributions.authorId, memberships.personId), eq(contributions.status, "accepted"))),
  );
  const active = and(eq(memberships.organizationId, enterpriseId), eq(memberships.status, "active"));
  const [counts] = await db
    .select({
      members: sql<number>`count(*)::int`,
      commoners: sql<number>`count(*) filter (where ${contributed})::int`,
    })
    .from(memberships)
    .where(active);
  const shown = await db
    .select({ handle: people.handle, name: people.name })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(and(active, contributed))
    .orderBy(asc(people.handle))
    .limit(COMMONERS_SHOWN);
  return { members: counts?.members ?? 0, commoners: counts?.commoners ?? 0, people: shown };
}

/** The charter (or null), its beneficiaries with their stewards, the members who are commoners, and what the viewer may do. */
export async function getCharter(db: Executor, actor: Actor | null, slug: string) {
  const { org, standing } = await viewContext(db, actor, slug);
  const [charter] = await db
    .select({ charter: phyleCharters, adoptedBy: { handle: people.handle, name: people.name } })
    .from(phyleCharters)
    .leftJoin(people, eq(people.id, phyleCharters.adoptedBy))
    .where(eq(phyleCharters.enterpriseId, org.id));
  const beneficiaries = charter
    ? await db
        .select({
          commonsSlug: commons.slug,
          commonsTitle: commons.title,
          stewardSlug: organizations.slug,
          stewardName: organizations.name,
          destination: phyleBeneficiaries.destination,
          weightBp: phyleBeneficiaries.weightBp,
        })
        .from(phyleBeneficiaries)
        .innerJoin(commons, eq(commons.id, phyleBeneficiaries.commonsId))
        .leftJoin(organizations, eq(organizations.id, commons.stewardAssociationId))
        .where(eq(phyleBeneficiaries.enterpriseId, org.id))
        .orderBy(asc(commons.slug), asc(phyleBeneficiaries.destination))
    : [];
  return {
    org,
    charter: charter ? { ...charter.charter, adoptedByRef: charter.adoptedBy } : null,
    beneficiaries,
    commoners: await commonersOf(db, org.id),
    viewer: { ...phyleViewer(actor, standing), isEnterprise: org.kind === "enterprise" },
  };
}
