import { and, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { dayOf } from "../../calendar.ts";
import { prepared } from "../../db/prepared.ts";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { now } from "../../now.ts";
import { lineCount, lineStats } from "../../text/diff.ts";
import { contentHash } from "../../text/hash.ts";
import { authorizeParticipate } from "../commons/policy.ts";
import { findCommons, findCommonsById } from "../commons/service.ts";
import { assertDocumentSize, readBlob, storeBlob } from "../documents/blobs.ts";
import { blobs, documents, revisions } from "../documents/schema.ts";
import { recordContributionActivity } from "./activity.ts";
import type { Proposal, ProposalPatch } from "./inputs.ts";
import { authorizeRevise, authorizeWithdraw } from "./policy.ts";
import { contributionSupports, contributions } from "./schema.ts";

export type Contribution = typeof contributions.$inferSelect;

const OPEN = ["pending", "conflicted"] as const;
const today = () => dayOf(now());

export async function findContribution(db: Executor, id: string, opts: { forUpdate?: boolean } = {}): Promise<Contribution> {
  const q = db.select().from(contributions).where(eq(contributions.id, id)).limit(1);
  const [row] = opts.forUpdate ? await q.for("update") : await q;
  if (!row) throw AppError.notFound("This contribution");
  return row;
}

const headRevisions = alias(revisions, "head_revisions");
const editBaseStatement = (db: Executor) =>
  db
    .select({
      documentId: documents.id,
      revisionId: revisions.id,
      content: blobs.content,
      head: documents.head,
      headHash: headRevisions.blobHash,
    })
    .from(documents)
    .leftJoin(revisions, and(eq(revisions.documentId, documents.id), eq(revisions.number, sql.placeholder("number"))))
    .leftJoin(blobs, eq(blobs.hash, revisions.blobHash))
    .leftJoin(headRevisions, and(eq(headRevisions.documentId, documents.id), eq(headRevisions.number, documents.head)))
    .where(and(eq(documents.commonsId, sql.placeholder("commons")), eq(documents.path, sql.placeholder("path"))))
    .limit(1)
    .prepare("edit_base");

/** The document an edit targets and the text of its base revision, in one prepared query (every edit proposal runs it). */
async function editBase(db: Executor, commonsId: string, path: string, baseRevision: number) {
  const [row] = await prepared(db, "edit_base", () => editBaseStatement(db)).execute({ commons: commonsId, path, number: baseRevision });
  if (!row) throw AppError.validation("body.document", `This commons has no document "${path}".`);
  if (!row.revisionId || row.content === null) throw AppError.validation("body.baseRevision", `"${path}" has no revision ${baseRevision}.`);
  return { documentId: row.documentId, revisionId: row.revisionId, content: row.content, head: row.head, headHash: row.headHash };
}

/** An edit must change something, both from where it starts and from what the document says now. */
function assertChanged(base: { content: string; head: number; headHash: string | null }, after: string) {
  if (base.content === after)
    throw AppError.validation("body.content", "Nothing to change: the proposed text is the same as the revision it starts from.");
  if (base.headHash === contentHash(after))
    throw AppError.validation(
      "body.content",
      `Nothing to change: revision ${base.head}, the document's current text, already reads like this.`,
    );
}

/** What a proposal stores, by type: fields, base and line counts. */
async function proposalFields(db: Executor, commonsId: string, p: Proposal) {
  switch (p.type) {
    case "work":
      if (p.performedOn && p.performedOn > today()) throw AppError.validation("body.performedOn", "The work cannot be done in the future.");
      return { minutes: Math.round(p.hours * 60), link: p.link ?? null, performedOn: p.performedOn ?? today(), content: null };
    case "new_document": {
      assertDocumentSize(p.content, "body.content");
      const [taken] = await db
        .select({ id: documents.id })
        .from(documents)
        .where(and(eq(documents.commonsId, commonsId), eq(documents.path, p.path)))
        .limit(1);
      if (taken) throw AppError.conflict(`There is already a document at "${p.path}"; propose an edit to it instead.`, "body.path");
      return {
        path: p.path,
        documentTitle: p.documentTitle,
        format: p.format,
        linesAdded: lineCount(p.content),
        performedOn: today(),
        content: p.content,
      };
    }
    case "edit": {
      assertDocumentSize(p.content, "body.content");
      const base = await editBase(db, commonsId, p.document, p.baseRevision);
      assertChanged(base, p.content);
      const stats = lineStats(base.content, p.content);
      return {
        documentId: base.documentId,
        baseRevisionId: base.revisionId,
        linesAdded: stats.added,
        linesRemoved: stats.removed,
        performedOn: today(),
        content: p.content,
      };
    }
  }
}

/** Anyone signed in proposes a new document, an edit or logged work; no membership is needed. */
export async function propose(db: Db, actor: Actor | null, slug: string, input: Proposal, extra: { sourceRevisionId?: string } = {}) {
  return db.transaction(async (tx) => {
    const me = authorizeParticipate(actor);
    const target = await findCommons(tx, slug);
    const { content, ...fields } = await proposalFields(tx, target.id, input);
    const proposedHash = content === null ? null : await storeBlob(tx, content);
    const [row] = await tx
      .insert(contributions)
      .values({
        commonsId: target.id,
        type: input.type,
        kind: input.kind,
        authorId: me.id,
        title: input.title,
        description: input.description ?? "",
        proposedHash,
        sourceRevisionId: extra.sourceRevisionId ?? null,
        ...fields,
      })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await recordContributionActivity(tx, me.id, "proposed", row, target, { type: row.type, kind: row.kind });
    return row;
  });
}

/** The author changes an open proposal; new content (or a new base) puts a conflicted one back in the queue. */
export async function revise(db: Db, actor: Actor | null, id: string, patch: ProposalPatch) {
  return db.transaction(async (tx) => {
    const c = await findContribution(tx, id, { forUpdate: true });
    const me = authorizeRevise(actor, c);
    if (!(OPEN as readonly string[]).includes(c.status)) throw AppError.conflict(`This proposal is ${c.status}; it can no longer change.`);
    const changes = await revisedFields(tx, c, patch);
    const [row] = await tx
      .update(contributions)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(contributions.id, c.id))
      .returning();
    if (!row) throw new Error("update returned no row");
    const target = await findCommonsById(tx, c.commonsId);
    await recordContributionActivity(tx, me.id, "revised", row, target, { fields: Object.keys(patch) });
    return row;
  });
}

function refuseFields(c: Contribution, patch: ProposalPatch, fields: (keyof ProposalPatch)[]) {
  for (const f of fields) {
    if (patch[f] !== undefined) throw AppError.validation(`body.${f}`, `A ${c.type.replace("_", " ")} proposal has no ${f}.`);
  }
}

async function revisedFields(tx: Executor, c: Contribution, patch: ProposalPatch): Promise<Partial<Contribution>> {
  const common = {
    ...(patch.title !== undefined ? { title: patch.title } : {}),
    ...(patch.description !== undefined ? { description: patch.description } : {}),
    ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
  };
  if (c.type === "work") {
    refuseFields(c, patch, ["content", "baseRevision", "path", "documentTitle"]);
    return {
      ...common,
      ...(patch.hours !== undefined ? { minutes: Math.round(patch.hours * 60) } : {}),
      ...(patch.link !== undefined ? { link: patch.link } : {}),
    };
  }
  refuseFields(c, patch, ["hours", "link"]);
  if (c.type === "new_document") {
    refuseFields(c, patch, ["baseRevision"]);
    const content = patch.content;
    if (content !== undefined) assertDocumentSize(content, "body.content");
    return {
      ...common,
      ...(patch.path !== undefined ? { path: patch.path } : {}),
      ...(patch.documentTitle !== undefined ? { documentTitle: patch.documentTitle } : {}),
      ...(content !== undefined ? { proposedHash: await storeBlob(tx, content), linesAdded: lineCount(content) } : {}),
      ...(content !== undefined || patch.path !== undefined ? { status: "pending" as const, conflictNote: null } : {}),
    };
  }
  refuseFields(c, patch, ["path", "documentTitle"]);
  if (patch.content === undefined && patch.baseRevision === undefined) return common;
  const [doc] = await tx
    .select({ path: documents.path })
    .from(documents)
    .where(eq(documents.id, c.documentId ?? ""))
    .limit(1);
  if (!doc) throw AppError.conflict("The document this edit was for no longer exists.");
  const baseNumber = patch.baseRevision ?? (await revisionNumber(tx, c.baseRevisionId));
  const base = await editBase(tx, c.commonsId, doc.path, baseNumber);
  const content = patch.content ?? (await readBlob(tx, c.proposedHash ?? ""));
  assertDocumentSize(content, "body.content");
  assertChanged(base, content);
  const stats = lineStats(base.content, content);
  return {
    ...common,
    baseRevisionId: base.revisionId,
    proposedHash: await storeBlob(tx, content),
    linesAdded: stats.added,
    linesRemoved: stats.removed,
    status: "pending",
    conflictNote: null,
  };
}

async function revisionNumber(db: Executor, revisionId: string | null): Promise<number> {
  const [r] = await db
    .select({ number: revisions.number })
    .from(revisions)
    .where(eq(revisions.id, revisionId ?? ""))
    .limit(1);
  if (!r) throw AppError.conflict("The revision this edit started from no longer exists.");
  return r.number;
}

export async function withdraw(db: Db, actor: Actor | null, id: string) {
  return db.transaction(async (tx) => {
    const c = await findContribution(tx, id, { forUpdate: true });
    const me = authorizeWithdraw(actor, c);
    if (!(OPEN as readonly string[]).includes(c.status)) throw AppError.conflict(`This proposal is already ${c.status}.`);
    const [row] = await tx
      .update(contributions)
      .set({ status: "withdrawn", updatedAt: new Date() })
      .where(eq(contributions.id, c.id))
      .returning();
    if (!row) throw new Error("update returned no row");
    const target = await findCommonsById(tx, c.commonsId);
    await recordContributionActivity(tx, me.id, "withdrawn", c, target);
    return row;
  });
}

/** Signals support; each person counts once, and the count stays exact under concurrent signals. */
export async function setSupport(db: Db, actor: Actor | null, id: string, support: boolean) {
  return db.transaction(async (tx) => {
    const me = authorizeParticipate(actor);
    const c = await findContribution(tx, id);
    const changed = support
      ? await tx.insert(contributionSupports).values({ contributionId: c.id, personId: me.id }).onConflictDoNothing().returning()
      : await tx
          .delete(contributionSupports)
          .where(and(eq(contributionSupports.contributionId, c.id), eq(contributionSupports.personId, me.id)))
          .returning();
    if (changed.length === 0) return c.supportCount;
    const [row] = await tx
      .update(contributions)
      .set({ supportCount: sql`${contributions.supportCount} + ${support ? 1 : -1}` })
      .where(eq(contributions.id, c.id))
      .returning({ supportCount: contributions.supportCount });
    const target = await findCommonsById(tx, c.commonsId);
    await recordContributionActivity(tx, me.id, support ? "supported" : "unsupported", c, target);
    return row?.supportCount ?? c.supportCount;
  });
}
