import { and, asc, eq, sql } from "drizzle-orm";
import type { Db, Executor } from "../../db/types.ts";
import { writtenAt } from "../../db/written-at.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { recordActivity } from "../activity/service.ts";
import { findCommons } from "../commons/service.ts";
import { findOrganization, lockedStanding } from "../organizations/service.ts";
import { type Call, callContext, districtsOf, findCall, findCallById, requirePhase } from "./calls.ts";
import type { NewProjectBody, ProjectPatchBody, ReviewBody } from "./inputs.ts";
import { t } from "./messages.ts";
import { authorizeEditProject, authorizeReview, authorizeSignedIn, authorizeSubmit } from "./policy.ts";
import { pbProjects, pbSupports } from "./schema.ts";

export type Project = typeof pbProjects.$inferSelect;

async function districtId(tx: Executor, call: Call, name: string | undefined, path: string): Promise<string | null> {
  const districts = await districtsOf(tx, call.id);
  if (!districts.length) {
    if (name) throw AppError.validation(path, t("noDistrict", { name }));
    return null;
  }
  if (!name) throw AppError.validation(path, t("districtNeeded"));
  const found = districts.find((d) => d.name === name);
  if (!found) throw AppError.validation(path, t("noDistrict", { name }));
  return found.id;
}

function requireCategories(call: Call, categories: string[] | undefined) {
  for (const [i, c] of (categories ?? []).entries()) {
    if (!call.categories.includes(c)) throw AppError.validation(`body.categories.${i}`, t("noCategory", { name: c }));
  }
}

async function commonsId(tx: Executor, slug: string | undefined): Promise<string | null> {
  if (!slug) return null;
  const c = await findCommons(tx, slug).catch(() => {
    throw AppError.validation("body.commons", t("noCommons", { slug }));
  });
  return c.id;
}

function record(tx: Executor, actorId: string | null, verb: string, call: Call, p: Project, data: Record<string, unknown> = {}) {
  return recordActivity(tx, {
    actorId,
    verb,
    objectType: "pb_project",
    objectId: p.id,
    targetType: "pb_call",
    targetId: call.id,
    organizationId: call.organizationId,
    data: { title: p.title, number: p.number, call: call.slug, ...data },
  });
}

/** Anyone signed in submits a project during the submission phase, alone or for an organization they belong to. */
export async function submitProject(db: Db, actor: Actor | null, slug: string, body: NewProjectBody) {
  return db.transaction(async (tx) => {
    // The call's row lock numbers its projects one after another.
    const call = await findCall(tx, slug, { forUpdate: true });
    const team = body.organization
      ? await findOrganization(tx, body.organization).catch(() => {
          throw AppError.validation("body.organization", t("noOrganization", { slug: body.organization ?? "" }));
        })
      : null;
    const me = authorizeSubmit(actor, team ? await lockedStanding(tx, team.id, actor) : null);
    if (call.pabulibMeta) throw AppError.conflict(t("importedCall"));
    requirePhase(call, ["submission"], "submitting a project");
    requireCategories(call, body.categories);
    const [{ next } = { next: 1 }] = await tx
      .select({ next: sql<number>`coalesce(max(case when ${pbProjects.number} ~ '^[0-9]+$' then ${pbProjects.number}::int end), 0) + 1` })
      .from(pbProjects)
      .where(eq(pbProjects.callId, call.id));
    const [project] = await tx
      .insert(pbProjects)
      .values({
        callId: call.id,
        number: String(next),
        title: body.title,
        description: body.description,
        districtId: await districtId(tx, call, body.district, "body.district"),
        categories: body.categories,
        cost: BigInt(body.cost),
        costBreakdown: body.costBreakdown,
        location: body.location ?? null,
        images: body.images,
        commonsId: await commonsId(tx, body.commons),
        authorId: me.id,
        organizationId: team?.id ?? null,
      })
      .returning();
    if (!project) throw new Error("insert returned no project");
    await record(tx, me.id, "project.submitted", call, project);
    return { call, project };
  });
}

async function lockProject(tx: Executor, id: string) {
  const [project] = await tx.select().from(pbProjects).where(eq(pbProjects.id, id)).for("update");
  if (!project) throw AppError.notFound(t("project"));
  return project;
}

/** Its author edits a project until review begins. */
export async function editProject(db: Db, actor: Actor | null, id: string, patch: ProjectPatchBody) {
  return db.transaction(async (tx) => {
    const project = await lockProject(tx, id);
    const call = await findCallById(tx, project.callId);
    const me = authorizeEditProject(actor, project.authorId);
    requirePhase(call, ["submission"], "editing a project");
    requireCategories(call, patch.categories);
    const cost = patch.cost === undefined ? project.cost : BigInt(patch.cost);
    const breakdown = patch.costBreakdown ?? project.costBreakdown;
    if (breakdown.length && breakdown.reduce((s, i) => s + BigInt(i.amount), 0n) !== cost) {
      throw AppError.validation("body.costBreakdown", t("breakdownSum"));
    }
    const [updated] = await tx
      .update(pbProjects)
      .set({
        title: patch.title,
        description: patch.description,
        districtId: patch.district === undefined ? undefined : await districtId(tx, call, patch.district, "body.district"),
        categories: patch.categories,
        cost,
        costBreakdown: breakdown,
        location: patch.location,
        images: patch.images,
        commonsId: patch.commons === undefined ? undefined : await commonsId(tx, patch.commons),
        updatedAt: writtenAt,
      })
      .where(eq(pbProjects.id, id))
      .returning();
    if (!updated) throw new Error("update returned no project");
    await record(tx, me.id, "project.edited", call, updated);
    return { call, project: updated };
  });
}

/** The body's reviewers mark a project eligible or not, with a public reason, and may adjust its cost with a public note. */
export async function reviewProject(db: Db, actor: Actor | null, id: string, body: ReviewBody) {
  return db.transaction(async (tx) => {
    const project = await lockProject(tx, id);
    const { call, standing } = await callContext(tx, actor, (await findCallById(tx, project.callId)).slug);
    const me = authorizeReview(actor, standing);
    requirePhase(call, ["submission", "review"], "reviewing a project");
    if (project.status === "withdrawn") throw AppError.conflict(t("notEligible", { number: project.number }));
    const [updated] = await tx
      .update(pbProjects)
      .set({
        status: body.eligible ? "eligible" : "ineligible",
        reviewReason: body.reason,
        cost: body.cost === undefined ? project.cost : BigInt(body.cost),
        costNote: body.costNote ?? project.costNote,
        reviewedBy: me.id,
        reviewedAt: writtenAt,
        updatedAt: writtenAt,
      })
      .where(eq(pbProjects.id, id))
      .returning();
    if (!updated) throw new Error("update returned no project");
    await record(tx, me.id, body.eligible ? "project.eligible" : "project.ineligible", call, updated, {
      reason: body.reason,
      ...(body.cost === undefined ? {} : { cost: String(body.cost), was: String(project.cost) }),
    });
    return { call, project: updated };
  });
}

/** Anyone signed in supports a project once (again: nothing changes), until voting opens. */
export async function supportProject(db: Db, actor: Actor | null, id: string, on: boolean) {
  const me = authorizeSignedIn(actor);
  return db.transaction(async (tx) => {
    const project = await lockProject(tx, id);
    const call = await findCallById(tx, project.callId);
    requirePhase(call, ["submission", "review"], "supporting a project");
    const changed = on
      ? await tx.insert(pbSupports).values({ projectId: id, personId: me.id }).onConflictDoNothing().returning()
      : await tx
          .delete(pbSupports)
          .where(and(eq(pbSupports.projectId, id), eq(pbSupports.personId, me.id)))
          .returning();
    if (!changed.length) return { call, project };
    const [updated] = await tx
      .update(pbProjects)
      .set({ supports: sql`${pbProjects.supports} + ${on ? 1 : -1}` })
      .where(eq(pbProjects.id, id))
      .returning();
    if (on) await record(tx, me.id, "project.supported", call, project);
    return { call, project: updated ?? project };
  });
}

export async function findProject(db: Executor, id: string) {
  const [project] = await db.select().from(pbProjects).where(eq(pbProjects.id, id));
  if (!project) throw AppError.notFound(t("project"));
  return project;
}

export const projectsOf = (db: Executor, callId: string) =>
  db
    .select()
    .from(pbProjects)
    .where(eq(pbProjects.callId, callId))
    .orderBy(asc(sql`length(${pbProjects.number})`), asc(pbProjects.number));
