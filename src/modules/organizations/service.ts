import { and, eq, getTableColumns, sql } from "drizzle-orm";
import { integrityProblem } from "../../db/errors.ts";
import { prepared } from "../../db/prepared.ts";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { now } from "../../now.ts";
import { recordActivity } from "../activity/service.ts";
import { memberships } from "../memberships/schema.ts";
import type { NewOrganization, OrganizationPatch } from "./inputs.ts";
import { t } from "./messages.ts";
import { authorizeCreate, authorizeGovern, type Standing } from "./policy.ts";
import { type JOIN_POLICIES, type ORGANIZATION_KINDS, type OWNERSHIPS, organizations } from "./schema.ts";

type Kind = (typeof ORGANIZATION_KINDS)[number];
type Ownership = (typeof OWNERSHIPS)[number];
type JoinPolicy = (typeof JOIN_POLICIES)[number];
/** Every column but the search vector, which only the database reads. */
export const { search: _search, ...orgColumns } = getTableColumns(organizations);
export type Organization = Omit<typeof organizations.$inferSelect, "search">;

/** Communities let anyone in; democratic bodies vet their members. */
export const DEFAULT_JOIN_POLICY: Record<Kind, JoinPolicy> = {
  community: "open",
  association: "approval",
  enterprise: "approval",
  public_body: "approval",
};

const ORG_CONFLICTS = {
  organizations_slug_key: { path: "body.slug", message: t("slugTaken") },
  organizations_ownership_only_enterprise: { path: "body.ownership", message: t("ownershipOnlyEnterprises") },
};

function checkOwnership(kind: Kind, ownership: Ownership | null | undefined) {
  if (kind === "enterprise" && !ownership) throw AppError.validation("body.ownership", t("ownershipNeeded"));
  if (kind !== "enterprise" && ownership) throw AppError.validation("body.ownership", t("ownershipRefused"));
}

export async function findOrganization(db: Executor, slug: string, opts: { forUpdate?: boolean } = {}): Promise<Organization> {
  const q = db.select(orgColumns).from(organizations).where(eq(organizations.slug, slug.toLowerCase())).limit(1);
  const [org] = opts.forUpdate ? await q.for("update") : await q;
  if (!org) throw AppError.notFound(t("organizationNamed", { slug }));
  return org;
}

export async function findOrganizationById(db: Executor, id: string): Promise<Organization> {
  const [org] = await db.select(orgColumns).from(organizations).where(eq(organizations.id, id)).limit(1);
  if (!org) throw AppError.notFound(t("organization"));
  return org;
}

/** The actor's role and status in an organization; every policy check reads it, so its plan is kept per connection. */
export async function standingOf(db: Executor, organizationId: string, actor: Actor | null): Promise<Standing> {
  if (!actor) return { role: null, status: null };
  const lookup = prepared(db, "standing", () =>
    db
      .select({ role: memberships.role, status: memberships.status })
      .from(memberships)
      .where(and(eq(memberships.organizationId, sql.placeholder("org")), eq(memberships.personId, sql.placeholder("person"))))
      .limit(1)
      .prepare("standing"),
  );
  const [m] = await lookup.execute({ org: organizationId, person: actor.id });
  return m ?? { role: null, status: null };
}

/**
 * The actor's standing for a write, read inside the write's transaction with what it depends on
 * locked until the write commits: the organization's row FOR KEY SHARE, then the membership row
 * FOR SHARE. Role changes and removals lock the organization's row FOR UPDATE before they touch a
 * membership (memberships/service.ts), so a write and a concurrent demotion of its actor queue in
 * one order or the other: the write either commits while the role still holds, or waits for the
 * demotion and then reads the new role. The organization is locked first, in the same order as
 * the demotion, so the two never deadlock (the write's own inserts key-share that row anyway).
 */
export async function lockedStanding(tx: Executor, organizationId: string, actor: Actor | null): Promise<Standing> {
  if (!actor) return { role: null, status: null };
  await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, organizationId)).for("key share");
  const [m] = await tx
    .select({ role: memberships.role, status: memberships.status })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.personId, actor.id)))
    .for("share");
  return m ?? { role: null, status: null };
}

/** The organization and the actor's standing in it, in one query (for hot paths such as joining). */
export async function findOrganizationWithStanding(db: Executor, slug: string, actor: Actor) {
  const lookup = prepared(db, "organization_with_standing", () =>
    db
      .select({ org: orgColumns, role: memberships.role, status: memberships.status })
      .from(organizations)
      .leftJoin(memberships, and(eq(memberships.organizationId, organizations.id), eq(memberships.personId, sql.placeholder("person"))))
      .where(eq(organizations.slug, sql.placeholder("slug")))
      .limit(1)
      .prepare("organization_with_standing"),
  );
  const [row] = await lookup.execute({ slug: slug.toLowerCase(), person: actor.id });
  if (!row) throw AppError.notFound(t("organizationNamed", { slug }));
  return { org: row.org, standing: { role: row.role, status: row.status } satisfies Standing };
}

export async function createOrganization(db: Db, actor: Actor | null, input: NewOrganization) {
  checkOwnership(input.kind, input.ownership);
  try {
    return await db.transaction(async (tx) => {
      const me = authorizeCreate(actor);
      const [org] = await tx
        .insert(organizations)
        .values({
          slug: input.slug,
          name: input.name,
          kind: input.kind,
          ownership: input.ownership ?? null,
          description: input.description ?? "",
          website: input.website ?? null,
          joinPolicy: input.joinPolicy ?? DEFAULT_JOIN_POLICY[input.kind],
          createdBy: me.id,
        })
        .returning();
      if (!org) throw new Error("insert returned no row");
      await tx.insert(memberships).values({ organizationId: org.id, personId: me.id, role: "steward", status: "active" });
      await recordActivity(tx, {
        actorId: me.id,
        verb: "organization.created",
        objectType: "organization",
        objectId: org.id,
        organizationId: org.id,
        data: { slug: org.slug, name: org.name, kind: org.kind },
      });
      return org;
    });
  } catch (err) {
    throw integrityProblem(err, ORG_CONFLICTS) ?? err;
  }
}

export async function updateOrganization(db: Db, actor: Actor | null, slug: string, patch: OrganizationPatch) {
  return db.transaction(async (tx) => {
    const org = await findOrganization(tx, slug, { forUpdate: true });
    const me = authorizeGovern(actor, await lockedStanding(tx, org.id, actor));
    if (patch.ownership !== undefined) checkOwnership(org.kind, patch.ownership);
    const [updated] = await tx
      .update(organizations)
      .set({ ...patch, updatedAt: now() })
      .where(eq(organizations.id, org.id))
      .returning();
    if (!updated) throw AppError.notFound(t("organizationNamed", { slug }));
    await recordActivity(tx, {
      actorId: me.id,
      verb: "organization.updated",
      objectType: "organization",
      objectId: org.id,
      organizationId: org.id,
      data: { slug: org.slug, name: updated.name, fields: Object.keys(patch) },
    });
    return updated;
  });
}

/** Active members per role, as one JSON object, for the organization in the outer query. */
const roleCounts = sql<Record<string, number>>`(
  select coalesce(json_object_agg(r.role, r.n), '{}'::json)
  from (select m.role, count(*)::int as n from ${memberships} m
        where m.organization_id = "organizations"."id" and m.status = 'active' group by m.role) r)`;

/** The profile: the organization, how many active members it has in each role, and the viewer's own standing. */
export async function getOrganizationProfile(db: Executor, slug: string, viewer: Actor | null) {
  const profile = prepared(db, "organization_profile", () =>
    db
      .select({ ...orgColumns, roles: roleCounts })
      .from(organizations)
      .where(eq(organizations.slug, sql.placeholder("slug")))
      .limit(1)
      .prepare("organization_profile"),
  );
  const [row] = await profile.execute({ slug: slug.toLowerCase() });
  if (!row) throw AppError.notFound(t("organizationNamed", { slug }));
  const { roles, ...org } = row;
  const standing = viewer ? await standingOf(db, org.id, viewer) : { role: null, status: null };
  const memberCount = Object.values(roles).reduce((sum, n) => sum + n, 0);
  return { org, memberCount, roles, standing };
}
