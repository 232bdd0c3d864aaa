import { and, eq, getTableColumns, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { integrityProblem } from "../../db/errors.ts";
import { CursorTime, exactTime, keyset } from "../../db/keyset.ts";
import { prepared } from "../../db/prepared.ts";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { decodeCursor, page } from "../../http/pagination.ts";
import { now } from "../../now.ts";
import { recordActivity } from "../activity/service.ts";
import { organizations } from "../organizations/schema.ts";
import { lockedStanding, type Organization, standingOf } from "../organizations/service.ts";
import type { CommonsPatch, NewCommons } from "./inputs.ts";
import { t } from "./messages.ts";
import { authorizeSteward } from "./policy.ts";
import { commons } from "./schema.ts";

export type Commons = typeof commons.$inferSelect;

export const COMMONS_CONFLICTS = {
  commons_slug_key: { path: "body.slug", message: t("slugTaken") },
  commons_community_kind: { path: "body.community", message: t("communityKind") },
  commons_association_kind: { path: "body.stewardAssociation", message: t("associationKind") },
};

export async function findCommons(db: Executor, slug: string, opts: { forUpdate?: boolean } = {}): Promise<Commons> {
  const q = db
    .select()
    .from(commons)
    .where(eq(commons.slug, sql.placeholder("slug")))
    .limit(1);
  // Every page and proposal of a commons starts here: plain reads reuse one plan per connection.
  const [row] = opts.forUpdate
    ? await q.for("update").execute({ slug: slug.toLowerCase() })
    : await prepared(db, "commons_by_slug", () => q.prepare("commons_by_slug")).execute({ slug: slug.toLowerCase() });
  if (!row) throw AppError.notFound(t("commonsNamed", { slug }));
  return row;
}

export async function findCommonsById(db: Executor, id: string): Promise<Commons> {
  const [row] = await db.select().from(commons).where(eq(commons.id, id)).limit(1);
  if (!row) throw AppError.notFound(t("commons"));
  return row;
}

/** The commons and the actor's standing in its community, which decides who maintains it. */
export async function findCommonsWithStanding(db: Executor, slug: string, actor: Actor | null) {
  const found = await findCommons(db, slug);
  return { commons: found, standing: await standingOf(db, found.communityId, actor) };
}

/** An organization named in a request body, which must exist and be of the given kind. */
export async function organizationOfKind(
  db: Executor,
  slug: string,
  kind: Organization["kind"],
  path: string,
): Promise<typeof organizations.$inferSelect> {
  const [org] = await db.select().from(organizations).where(eq(organizations.slug, slug)).limit(1);
  if (!org) throw AppError.validation(path, t("noOrganization", { slug }));
  if (org.kind !== kind) throw AppError.validation(path, t("wrongKind", { name: org.name, actual: org.kind, expected: kind }));
  return org;
}

export async function createCommons(db: Db, actor: Actor | null, input: NewCommons) {
  try {
    return await db.transaction(async (tx) => {
      const community = await organizationOfKind(tx, input.community, "community", "body.community");
      const me = authorizeSteward(actor, await lockedStanding(tx, community.id, actor));
      const association = input.stewardAssociation
        ? await organizationOfKind(tx, input.stewardAssociation, "association", "body.stewardAssociation")
        : null;
      const [row] = await tx
        .insert(commons)
        .values({
          slug: input.slug,
          title: input.title,
          summary: input.summary ?? "",
          licence: input.licence,
          communityId: community.id,
          stewardAssociationId: association?.id ?? null,
          tags: input.tags ?? [],
          createdBy: me.id,
        })
        .returning();
      if (!row) throw new Error("insert returned no row");
      await recordActivity(tx, {
        actorId: me.id,
        verb: "commons.created",
        objectType: "commons",
        objectId: row.id,
        organizationId: community.id,
        data: { slug: row.slug, title: row.title, licence: row.licence },
      });
      return row;
    });
  } catch (err) {
    throw integrityProblem(err, COMMONS_CONFLICTS) ?? err;
  }
}

export async function updateCommons(db: Db, actor: Actor | null, slug: string, patch: CommonsPatch) {
  return db.transaction(async (tx) => {
    const found = await findCommons(tx, slug, { forUpdate: true });
    const me = authorizeSteward(actor, await lockedStanding(tx, found.communityId, actor));
    const { stewardAssociation, ...fields } = patch;
    const association =
      stewardAssociation === undefined
        ? undefined
        : stewardAssociation === null
          ? null
          : (await organizationOfKind(tx, stewardAssociation, "association", "body.stewardAssociation")).id;
    const [row] = await tx
      .update(commons)
      .set({ ...fields, ...(association !== undefined ? { stewardAssociationId: association } : {}), updatedAt: now() })
      .where(eq(commons.id, found.id))
      .returning();
    if (!row) throw AppError.notFound(t("commonsNamed", { slug }));
    await recordActivity(tx, {
      actorId: me.id,
      verb: "commons.updated",
      objectType: "commons",
      objectId: row.id,
      organizationId: row.communityId,
      data: { slug: row.slug, title: row.title, fields: Object.keys(patch) },
    });
    return row;
  });
}

const community = alias(organizations, "community");
const association = alias(organizations, "association");
const origin = alias(commons, "origin");

/** Counts shown on a commons: documents, accepted (from the credit rollup, not a scan) and open contributions, contributors, forks. */
const stats = sql<{ documents: number; accepted: number; open: number; contributors: number; forks: number }>`json_build_object(
  'documents', (select count(*)::int from documents d where d.commons_id = "commons"."id"),
  'accepted', (select coalesce(sum(d.contributions), 0)::int from credit_days d where d.commons_id = "commons"."id"),
  'open', (select count(*)::int from contributions c where c.commons_id = "commons"."id" and c.status in ('pending', 'conflicted')),
  'contributors', (select count(distinct c.author_id)::int from contributions c where c.commons_id = "commons"."id" and c.status = 'accepted'),
  'forks', (select count(*)::int from commons f where f.forked_from_id = "commons"."id")
           + (select count(*)::int from remote_forks f where f.commons_id = "commons"."id"))`;

function commonsQuery(db: Executor) {
  return db
    .select({
      ...getTableColumns(commons),
      community: { slug: community.slug, name: community.name },
      association: { slug: association.slug, name: association.name },
      origin: { slug: origin.slug, title: origin.title },
      stats,
      cursorTime: exactTime(commons.createdAt),
    })
    .from(commons)
    .innerJoin(community, eq(community.id, commons.communityId))
    .leftJoin(association, eq(association.id, commons.stewardAssociationId))
    .leftJoin(origin, eq(origin.id, commons.forkedFromId));
}
export type CommonsRow = Awaited<ReturnType<ReturnType<typeof commonsQuery>["execute"]>>[number];

export async function getCommonsProfile(db: Executor, slug: string, viewer: Actor | null) {
  const [row] = await commonsQuery(db).where(eq(commons.slug, slug.toLowerCase())).limit(1);
  if (!row) throw AppError.notFound(t("commonsNamed", { slug }));
  return { row, standing: await standingOf(db, row.communityId, viewer) };
}

export interface CommonsQuery {
  q?: string;
  tag?: string;
  community?: string;
  forkedFrom?: string;
  cursor?: string;
  limit: number;
}

const Cursor = z.tuple([CursorTime, z.uuid()]);
const newestFirst = keyset(
  [
    { column: commons.createdAt, type: "timestamptz" },
    { column: commons.id, type: "uuid" },
  ],
  "desc",
);

/** Newest first; `q` matches words in the title or summary, `tag` one tag, `community` the stewarding community. */
export async function listCommons(db: Executor, f: CommonsQuery) {
  const after = decodeCursor(f.cursor, Cursor);
  const filters: (SQL | undefined)[] = [
    f.q ? sql`(${commons.title} ilike ${`%${escapeLike(f.q)}%`} or ${commons.summary} ilike ${`%${escapeLike(f.q)}%`})` : undefined,
    f.tag ? sql`${commons.tags} @> array[${f.tag.toLowerCase()}]::text[]` : undefined,
    f.community ? eq(community.slug, f.community) : undefined,
    f.forkedFrom ? eq(origin.slug, f.forkedFrom) : undefined,
    newestFirst.after(after),
  ];
  const rows = await commonsQuery(db)
    .where(and(...filters))
    .orderBy(...newestFirst.orderBy)
    .limit(f.limit + 1);
  return page(
    rows,
    f.limit,
    (r) => r,
    (r) => [r.cursorTime, r.id],
  );
}

export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
