import { and, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import { alias, type PgSelect } from "drizzle-orm/pg-core";
import { z } from "zod";
import { keyset } from "../../db/keyset.ts";
import type { Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { decodeCursor, page } from "../../http/pagination.ts";
import { people } from "../accounts/schema.ts";
import { commons } from "../commons/schema.ts";
import { contributions } from "../contributions/schema.ts";
import { documents } from "../documents/schema.ts";
import { memberships } from "../memberships/schema.ts";
import { type ORGANIZATION_KINDS, organizations } from "../organizations/schema.ts";
import { activities, type VISIBILITIES } from "./schema.ts";

export interface ActivityInput {
  actorId: string | null;
  verb: string;
  objectType: string;
  objectId: string;
  targetType?: string;
  targetId?: string;
  organizationId?: string;
  visibility?: (typeof VISIBILITIES)[number];
  /** For a private row: the other people it concerns, who may read it and are told of it. */
  audience?: string[];
  data?: Record<string, unknown>;
}

/** Appends one activity row. Call it with the transaction that makes the change, never after it. */
export async function recordActivity(tx: Executor, input: ActivityInput): Promise<void> {
  await recordActivities(tx, [input]);
}

/** Several activity rows in one statement (a batch written by one change). */
export async function recordActivities(tx: Executor, inputs: ActivityInput[]): Promise<void> {
  if (!inputs.length) return;
  await tx.insert(activities).values(
    inputs.map((input) => ({
      actorId: input.actorId,
      verb: input.verb,
      objectType: input.objectType,
      objectId: input.objectId,
      targetType: input.targetType ?? null,
      targetId: input.targetId ?? null,
      organizationId: input.organizationId ?? null,
      visibility: input.visibility ?? "public",
      audience: input.audience ?? [],
      data: input.data ?? {},
    })),
  );
}

export interface ActivityFilter {
  organizationId?: string;
  actorId?: string;
  /** Rows about this thing, as their object or their target (a commons and what happens in it). */
  about?: { type: string; id: string };
  verb?: string;
  /** Only rows of these visibilities: a shared feed asks for public and members rows, leaving out the viewer's private ones. */
  visibility?: (typeof VISIBILITIES)[number][];
  cursor?: string;
  limit: number;
}

/**
 * Public rows for everyone; `members` rows for the organization's active members;
 * `private` rows for their actor and their audience alone; the instance admin sees all.
 */
function visibleTo(viewer: Actor | null): SQL | undefined {
  if (viewer?.isAdmin) return undefined;
  if (!viewer) return eq(activities.visibility, "public");
  return or(
    eq(activities.visibility, "public"),
    eq(activities.actorId, viewer.id),
    sql`${viewer.id}::uuid = any(${activities.audience})`,
    and(
      eq(activities.visibility, "members"),
      sql`exists (select 1 from ${memberships} m where m.organization_id = "activities"."organization_id" and m.person_id = ${viewer.id} and m.status = 'active')`,
    ),
  );
}

/** The commons a row is about or in, a fork's origin, and a document's commons: three readings of one table. */
const subject = alias(commons, "activity_commons");
const origin = alias(commons, "activity_origin");
const documentCommons = alias(commons, "activity_document_commons");

const newestFirst = keyset([{ column: activities.id, type: "bigint" }], "desc");

/** What a feed shows of each row: the row, its actor and organization, and the titles it names, read now. */
export const activityColumns = {
  id: activities.id,
  verb: activities.verb,
  objectType: activities.objectType,
  objectId: activities.objectId,
  targetType: activities.targetType,
  targetId: activities.targetId,
  visibility: activities.visibility,
  data: activities.data,
  createdAt: activities.createdAt,
  actor: { handle: people.handle, name: people.name },
  organization: { slug: organizations.slug, name: organizations.name, kind: organizations.kind },
  commons: { slug: subject.slug, title: subject.title },
  origin: { slug: origin.slug, title: origin.title },
  document: { path: documents.path, title: documents.title },
  documentCommons: documentCommons.slug,
};

/** The joins that `activityColumns` read, onto a query of activities (the feed's, or the notifications'). */
export function withActivityJoins<T extends PgSelect>(q: T) {
  return (
    q
      .leftJoin(people, eq(people.id, activities.actorId))
      .leftJoin(organizations, eq(organizations.id, activities.organizationId))
      // Titles are read now, not copied into the row when it was written: rows written before a
      // title was recorded name it too, and a renamed commons or document reads as it is called today.
      .leftJoin(contributions, and(eq(activities.objectType, "contribution"), eq(contributions.id, activities.objectId)))
      .leftJoin(
        documents,
        eq(
          documents.id,
          sql`coalesce(${contributions.documentId}, case when ${activities.targetType} = 'document' then ${activities.targetId} end)`,
        ),
      )
      .leftJoin(documentCommons, eq(documentCommons.id, documents.commonsId))
      .leftJoin(
        subject,
        eq(
          subject.id,
          sql`coalesce(
          case when ${activities.objectType} = 'commons' then ${activities.objectId} end,
          case when ${activities.targetType} = 'commons' then ${activities.targetId} end,
          ${documents.commonsId})`,
        ),
      )
      .leftJoin(origin, and(eq(activities.objectType, "commons"), eq(activities.targetType, "commons"), eq(origin.id, activities.targetId)))
  );
}

export async function listActivities(db: Executor, viewer: Actor | null, f: ActivityFilter) {
  const after = decodeCursor(f.cursor, z.tuple([z.number().int()]));
  const rows: ActivityRow[] = await withActivityJoins(db.select(activityColumns).from(activities).$dynamic())
    .where(
      and(
        visibleTo(viewer),
        f.organizationId ? eq(activities.organizationId, f.organizationId) : undefined,
        f.actorId ? eq(activities.actorId, f.actorId) : undefined,
        f.about
          ? or(
              and(eq(activities.objectType, f.about.type), eq(activities.objectId, f.about.id)),
              and(eq(activities.targetType, f.about.type), eq(activities.targetId, f.about.id)),
            )
          : undefined,
        f.verb ? eq(activities.verb, f.verb) : undefined,
        f.visibility?.length ? inArray(activities.visibility, f.visibility) : undefined,
        newestFirst.after(after),
      ),
    )
    .orderBy(...newestFirst.orderBy)
    .limit(f.limit + 1);
  return page(rows, f.limit, toActivityView, (r) => [r.id]);
}

export type ActivityRow = {
  id: number;
  verb: string;
  objectType: string;
  objectId: string;
  targetType: string | null;
  targetId: string | null;
  visibility: (typeof VISIBILITIES)[number];
  data: Record<string, unknown>;
  createdAt: Date;
  actor: { handle: string; name: string } | null;
  organization: { slug: string; name: string; kind: (typeof ORGANIZATION_KINDS)[number] } | null;
  commons: { slug: string; title: string } | null;
  origin: { slug: string; title: string } | null;
  document: { path: string; title: string } | null;
  documentCommons: string | null;
};

export function toActivityView({ documentCommons, document, ...r }: ActivityRow) {
  return {
    ...r,
    id: String(r.id),
    createdAt: r.createdAt.toISOString(),
    document: document && documentCommons ? { commons: documentCommons, ...document } : null,
  };
}
