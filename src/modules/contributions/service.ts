import { and, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { dayOf } from "../../calendar.ts";
import { prepared, preparedSql } from "../../db/prepared.ts";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { now } from "../../now.ts";
import { lineCount, lineStats } from "../../text/diff.ts";
import { byteLength, contentHash } from "../../text/hash.ts";
import { authorizeParticipate, canMaintain } from "../commons/policy.ts";
import { findCommonsById } from "../commons/service.ts";
import { assertDocumentSize, readBlob, storeBlob } from "../documents/blobs.ts";
import { blobs, type DOCUMENT_FORMATS, documents, revisions } from "../documents/schema.ts";
import type { Standing } from "../organizations/policy.ts";
import { recordContributionActivity } from "./activity.ts";
import type { Proposal, ProposalPatch } from "./inputs.ts";
import { authorizeRevise, authorizeWithdraw } from "./policy.ts";
import type { ContributionDetail } from "./read.ts";
import { contributionSupports, contributions } from "./schema.ts";
import { contributionView } from "./views.ts";

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
  return checkedBase(row, path, baseRevision);
}

/** An edit's base as a lookup found it, or the problem with the document or revision the edit names. */
function checkedBase(
  row:
    | { documentId: string | null; revisionId: string | null; content: string | null; head: number | null; headHash: string | null }
    | undefined,
  path: string,
  baseRevision: number,
) {
  if (!row?.documentId) throw AppError.validation("body.document", `This commons has no document "${path}".`);
  if (!row.revisionId || row.content === null) throw AppError.validation("body.baseRevision", `"${path}" has no revision ${baseRevision}.`);
  return { documentId: row.documentId, revisionId: row.revisionId, content: row.content, head: row.head ?? 0, headHash: row.headHash };
}

/** An edit must change something, both from where it starts and from what the document says now. */
function assertChanged(base: { content: string; head: number; headHash: string | null }, after: string, afterHash = contentHash(after)) {
  if (base.content === after)
    throw AppError.validation("body.content", "Nothing to change: the proposed text is the same as the revision it starts from.");
  if (base.headHash === afterHash) throw headAlreadyReads(base.head);
}

const headAlreadyReads = (head: number) =>
  AppError.validation("body.content", `Nothing to change: revision ${head}, the document's current text, already reads like this.`);

const pathTaken = (path: string) =>
  AppError.conflict(`There is already a document at "${path}"; propose an edit to it instead.`, "body.path");

/**
 * What proposing needs to read before it writes, in one prepared statement: the commons, the actor's
 * standing in its community (whether they may review, for the answer), and by type the edit's
 * document, base revision and text and the document's current head, or whether a new document's
 * path is taken.
 */
const proposeContextStatement = () => sql`
  with k as (
    select c.id, c.slug, c.title, c.community_id from commons c where c.slug = ${sql.placeholder("slug")}::text
  ), doc as (
    select d.id, d.title, d.format, d.head from documents d
    where d.commons_id = (select id from k) and d.path = ${sql.placeholder("document")}::text
  ), base as (
    select r.id, b.content from revisions r join blobs b on b.hash = r.blob_hash
    where r.document_id = (select id from doc) and r.number = ${sql.placeholder("baseRevision")}::int
  )
  select k.id, k.slug, k.title, k.community_id as "communityId",
         m.role, m.status,
         (select id from doc) as "documentId", (select title from doc) as "documentTitle", (select format from doc) as format,
         (select head from doc) as head,
         (select id from base) as "revisionId", (select content from base) as content,
         (select r.blob_hash from revisions r where r.document_id = (select id from doc) and r.number = (select head from doc)) as "headHash",
         exists (select 1 from documents d where d.commons_id = k.id and d.path = ${sql.placeholder("newPath")}::text) as taken
  from k left join memberships m on m.organization_id = k.community_id and m.person_id = ${sql.placeholder("person")}::uuid`;

interface ProposeContext {
  id: string;
  slug: string;
  title: string;
  communityId: string;
  role: Standing["role"];
  status: Standing["status"];
  documentId: string | null;
  documentTitle: string | null;
  format: (typeof DOCUMENT_FORMATS)[number] | null;
  head: number | null;
  revisionId: string | null;
  content: string | null;
  headHash: string | null;
  taken: boolean;
}

/**
 * The proposal's rows in one statement: its text as a blob (stored once under its hash), the
 * contribution and its activity row. The rule that needs the database's current state is checked in
 * the same statement: an edit is refused (nothing written) when the document's head already reads
 * like it, a new document when its path was taken meanwhile; `refused` says so. It answers with what
 * the page of the proposal shows, from the rows written.
 */
const proposeStatement = () => sql`
  with guard as (
    select case ${sql.placeholder("type")}::text
             when 'edit' then coalesce((select r.blob_hash = ${sql.placeholder("hash")}::text
                                        from documents d join revisions r on r.document_id = d.id and r.number = d.head
                                        where d.id = ${sql.placeholder("documentId")}::uuid), false)
             when 'new_document' then exists (select 1 from documents d
                                              where d.commons_id = ${sql.placeholder("commons")}::uuid and d.path = ${sql.placeholder("path")}::text)
             else false
           end as refused,
           (select d.head from documents d where d.id = ${sql.placeholder("documentId")}::uuid) as head
  ), blob as (
    insert into blobs (hash, content, bytes)
    select ${sql.placeholder("hash")}::text, ${sql.placeholder("content")}::text, ${sql.placeholder("bytes")}::int
    from guard where not refused and ${sql.placeholder("hash")}::text is not null
    on conflict do nothing
  ), written as (
    insert into contributions (commons_id, type, kind, author_id, title, description, proposed_hash, source_revision_id,
                               document_id, base_revision_id, path, document_title, format, minutes, link, performed_on,
                               lines_added, lines_removed)
    select ${sql.placeholder("commons")}::uuid, ${sql.placeholder("type")}::contribution_type, ${sql.placeholder("kind")}::contribution_kind,
           ${sql.placeholder("person")}::uuid, ${sql.placeholder("title")}::text, ${sql.placeholder("description")}::text,
           ${sql.placeholder("hash")}::text, ${sql.placeholder("sourceRevisionId")}::uuid, ${sql.placeholder("documentId")}::uuid,
           ${sql.placeholder("baseRevisionId")}::uuid, ${sql.placeholder("path")}::text, ${sql.placeholder("documentTitle")}::text,
           ${sql.placeholder("format")}::document_format, ${sql.placeholder("minutes")}::int, ${sql.placeholder("link")}::text,
           ${sql.placeholder("performedOn")}::date, ${sql.placeholder("linesAdded")}::int, ${sql.placeholder("linesRemoved")}::int
    from guard where not refused
    returning id, commons_id as "commonsId", type, kind, status, author_id as "authorId", title, description,
              performed_on::text as "performedOn", document_id as "documentId", base_revision_id as "baseRevisionId",
              proposed_hash as "proposedHash", path, document_title as "documentTitle", format, source_revision_id as "sourceRevisionId",
              minutes, link, lines_added as "linesAdded", lines_removed as "linesRemoved", support_count as "supportCount",
              conflict_note as "conflictNote", external_id as "externalId", external_author as "externalAuthor",
              reviewer_id as "reviewerId", review_note as "reviewNote", reviewed_at::text as "reviewedAt",
              result_revision_id as "resultRevisionId", funding, paid_by_id as "paidById", size,
              created_at::text as "createdAt", updated_at::text as "updatedAt",
              to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "cursorTime"
  ), logged as (
    insert into activities (actor_id, verb, object_type, object_id, target_type, target_id, organization_id, data)
    select ${sql.placeholder("person")}::uuid, 'contribution.proposed', 'contribution', w.id, 'commons', ${sql.placeholder("commons")}::uuid,
           ${sql.placeholder("communityId")}::uuid, ${sql.placeholder("activity")}::jsonb
    from written w
  )
  select g.refused, g.head, to_jsonb(w) as written,
         s.slug as "sourceCommons", s.path as "sourcePath", s.number as "sourceRevision"
  from guard g
  left join written w on true
  left join lateral (
    select c.slug, d.path, r.number from revisions r join documents d on d.id = r.document_id join commons c on c.id = d.commons_id
    where r.id = w."sourceRevisionId"
  ) s on true`;

/** A contribution row as the statement returns it: timestamps as text, the page's cursor time beside them. */
type WrittenContribution = Omit<Contribution, "createdAt" | "updatedAt" | "reviewedAt"> & {
  createdAt: string;
  updatedAt: string;
  reviewedAt: string | null;
  cursorTime: string;
};

interface ProposeRow {
  refused: boolean;
  head: number | null;
  written: WrittenContribution | null;
  sourceCommons: string | null;
  sourcePath: string | null;
  sourceRevision: number | null;
}

/** What a proposal stores, whatever its type: each type fills in its own fields. */
interface ProposalFields {
  documentId: string | null;
  baseRevisionId: string | null;
  path: string | null;
  documentTitle: string | null;
  format: (typeof DOCUMENT_FORMATS)[number] | null;
  minutes: number | null;
  link: string | null;
  performedOn: string;
  linesAdded: number;
  linesRemoved: number;
  content: string | null;
}

const NO_FIELDS = {
  documentId: null,
  baseRevisionId: null,
  path: null,
  documentTitle: null,
  format: null,
  minutes: null,
  link: null,
  linesAdded: 0,
  linesRemoved: 0,
  content: null,
} as const;

/** What a proposal stores, by type, from what the context statement found: fields, base and line counts. */
function proposalFields(ctx: ProposeContext, p: Proposal): ProposalFields {
  switch (p.type) {
    case "work":
      if (p.performedOn && p.performedOn > today()) throw AppError.validation("body.performedOn", "The work cannot be done in the future.");
      return { ...NO_FIELDS, minutes: Math.round(p.hours * 60), link: p.link ?? null, performedOn: p.performedOn ?? today() };
    case "new_document": {
      assertDocumentSize(p.content, "body.content");
      if (ctx.taken) throw pathTaken(p.path);
      return {
        ...NO_FIELDS,
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
      const base = checkedBase(ctx, p.document, p.baseRevision);
      assertChanged(base, p.content);
      const stats = lineStats(base.content, p.content);
      return {
        ...NO_FIELDS,
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

/**
 * Anyone signed in proposes a new document, an edit or logged work; no membership is needed.
 * Two round trips: what the proposal depends on (proposeContextStatement), then its rows
 * (proposeStatement). Returns the contribution as written and as its page shows it (`view`), so
 * the route answers without reading it back.
 */
export async function proposeAndShow(
  db: Db,
  actor: Actor | null,
  slug: string,
  input: Proposal,
  extra: { sourceRevisionId?: string } = {},
) {
  const me = authorizeParticipate(actor);
  const [ctx] = await preparedSql<ProposeContext>(db, "contribution_propose_context", proposeContextStatement).execute({
    slug: slug.toLowerCase(),
    person: me.id,
    document: input.type === "edit" ? input.document : null,
    baseRevision: input.type === "edit" ? input.baseRevision : null,
    newPath: input.type === "new_document" ? input.path : null,
  });
  if (!ctx) throw AppError.notFound(`The commons "${slug}"`);
  const f = proposalFields(ctx, input);
  const hash = f.content === null ? null : contentHash(f.content);
  const [out] = await preparedSql<ProposeRow>(db, "contribution_propose", proposeStatement).execute({
    commons: ctx.id,
    communityId: ctx.communityId,
    person: me.id,
    type: input.type,
    kind: input.kind,
    title: input.title,
    description: input.description ?? "",
    hash,
    content: f.content,
    bytes: f.content === null ? null : byteLength(f.content),
    sourceRevisionId: extra.sourceRevisionId ?? null,
    documentId: f.documentId,
    baseRevisionId: f.baseRevisionId,
    path: f.path,
    documentTitle: f.documentTitle,
    format: f.format,
    minutes: f.minutes,
    link: f.link,
    performedOn: f.performedOn,
    linesAdded: f.linesAdded,
    linesRemoved: f.linesRemoved,
    activity: JSON.stringify({ commons: ctx.slug, title: input.title, type: input.type, kind: input.kind }),
  });
  if (out?.refused) throw input.type === "new_document" ? pathTaken(input.path) : headAlreadyReads(out.head ?? ctx.head ?? 0);
  if (!out?.written) throw new Error("the proposal was not written");
  const { cursorTime, ...w } = out.written;
  const row: Contribution = {
    ...w,
    createdAt: new Date(w.createdAt),
    updatedAt: new Date(w.updatedAt),
    reviewedAt: w.reviewedAt === null ? null : new Date(w.reviewedAt),
  };
  // The page's document: an edit's as it is now (the detail query joins it), a new document's as proposed.
  const edit = row.type === "edit";
  const detail = {
    ...row,
    cursorTime,
    path: input.type === "edit" ? input.document : row.path,
    commons: { slug: ctx.slug, title: ctx.title },
    author: { handle: me.handle, name: me.name },
    documentTitle: edit ? ctx.documentTitle : row.documentTitle,
    format: edit ? ctx.format : row.format,
    head: edit ? ctx.head : null,
    baseRevision: input.type === "edit" ? input.baseRevision : null,
    resultRevision: null,
    reviewer: null,
    paidBy: null,
    source: { commons: out.sourceCommons, path: out.sourcePath, revision: out.sourceRevision },
    communityId: ctx.communityId,
  } satisfies ContributionDetail;
  const view = contributionView(detail, {
    isAuthor: true,
    canReview: canMaintain(me, { role: ctx.role, status: ctx.status }),
    supports: false,
  });
  return { row, view };
}

/** Proposes (see proposeAndShow) and returns the contribution as written. */
export async function propose(db: Db, actor: Actor | null, slug: string, input: Proposal, extra: { sourceRevisionId?: string } = {}) {
  return (await proposeAndShow(db, actor, slug, input, extra)).row;
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
