import { and, eq } from "drizzle-orm";
import { isUniqueViolation } from "../../db/errors.ts";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { now } from "../../now.ts";
import { lineStats } from "../../text/diff.ts";
import { type MergeConflict, threeWayMerge } from "../../text/merge.ts";
import { authorizeMaintain } from "../commons/policy.ts";
import { findCommonsById } from "../commons/service.ts";
import { readBlob, storeBlob } from "../documents/blobs.ts";
import { documents, revisions } from "../documents/schema.ts";
import { appendRevision } from "../documents/service.ts";
import { lockedStanding } from "../organizations/service.ts";
import { recordContributionActivity } from "./activity.ts";
import { creditFor } from "./credit.ts";
import { t } from "./messages.ts";
import { contributions } from "./schema.ts";
import { type Contribution, findContribution } from "./service.ts";

export interface ReviewOutcome {
  contribution: Contribution;
  /** Set when an accepted edit could not be merged: the proposal is now conflicted. */
  conflicts?: MergeConflict[];
}

/** What accepting a document proposal writes: a new revision, or the reason it cannot. */
type Applied = { revisionId: string | null; added: number; removed: number } | { conflictNote: string; conflicts: MergeConflict[] };

async function revisionText(tx: Executor, documentId: string, number: number) {
  const [r] = await tx
    .select({ id: revisions.id, number: revisions.number, hash: revisions.blobHash })
    .from(revisions)
    .where(and(eq(revisions.documentId, documentId), eq(revisions.number, number)))
    .limit(1);
  if (!r) throw new Error(`revision ${number} of ${documentId} is missing`);
  return { ...r, content: await readBlob(tx, r.hash) };
}

const since = (base: number, head: number) => (head === base + 1 ? `Revision ${head}` : `Revisions ${base + 1}–${head}`);

/**
 * Applies an edit to the document's newest text. The document row is locked first, so two
 * accepts on one document run one after the other: the second merges onto the first's revision.
 */
async function applyEdit(tx: Executor, c: Contribution): Promise<Applied> {
  const [doc] = await tx
    .select()
    .from(documents)
    .where(eq(documents.id, c.documentId ?? ""))
    .for("update");
  if (!doc) throw AppError.conflict(t("documentGone"));
  const [base] = await tx
    .select({ number: revisions.number })
    .from(revisions)
    .where(eq(revisions.id, c.baseRevisionId ?? ""));
  if (!base) throw AppError.conflict(t("baseGone"));
  const proposed = await readBlob(tx, c.proposedHash ?? "");
  const head = await revisionText(tx, doc.id, doc.head);
  let content = proposed;
  if (base.number !== doc.head) {
    const baseText = await revisionText(tx, doc.id, base.number);
    const merged = threeWayMerge(baseText.content, head.content, proposed);
    if (!merged.clean) {
      const places = merged.conflicts.length === 1 ? "one place" : `${merged.conflicts.length} places`;
      return {
        conflictNote: `${since(base.number, doc.head)} changed the same lines as this proposal in ${places}. Update the proposal on revision ${doc.head}.`,
        conflicts: merged.conflicts,
      };
    }
    content = merged.content;
  }
  // Someone else's revision already made this change: accepting it would credit an empty change.
  if (content === head.content) {
    throw AppError.conflict(t("alreadyApplied", { head: doc.head }));
  }
  const stats = lineStats(head.content, content);
  const revision = await appendRevision(tx, {
    documentId: doc.id,
    number: doc.head + 1,
    blobHash: await storeBlob(tx, content),
    authorId: c.authorId,
    remoteAuthorUri: c.remoteAuthorUri,
    remoteAuthorHandle: c.remoteAuthorHandle,
    message: c.title,
    linesAdded: stats.added,
    linesRemoved: stats.removed,
    contributionId: c.id,
  });
  return { revisionId: revision.id, added: stats.added, removed: stats.removed };
}

async function applyNewDocument(tx: Executor, c: Contribution): Promise<Applied> {
  const [doc] = await tx
    .insert(documents)
    .values({ commonsId: c.commonsId, path: c.path ?? "", title: c.documentTitle ?? "", format: c.format ?? "markdown" })
    .onConflictDoNothing()
    .returning();
  if (!doc) {
    return {
      conflictNote: `A document at "${c.path}" was created meanwhile. Choose another path, or propose an edit to it.`,
      conflicts: [],
    };
  }
  const revision = await appendRevision(tx, {
    documentId: doc.id,
    number: 1,
    blobHash: c.proposedHash ?? "",
    authorId: c.authorId,
    remoteAuthorUri: c.remoteAuthorUri,
    remoteAuthorHandle: c.remoteAuthorHandle,
    message: c.title,
    linesAdded: c.linesAdded,
    linesRemoved: 0,
    contributionId: c.id,
  });
  return { revisionId: revision.id, added: c.linesAdded, removed: 0 };
}

/**
 * Locks the proposal and checks that the actor maintains its commons and that it still awaits
 * review. The lock makes two simultaneous reviews of one proposal take effect once.
 * A conflicted proposal can be declined, but only accepted after its author updates it.
 */
async function openForReview(tx: Executor, actor: Actor | null, id: string, decision: "accept" | "reject") {
  const c = await findContribution(tx, id, { forUpdate: true });
  const target = await findCommonsById(tx, c.commonsId);
  const me = authorizeMaintain(actor, await lockedStanding(tx, target.communityId, actor));
  if (c.status === "conflicted" && decision === "accept") {
    throw AppError.conflict(t("conflictsFirst"));
  }
  if (c.status !== "pending" && c.status !== "conflicted") throw AppError.conflict(t("alreadyClosed", { status: c.status }));
  return { c, target, me };
}

/**
 * Accepts a proposal: applies it (a new revision for documents, three-way merged when the document
 * moved on), fixes its credit from the author's affiliation on the day of the work, and logs it.
 * Overlapping changes leave the proposal conflicted for its author to update.
 */
export async function accept(db: Db, actor: Actor | null, id: string, note = ""): Promise<ReviewOutcome> {
  try {
    return await db.transaction(async (tx) => {
      const { c, target, me } = await openForReview(tx, actor, id, "accept");
      const applied: Applied =
        c.type === "edit"
          ? await applyEdit(tx, c)
          : c.type === "new_document"
            ? await applyNewDocument(tx, c)
            : { revisionId: null, added: 0, removed: 0 };
      if ("conflictNote" in applied) {
        const [row] = await tx
          .update(contributions)
          .set({ status: "conflicted", conflictNote: applied.conflictNote, updatedAt: now() })
          .where(eq(contributions.id, c.id))
          .returning();
        await recordContributionActivity(tx, me.id, "conflicted", c, target);
        return { contribution: row ?? c, conflicts: applied.conflicts };
      }
      const credit = await creditFor(tx, c.authorId, c.performedOn);
      const documentSize = { linesAdded: applied.added, linesRemoved: applied.removed, size: applied.added + applied.removed };
      const [row] = await tx
        .update(contributions)
        .set({
          status: "accepted",
          reviewerId: me.id,
          reviewNote: note,
          reviewedAt: now(),
          resultRevisionId: applied.revisionId,
          ...credit,
          ...(c.type === "work" ? { size: c.minutes ?? 0 } : documentSize),
          updatedAt: now(),
        })
        .where(eq(contributions.id, c.id))
        .returning();
      if (!row) throw new Error("update returned no row");
      await recordContributionActivity(tx, me.id, "accepted", c, target, { type: c.type, funding: credit.funding });
      return { contribution: row };
    });
  } catch (err) {
    // Two new documents at one path accepted at the same moment: the second finds the path taken.
    if (isUniqueViolation(err, "documents_commons_path_key")) throw AppError.conflict(t("pathJustTaken"));
    throw err;
  }
}

export async function reject(db: Db, actor: Actor | null, id: string, note: string): Promise<Contribution> {
  return db.transaction(async (tx) => {
    const { c, target, me } = await openForReview(tx, actor, id, "reject");
    const [row] = await tx
      .update(contributions)
      .set({ status: "rejected", reviewerId: me.id, reviewNote: note, reviewedAt: now(), updatedAt: now() })
      .where(eq(contributions.id, c.id))
      .returning();
    if (!row) throw new Error("update returned no row");
    await recordContributionActivity(tx, me.id, "rejected", c, target);
    return row;
  });
}
