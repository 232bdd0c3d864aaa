import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { integrityProblem, isUniqueViolation } from "../../db/errors.ts";
import { keyset } from "../../db/keyset.ts";
import { preparedSql } from "../../db/prepared.ts";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { decodeCursor, page } from "../../http/pagination.ts";
import { now } from "../../now.ts";
import { requireActor } from "../accounts/policy.ts";
import { people } from "../accounts/schema.ts";
import { findPerson } from "../accounts/service.ts";
import { recordActivity } from "../activity/service.ts";
import { t as organizationText } from "../organizations/messages.ts";
import { organizations } from "../organizations/schema.ts";
import { findOrganization, lockedStanding, type Organization, standingOf } from "../organizations/service.ts";
import { t } from "./messages.ts";
import { authorizeManageMembers, authorizeRemove, authorizeSeeRequests, type JoinPolicy, joinOutcome } from "./policy.ts";
import { type MEMBERSHIP_STATUSES, memberships, type ROLES } from "./schema.ts";

export type Role = (typeof ROLES)[number];
type Status = (typeof MEMBERSHIP_STATUSES)[number];

const KEEP_A_STEWARD = {
  memberships_keep_a_steward: { path: "body.role", message: t("keepSteward") },
};

function orgData(org: Organization, extra: Record<string, unknown> = {}) {
  return { slug: org.slug, name: org.name, ...extra };
}

async function membershipRow(tx: Executor, organizationId: string, personId: string) {
  const [m] = await tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.personId, personId)))
    .limit(1);
  return m;
}

/**
 * Joining, as one statement: the organization and the actor's standing in it, the membership
 * written as `joinOutcome` (policy.ts) decides (inserted, or an invitation accepted), and its
 * activity row. It writes only when the policy lets the actor in; otherwise it writes nothing and
 * returns what it found, and `join` asks `joinOutcome` for the refusal. Everything is read and
 * written at one snapshot, in one implicit transaction: the unique key on (organization, person)
 * still keeps concurrent joins to one membership, and an invitation is accepted only while the row
 * is still invited (a concurrent withdrawal leaves nothing to update, which is reported as a conflict).
 */
const joinStatement = () => sql`
  with org as (
    select o.id, o.slug, o.name, o.join_policy from organizations o where o.slug = ${sql.placeholder("slug")}::text
  ), standing as (
    select m.role, m.status from memberships m
    where m.organization_id = (select id from org) and m.person_id = ${sql.placeholder("person")}::uuid
  ), outcome as (
    -- joinOutcome in SQL: what joining makes of the actor, or null where joinOutcome refuses.
    select org.id, org.slug, org.name, org.join_policy, s.role as standing_role, s.status as standing_status,
           case when s.status = 'invited' then 'active'::membership_status
                when s.status is not null then null
                when org.join_policy = 'open' then 'active'::membership_status
                when org.join_policy = 'approval' then 'pending'::membership_status
           end as status
    from org left join standing s on true
  ), joined as (
    insert into memberships (organization_id, person_id, status)
    select o.id, ${sql.placeholder("person")}::uuid, o.status from outcome o where o.standing_status is null and o.status is not null
    returning id, role, status
  ), accepted as (
    update memberships m set status = 'active', updated_at = now()
    from outcome o
    where o.standing_status = 'invited' and m.organization_id = o.id and m.person_id = ${sql.placeholder("person")}::uuid
      and m.status = 'invited'
    returning m.id, m.role, m.status
  ), written as (
    select * from joined union all select * from accepted
  ), logged as (
    insert into activities (actor_id, verb, object_type, object_id, target_type, target_id, organization_id, visibility, data)
    select ${sql.placeholder("person")}::uuid,
           case when w.status = 'active' then 'membership.joined' else 'membership.requested' end,
           'membership', w.id, 'organization', o.id, o.id,
           (case when w.status = 'active' then 'public' else 'members' end)::activity_visibility,
           jsonb_build_object('slug', o.slug, 'name', o.name, 'handle', ${sql.placeholder("handle")}::text, 'role', w.role)
    from written w cross join outcome o
  )
  select o.join_policy as "joinPolicy", o.standing_role as "standingRole", o.standing_status as "standingStatus",
         w.id, w.role, w.status
  from outcome o left join written w on true`;

interface JoinRow {
  joinPolicy: JoinPolicy;
  standingRole: Role | null;
  standingStatus: Status | null;
  id: string | null;
  role: Role | null;
  status: Status | null;
}

/**
 * Joins by the organization's policy: open → member at once; approval → a request; invite → only if invited.
 * One round trip (joinStatement); the refusals are decided afterwards from what the statement found,
 * by the same policy function, so their messages and statuses are those of `joinOutcome`.
 */
export async function join(db: Db, actor: Actor | null, slug: string): Promise<{ id: string; role: Role; status: Status }> {
  const me = requireActor(actor);
  let found: JoinRow | undefined;
  try {
    [found] = await preparedSql<JoinRow>(db, "membership_join", joinStatement).execute({
      slug: slug.toLowerCase(),
      person: me.id,
      handle: me.handle,
    });
  } catch (err) {
    // Two joins at once by the same person: the unique key lets one through.
    if (isUniqueViolation(err, "memberships_org_person_key")) throw AppError.conflict(t("alreadyMemberOrAsked"));
    throw err;
  }
  if (!found) throw AppError.notFound(organizationText("organizationNamed", { slug }));
  const { id, role, status } = found;
  if (id && role && status) return { id, role, status };
  // Nothing written: the policy refuses (it throws), or an invitation was withdrawn while it was being accepted.
  joinOutcome(found.joinPolicy, { role: found.standingRole, status: found.standingStatus });
  throw AppError.conflict(t("membershipChanged"));
}

/** A steward invites a person; if that person already asked to join, the invitation approves the request. */
export async function invite(db: Db, actor: Actor | null, slug: string, handle: string, role: Role = "member") {
  return db.transaction(async (tx) => {
    const org = await findOrganization(tx, slug);
    const me = authorizeManageMembers(actor, await lockedStanding(tx, org.id, actor));
    const person = await findPerson(tx, handle).catch(() => {
      const nobody = t("nobody", { handle });
      throw new AppError(404, "not-found", nobody, [{ path: "body.handle", message: nobody }]);
    });
    const existing = await membershipRow(tx, org.id, person.id);
    if (existing && existing.status !== "pending") {
      throw AppError.conflict(t(existing.status === "active" ? "personAlreadyMember" : "personAlreadyInvited"), "body.handle");
    }
    const [row] = existing
      ? await tx.update(memberships).set({ status: "active", role, updatedAt: now() }).where(eq(memberships.id, existing.id)).returning()
      : await tx.insert(memberships).values({ organizationId: org.id, personId: person.id, role, status: "invited" }).returning();
    if (!row) throw new Error("write returned no row");
    await recordActivity(tx, {
      actorId: me.id,
      verb: existing ? "membership.approved" : "membership.invited",
      objectType: "membership",
      objectId: row.id,
      targetType: "organization",
      targetId: org.id,
      organizationId: org.id,
      visibility: existing ? "public" : "members",
      data: orgData(org, { handle: person.handle, role }),
    });
    return row;
  });
}

/** Role changes and removals lock the organization's row first: writes that read a standing (lockedStanding) queue behind them, or they behind the writes. */
async function targetMembership(tx: Executor, slug: string, handle: string, actor: Actor | null) {
  const org = await findOrganization(tx, slug, { forUpdate: true });
  const person = await findPerson(tx, handle);
  const row = await membershipRow(tx, org.id, person.id);
  if (!row) throw AppError.notFound(t("membershipOf", { handle: person.handle, organization: org.name }));
  return { org, person, row, standing: await lockedStanding(tx, org.id, actor) };
}

export async function approve(db: Db, actor: Actor | null, slug: string, handle: string) {
  return db.transaction(async (tx) => {
    const { org, person, row, standing } = await targetMembership(tx, slug, handle, actor);
    const me = authorizeManageMembers(actor, standing);
    if (row.status !== "pending") throw AppError.conflict(t("noRequest"));
    const [updated] = await tx
      .update(memberships)
      .set({ status: "active", updatedAt: now() })
      .where(eq(memberships.id, row.id))
      .returning();
    if (!updated) throw new Error("update returned no row");
    await recordActivity(tx, {
      actorId: me.id,
      verb: "membership.approved",
      objectType: "membership",
      objectId: row.id,
      targetType: "organization",
      targetId: org.id,
      organizationId: org.id,
      data: orgData(org, { handle: person.handle, role: row.role }),
    });
    return updated;
  });
}

export async function changeRole(db: Db, actor: Actor | null, slug: string, handle: string, role: Role) {
  try {
    return await db.transaction(async (tx) => {
      const { org, person, row, standing } = await targetMembership(tx, slug, handle, actor);
      const me = authorizeManageMembers(actor, standing);
      if (row.status === "pending") throw AppError.conflict(t("approveFirst"));
      if (row.role === role) return row;
      const [updated] = await tx.update(memberships).set({ role, updatedAt: now() }).where(eq(memberships.id, row.id)).returning();
      if (!updated) throw new Error("update returned no row");
      await recordActivity(tx, {
        actorId: me.id,
        verb: "membership.role_changed",
        objectType: "membership",
        objectId: row.id,
        targetType: "organization",
        targetId: org.id,
        organizationId: org.id,
        data: orgData(org, { handle: person.handle, from: row.role, role }),
      });
      return updated;
    });
  } catch (err) {
    throw integrityProblem(err, KEEP_A_STEWARD) ?? err;
  }
}

const REMOVAL_VERB: Record<Status, { self: string; other: string }> = {
  active: { self: "membership.left", other: "membership.removed" },
  pending: { self: "membership.withdrawn", other: "membership.rejected" },
  invited: { self: "membership.declined", other: "membership.uninvited" },
};

export async function remove(db: Db, actor: Actor | null, slug: string, handle: string) {
  try {
    await db.transaction(async (tx) => {
      const { org, person, row, standing } = await targetMembership(tx, slug, handle, actor);
      const me = authorizeRemove(actor, standing, person.id);
      await tx.delete(memberships).where(eq(memberships.id, row.id));
      const verbs = REMOVAL_VERB[row.status];
      await recordActivity(tx, {
        actorId: me.id,
        verb: me.id === person.id ? verbs.self : verbs.other,
        objectType: "membership",
        objectId: row.id,
        targetType: "organization",
        targetId: org.id,
        organizationId: org.id,
        visibility: row.status === "active" ? "public" : "members",
        data: orgData(org, { handle: person.handle, role: row.role }),
      });
    });
  } catch (err) {
    const problem = integrityProblem(err, {
      memberships_keep_a_steward: { path: "path.handle", message: t("lastSteward") },
    });
    throw problem ?? err;
  }
}

export interface MemberQuery {
  status: Status;
  role?: Role;
  cursor?: string;
  limit: number;
}

const byName = keyset(
  [
    { column: people.name, type: "text" },
    { column: people.id, type: "uuid" },
  ],
  "asc",
);

export async function listMembers(db: Executor, viewer: Actor | null, slug: string, f: MemberQuery) {
  const org = await findOrganization(db, slug);
  if (f.status !== "active") authorizeSeeRequests(viewer, await standingOf(db, org.id, viewer));
  const after = decodeCursor(f.cursor, z.tuple([z.string(), z.uuid()]));
  const rows = await db
    .select({
      id: memberships.id,
      role: memberships.role,
      status: memberships.status,
      since: memberships.createdAt,
      person: { id: people.id, handle: people.handle, name: people.name },
    })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(
      and(
        eq(memberships.organizationId, org.id),
        eq(memberships.status, f.status),
        f.role ? eq(memberships.role, f.role) : undefined,
        byName.after(after),
      ),
    )
    .orderBy(...byName.orderBy)
    .limit(f.limit + 1);
  return page(
    rows,
    f.limit,
    (r) => ({ ...r, since: r.since.toISOString() }),
    (r) => [r.person.name, r.person.id],
  );
}

/** A person's active memberships, for their public profile. */
export async function membershipsOf(db: Executor, personId: string) {
  return db
    .select({
      role: memberships.role,
      since: memberships.createdAt,
      organization: { slug: organizations.slug, name: organizations.name, kind: organizations.kind },
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(and(eq(memberships.personId, personId), eq(memberships.status, "active")))
    .orderBy(asc(organizations.name));
}
