import { and, desc, eq, isNotNull, lte } from "drizzle-orm";
import type { Db } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { authorizeParticipate } from "../commons/policy.ts";
import { commons } from "../commons/schema.ts";
import { readBlob } from "../documents/blobs.ts";
import { documents, revisions } from "../documents/schema.ts";
import { findDocument, revisionOf } from "../documents/service.ts";
import { t } from "./messages.ts";
import { propose } from "./service.ts";

/**
 * Proposes a fork's revision back to the commons it was forked from, as an edit of the origin
 * document based on the last revision both share; the origin's three-way merge does the rest.
 */
export async function proposeUpstream(
  db: Db,
  actor: Actor | null,
  slug: string,
  path: string,
  number: number,
  input: { title: string; description?: string },
) {
  authorizeParticipate(actor);
  const { document } = await findDocument(db, slug, path);
  if (!document.forkedFromDocumentId) throw AppError.conflict(t("noUpstream"));
  const revision = await revisionOf(db, document.id, number, "path.number");
  // The newest revision of the fork that is a copy of an origin revision: the common ancestor.
  const [shared] = await db
    .select({ upstreamId: revisions.upstreamRevisionId })
    .from(revisions)
    .where(and(eq(revisions.documentId, document.id), isNotNull(revisions.upstreamRevisionId), lte(revisions.number, number)))
    .orderBy(desc(revisions.number))
    .limit(1);
  const [origin] = await db
    .select({ slug: commons.slug, path: documents.path, base: revisions.number })
    .from(revisions)
    .innerJoin(documents, eq(documents.id, revisions.documentId))
    .innerJoin(commons, eq(commons.id, documents.commonsId))
    .where(eq(revisions.id, shared?.upstreamId ?? ""))
    .limit(1);
  if (!origin) throw AppError.conflict(t("upstreamGone"));
  const content = await readBlob(db, revision.blobHash);
  return propose(
    db,
    actor,
    origin.slug,
    {
      type: "edit",
      kind: "documentation",
      title: input.title,
      description: input.description,
      document: origin.path,
      baseRevision: origin.base,
      content,
    },
    { sourceRevisionId: revision.id },
  );
}
