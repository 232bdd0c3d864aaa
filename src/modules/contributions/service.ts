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
import { t as commonsText } from "../commons/messages.ts";
import { authorizeParticipate, canMaintain } from "../commons/policy.ts";
import { findCommonsById } from "../commons/service.ts";
import { assertDocumentSize, readBlob, storeBlob } from "../documents/blobs.ts";
import { blobs, type DOCUMENT_FORMATS, documents, revisions } from "../documents/schema.ts";
import type { Standing } from "../organizations/policy.ts";
import { recordContributionActivity } from "./activity.ts";
import type { Proposal, ProposalPatch } from "./inputs.ts";
import { t } from "./messages.ts";
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
  if (!row) throw AppError.notFound(t("contribution"));
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
  if (!row?.documentId) throw AppError.validation("body.document", t("noDocument", { path }));
  if (!row.revisionId || row.content === null)
    throw AppError.validation("body.baseRevision", t("noRevision", { path, revision: baseRevision }));
  return { documentId: row.documentId, revisionId: row.revisionId, content: row.content, head: row.head ?? 0, headHash: row.headHash };
}

/** An edit must change something, both from where it starts and from what the document says now. */
function assertChanged(base: { content: string; head: number; headHash: string | null }, after: string, afterHash = contentHash(after)) {
  if (base.content === after) throw AppError.validation("body.content", t("sameAsBase"));
  if (base.headHash === afterHash) throw headAlreadyReads(base.head);
}

const headAlreadyReads = (head: number) => AppError.validation("body.content", t("headAlreadyReads", { head }));

const pathTaken = (path: string) => AppError.conflict(t("pathTaken", { path }), "body.path");

/**
 * An edit's base revision and text, by commons, document path and revision number. A revision never
 * changes (revisions_immutable, blobs_immutable), so a text read once serves every later proposal on
 * the same base without reading it again; the proposal's statement checks that revision N of that
 * path is still the revision the text was read from, and a proposal whose check fails reads again.
 * Bounded by the bytes held, least recently used out first.
 */
const baseTexts = new Map<string, { revisionId: string; content: string }>();
const BASE_TEXT_BYTES = 16 * 1024 * 1024;
let baseTextBytes = 0;
const baseKey = (slug: string, path: string, number: number) => `${slug.toLowerCase()}\n${path}\n${number}`;

function recallBase(key: string) {
  const kept = baseTexts.get(key);
  if (kept) {
    // Most recently used last: the map's order is the eviction order.
    baseTexts.delete(key);
    baseTexts.set(key, kept);
  }
  return kept;
}

function rememberBase(key: string, base: { revisionId: string; content: string }) {
  forgetBase(key);
  if (base.content.length > BASE_TEXT_BYTES / 4) return;
  baseTexts.set(key, { revisionId: base.revisionId, content: base.content });
  baseTextBytes += base.content.length;
  for (const [k, v] of baseTexts) {
    if (baseTextBytes <= BASE_TEXT_BYTES) break;
    baseTexts.delete(k);
    baseTextBytes -= v.content.length;
  }
}

function forgetBase(key: string) {
  const kept = baseTexts.get(key);
  if (!kept) return;
  baseTexts.delete(key);
  baseTextBytes -= kept.content.length;
}

/**
 * What proposing reads when it cannot go straight to its statement (the first proposal on a base, or
 * one that is refused): the commons, and by type the edit's document, base revision and text and the
 * document's current head, or whether a new document's path is taken.
 */
const proposeContextStatement = () => sql`
  with k as (
    select c.id from commons c where c.slug = ${sql.placeholder("slug")}::text
  ), doc as (
    select d.id, d.head from documents d
    where d.commons_id = (select id from k) and d.path = ${sql.placeholder("document")}::text
  ), base as (
    select r.id, b.content from revisions r join blobs b on b.hash = r.blob_hash
    where r.document_id = (select id from doc) and r.number = ${sql.placeholder("baseRevision")}::int
  )
  select (select id from doc) as "documentId", (select head from doc) as head,
         (select id from base) as "revisionId", (select content from base) as content,
         (select r.blob_hash from revisions r where r.document_id = (select id from doc) and r.number = (select head from doc)) as "headHash",
         exists (select 1 from documents d where d.commons_id = k.id and d.path = ${sql.placeholder("newPath")}::text) as taken
  from k`;

interface ProposeContext {
  documentId: string | null;
  head: number | null;
  revisionId: string | null;
  content: string | null;
  headHash: string | null;
  taken: boolean;
}

/**
 * A proposal in one statement: the commons, the actor's standing in its community (whether they may
 * review, for the answer) and the edited document, the checks that need the database's current state,
 * and — only when they pass — the text as a blob (stored once under its hash), the contribution and
 * its activity row. The checks: the commons exists; an edit's base is still revision N of the
 * document at that path, the one its text came from (`based`); the document's head does not already
 * read like the edit (`unchanged`); a new document's path is free (`taken`). It answers with the
 * contribution as written and what its page shows beside it, so nothing is read back.
 */
const proposeStatement = () => sql`
  with k as (
    select c.id, c.slug, c.title, c.community_id from commons c where c.slug = ${sql.placeholder("slug")}::text
  ), doc as (
    select d.id, d.title, d.format, d.head from documents d
    where d.commons_id = (select id from k) and d.path = ${sql.placeholder("document")}::text
  ), guard as (
    select (select id from k) is not null as found,
           ${sql.placeholder("type")}::text <> 'edit'
             or exists (select 1 from revisions r
                        where r.document_id = (select id from doc) and r.number = ${sql.placeholder("baseRevision")}::int
                          and r.id = ${sql.placeholder("baseRevisionId")}::uuid) as based,
           ${sql.placeholder("type")}::text = 'edit'
             and coalesce((select r.blob_hash = ${sql.placeholder("hash")}::text from revisions r
                           where r.document_id = (select id from doc) and r.number = (select head from doc)), false) as unchanged,
           ${sql.placeholder("type")}::text = 'new_document'
             and exists (select 1 from documents d where d.commons_id = (select id from k) and d.path = ${sql.placeholder("path")}::text) as taken
  ), ok as (
    select found and based and not unchanged and not taken as ok from guard
  ), blob as (
    insert into blobs (hash, content, bytes)
    select ${sql.placeholder("hash")}::text, ${sql.placeholder("content")}::text, ${sql.placeholder("bytes")}::int
    from ok where ok.ok and ${sql.placeholder("hash")}::text is not null
    on conflict do nothing
  ), written as (
    insert into contributions (commons_id, type, kind, author_id, title, description, proposed_hash, source_revision_id,
                               document_id, base_revision_id, path, document_title, format, minutes, link, performed_on,
                               lines_added, lines_removed, remote_author_uri, remote_author_handle, remote_author_name,
                               remote_offer_uri)
    select (select id from k), ${sql.placeholder("type")}::contribution_type, ${sql.placeholder("kind")}::contribution_kind,
           ${sql.placeholder("person")}::uuid, ${sql.placeholder("title")}::text, ${sql.placeholder("description")}::text,
           ${sql.placeholder("hash")}::text, ${sql.placeholder("sourceRevisionId")}::uuid, (select id from doc),
           ${sql.placeholder("baseRevisionId")}::uuid, ${sql.placeholder("path")}::text, ${sql.placeholder("documentTitle")}::text,
           ${sql.placeholder("format")}::document_format, ${sql.placeholder("minutes")}::int, ${sql.placeholder("link")}::text,
           ${sql.placeholder("performedOn")}::date, ${sql.placeholder("linesAdded")}::int, ${sql.placeholder("linesRemoved")}::int,
           ${sql.placeholder("remoteAuthorUri")}::text, ${sql.placeholder("remoteAuthorHandle")}::text,
           ${sql.placeholder("remoteAuthorName")}::text, ${sql.placeholder("remoteOfferUri")}::text
    from ok where ok.ok
    returning id, commons_id as "commonsId", type, kind, status, author_id as "authorId", title, description,
              performed_on::text as "performedOn", document_id as "documentId", base_revision_id as "baseRevisionId",
              proposed_hash as "proposedHash", path, document_title as "documentTitle", format, source_revision_id as "sourceRevisionId",
              minutes, link, lines_added as "linesAdded", lines_removed as "linesRemoved", support_count as "supportCount",
              conflict_note as "conflictNote", external_id as "externalId", external_author as "externalAuthor",
              remote_author_uri as "remoteAuthorUri", remote_author_handle as "remoteAuthorHandle",
              remote_author_name as "remoteAuthorName", remote_offer_uri as "remoteOfferUri",
              reviewer_id as "reviewerId", review_note as "reviewNote", reviewed_at::text as "reviewedAt",
              result_revision_id as "resultRevisionId", funding, paid_by_id as "paidById", size,
              created_at::text as "createdAt", updated_at::text as "updatedAt",
              to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "cursorTime"
  ), logged as (
    insert into activities (actor_id, verb, object_type, object_id, target_type, target_id, organization_id, data)
    select ${sql.placeholder("person")}::uuid, 'contribution.proposed', 'contribution', w.id, 'commons', k.id, k.community_id,
           jsonb_build_object('commons', k.slug, 'title', w.title, 'type', w.type, 'kind', w.kind)
             || case when w."remoteAuthorHandle" is null then '{}'::jsonb else jsonb_build_object('remoteAuthor', w."remoteAuthorHandle") end
    from written w cross join k
  )
  select g.found, g.based, g.unchanged, g.taken,
         k.slug, k.title, k.community_id as "communityId", m.role, m.status,
         (select title from doc) as "documentTitle", (select format from doc) as format, (select head from doc) as head,
         to_jsonb(w) as written, s.slug as "sourceCommons", s.path as "sourcePath", s.number as "sourceRevision"
  from guard g
  left join k on true
  left join memberships m on m.organization_id = k.community_id and m.person_id = ${sql.placeholder("person")}::uuid
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
  found: boolean;
  based: boolean;
  unchanged: boolean;
  taken: boolean;
  slug: string | null;
  title: string | null;
  communityId: string | null;
  role: Standing["role"];
  status: Standing["status"];
  documentTitle: string | null;
  format: (typeof DOCUMENT_FORMATS)[number] | null;
  head: number | null;
  written: WrittenContribution | null;
  sourceCommons: string | null;
  sourcePath: string | null;
  sourceRevision: number | null;
}

/** What a proposal stores, whatever its type: each type fills in its own fields. */
interface ProposalFields {
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

/**
 * What a proposal stores, by type, and the checks that need nothing from the database but an edit's
 * base text: the work's date, the text's size, an edit that changes nothing from its base.
 */
function proposalFields(p: Proposal, base: { revisionId: string; content: string } | undefined): ProposalFields {
  switch (p.type) {
    case "work":
      if (p.performedOn && p.performedOn > today()) throw AppError.validation("body.performedOn", t("futureWork"));
      return { ...NO_FIELDS, minutes: Math.round(p.hours * 60), link: p.link ?? null, performedOn: p.performedOn ?? today() };
    case "new_document":
      assertDocumentSize(p.content, "body.content");
      return {
        ...NO_FIELDS,
        path: p.path,
        documentTitle: p.documentTitle,
        format: p.format,
        linesAdded: lineCount(p.content),
        performedOn: today(),
        content: p.content,
      };
    case "edit": {
      assertDocumentSize(p.content, "body.content");
      if (!base) throw new Error("an edit's fields need its base");
      if (base.content === p.content) throw AppError.validation("body.content", t("sameAsBase"));
      const stats = lineStats(base.content, p.content);
      return {
        ...NO_FIELDS,
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
 * The refusals in the order proposing has always checked them (the commons, the text's size, the
 * edit's document and base, what the edit changes, a new document's path), from a fresh read of what
 * the proposal depends on; then its fields. Runs when proposeStatement cannot go first: no base text
 * kept for an edit, or a refusal to name.
 */
async function checkedProposal(db: Db, slug: string, input: Proposal): Promise<ProposalFields> {
  const [ctx] = await preparedSql<ProposeContext>(db, "contribution_propose_context", proposeContextStatement).execute({
    slug: slug.toLowerCase(),
    document: input.type === "edit" ? input.document : null,
    baseRevision: input.type === "edit" ? input.baseRevision : null,
    newPath: input.type === "new_document" ? input.path : null,
  });
  if (!ctx) throw AppError.notFound(commonsText("commonsNamed", { slug }));
  if (input.type !== "edit") {
    const fields = proposalFields(input, undefined);
    if (input.type === "new_document" && ctx.taken) throw pathTaken(input.path);
    return fields;
  }
  assertDocumentSize(input.content, "body.content");
  const base = checkedBase(ctx, input.document, input.baseRevision);
  rememberBase(baseKey(slug, input.document, input.baseRevision), base);
  const fields = proposalFields(input, base);
  assertChanged(base, input.content);
  return fields;
}

/**
 * Anyone signed in proposes a new document, an edit or logged work; no membership is needed.
 * One round trip when it can (proposeStatement, with an edit's base text kept from an earlier
 * proposal on the same base); otherwise, or to name a refusal in its usual order, the context is
 * read first (checkedProposal). Returns the contribution as written and as its page shows it
 * (`view`), so the route answers without reading it back.
 */
/** A change offered from another instance: its author there and the Offer that carried it. */
export interface RemoteContributor {
  authorUri: string;
  handle: string;
  name: string;
  offerUri: string;
}

/** Writes a proposal by a person here or by someone elsewhere (see proposeAndShow for the checks). */
async function writeProposal(
  db: Db,
  by: { personId: string | null; remote?: RemoteContributor },
  slug: string,
  input: Proposal,
  extra: { sourceRevisionId?: string },
) {
  const key = input.type === "edit" ? baseKey(slug, input.document, input.baseRevision) : null;
  let fields: ProposalFields | null = null;
  const kept = key ? recallBase(key) : undefined;
  if (!key || kept) {
    try {
      fields = proposalFields(input, kept);
    } catch {
      // A refusal is named by checkedProposal, after the checks that come before it.
    }
  }
  let out: ProposeRow | undefined;
  for (let attempt = 1; ; attempt++) {
    fields ??= await checkedProposal(db, slug, input);
    const hash = fields.content === null ? null : contentHash(fields.content);
    [out] = await preparedSql<ProposeRow>(db, "contribution_propose", proposeStatement).execute({
      slug: slug.toLowerCase(),
      person: by.personId,
      remoteAuthorUri: by.remote?.authorUri ?? null,
      remoteAuthorHandle: by.remote?.handle ?? null,
      remoteAuthorName: by.remote?.name ?? null,
      remoteOfferUri: by.remote?.offerUri ?? null,
      type: input.type,
      kind: input.kind,
      title: input.title,
      description: input.description ?? "",
      hash,
      content: fields.content,
      bytes: fields.content === null ? null : byteLength(fields.content),
      sourceRevisionId: extra.sourceRevisionId ?? null,
      document: input.type === "edit" ? input.document : null,
      baseRevision: input.type === "edit" ? input.baseRevision : null,
      baseRevisionId: fields.baseRevisionId,
      path: fields.path,
      documentTitle: fields.documentTitle,
      format: fields.format,
      minutes: fields.minutes,
      link: fields.link,
      performedOn: fields.performedOn,
      linesAdded: fields.linesAdded,
      linesRemoved: fields.linesRemoved,
    });
    if (!out?.found) throw AppError.notFound(commonsText("commonsNamed", { slug }));
    if (out.based) break;
    // The kept base is no longer revision N of that path (or it changed since checkedProposal read it): read again.
    if (key) forgetBase(key);
    if (attempt >= 2) throw AppError.conflict(t("documentChanged"));
    fields = null;
  }
  if (out.unchanged) throw headAlreadyReads(out.head ?? 0);
  if (out.taken) throw pathTaken(input.type === "new_document" ? input.path : "");
  const { written, slug: writtenSlug, title, communityId } = out;
  if (!written || writtenSlug === null || title === null || communityId === null) throw new Error("the proposal was not written");
  return { ...out, written, slug: writtenSlug, title, communityId };
}

/**
 * A change offered from another instance joins the review queue as a pending contribution whose
 * author lives there: the same checks as any proposal (the base revision, the size, a change that
 * changes something), and the same three-way merge when a maintainer accepts it.
 */
export async function proposeFromElsewhere(db: Db, slug: string, input: Proposal, remote: RemoteContributor) {
  const out = await writeProposal(db, { personId: null, remote }, slug, input, {});
  if (!out.written) throw new Error("the proposal was not written");
  return out.written;
}

export async function proposeAndShow(
  db: Db,
  actor: Actor | null,
  slug: string,
  input: Proposal,
  extra: { sourceRevisionId?: string } = {},
) {
  const me = authorizeParticipate(actor);
  const out = await writeProposal(db, { personId: me.id }, slug, input, extra);
  const { cursorTime, ...w } = out.written;
  const row: Contribution = {
    ...w,
    createdAt: new Date(w.createdAt),
    updatedAt: new Date(w.updatedAt),
    reviewedAt: w.reviewedAt === null ? null : new Date(w.reviewedAt),
  };
  // The page's document: an edit's as it is now (the detail query joins it), a new document's as proposed.
  const edit = input.type === "edit";
  const detail = {
    ...row,
    cursorTime,
    path: input.type === "edit" ? input.document : row.path,
    commons: { slug: out.slug, title: out.title },
    author: { handle: me.handle, name: me.name },
    remoteAuthor: { handle: null, name: null, uri: null },
    documentTitle: edit ? out.documentTitle : row.documentTitle,
    format: edit ? out.format : row.format,
    head: edit ? out.head : null,
    baseRevision: input.type === "edit" ? input.baseRevision : null,
    resultRevision: null,
    reviewer: null,
    paidBy: null,
    source: { commons: out.sourceCommons, path: out.sourcePath, revision: out.sourceRevision },
    communityId: out.communityId,
  } satisfies ContributionDetail;
  const view = contributionView(detail, {
    isAuthor: true,
    canReview: canMaintain(me, { role: out.role, status: out.status }),
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
    if (!(OPEN as readonly string[]).includes(c.status)) throw AppError.conflict(t("cannotChange", { status: c.status }));
    const changes = await revisedFields(tx, c, patch);
    const [row] = await tx
      .update(contributions)
      .set({ ...changes, updatedAt: now() })
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
    if (patch[f] !== undefined) throw AppError.validation(`body.${f}`, t("noSuchField", { type: c.type, field: f }));
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
  if (!doc) throw AppError.conflict(t("documentGone"));
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
  if (!r) throw AppError.conflict(t("baseGone"));
  return r.number;
}

export async function withdraw(db: Db, actor: Actor | null, id: string) {
  return db.transaction(async (tx) => {
    const c = await findContribution(tx, id, { forUpdate: true });
    const me = authorizeWithdraw(actor, c);
    if (!(OPEN as readonly string[]).includes(c.status)) throw AppError.conflict(t("alreadyClosed", { status: c.status }));
    const [row] = await tx
      .update(contributions)
      .set({ status: "withdrawn", updatedAt: now() })
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
