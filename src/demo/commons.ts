import { createCommons, updateCommons } from "../modules/commons/service.ts";
import { ProposalInput } from "../modules/contributions/inputs.ts";
import { accept, reject } from "../modules/contributions/review.ts";
import { type Contribution, propose, setSupport, withdraw } from "../modules/contributions/service.ts";
import { readBlob } from "../modules/documents/blobs.ts";
import { findDocument, revisionOf } from "../modules/documents/service.ts";
import { actor, type DemoContext, type DemoStep } from "./context.ts";
import { DEMO_COMMONS, DEMO_DOCUMENTS, DEMO_PENDING_DOCUMENT } from "./documents.ts";
import { type Change, CONFLICTING_EDITS, type DemoEdit, EDITS_AFTER_FORK, EDITS_BEFORE_FORK, type Outcome } from "./history.ts";

/** Applies an edit's changes; a `find` that is missing or ambiguous is a mistake in the demo data. */
export function applyChanges(text: string, changes: Change[], where: string): string {
  let out = text;
  for (const c of changes) {
    if ("append" in c) {
      out += c.append;
      continue;
    }
    const at = out.indexOf(c.find);
    if (at < 0 || out.indexOf(c.find, at + 1) >= 0) {
      throw new Error(`demo data: ${where} expects "${c.find.slice(0, 60)}" exactly once in the document`);
    }
    out = out.slice(0, at) + c.replace + out.slice(at + c.find.length);
  }
  return out;
}

interface Head {
  number: number;
  content: string;
}

/** A document's newest revision number and text. */
export async function headOf(ctx: DemoContext, slug: string, path: string): Promise<Head> {
  const { document } = await findDocument(ctx.db, slug, path);
  const revision = await revisionOf(ctx.db, document.id, document.head);
  return { number: document.head, content: await readBlob(ctx.db, revision.blobHash) };
}

/** Proposes an edit on the document's newest revision, or on `base` when given. */
export async function proposeEdit(ctx: DemoContext, slug: string, e: DemoEdit, base?: Head): Promise<Contribution> {
  await ctx.clock.pass(40);
  const head = base ?? (await headOf(ctx, slug, e.doc));
  const input = ProposalInput.parse({
    type: "edit",
    title: e.title,
    description: e.description,
    kind: e.kind ?? "documentation",
    document: e.doc,
    baseRevision: head.number,
    content: applyChanges(head.content, e.changes, `"${e.title}"`),
  });
  return propose(ctx.db, actor(ctx, e.by), slug, input);
}

/** Carries out what happens to a proposal, then its supporters signal support. Returns its final status. */
export async function settle(ctx: DemoContext, c: Contribution, by: string, outcome: Outcome, supporters: string[] = []) {
  let status = c.status;
  if (!("pending" in outcome)) await ctx.clock.pass(16);
  if ("accept" in outcome) status = (await accept(ctx.db, actor(ctx, outcome.accept), c.id, outcome.note)).contribution.status;
  else if ("reject" in outcome) status = (await reject(ctx.db, actor(ctx, outcome.reject), c.id, outcome.note)).status;
  else if ("withdraw" in outcome) status = (await withdraw(ctx.db, actor(ctx, by), c.id)).status;
  for (const handle of supporters) {
    await ctx.clock.pass(5);
    await setSupport(ctx.db, actor(ctx, handle), c.id, true);
  }
  return status;
}

export async function runEdits(ctx: DemoContext, slug: string, edits: DemoEdit[]) {
  for (const e of edits) {
    const c = await proposeEdit(ctx, slug, e);
    const status = await settle(ctx, c, e.by, e.outcome, e.supporters);
    if ("accept" in e.outcome && status !== "accepted") throw new Error(`demo data: "${e.title}" became ${status}, not accepted`);
    ctx.ids.set(`contribution:${e.title}`, c.id);
  }
}

/** Ada founds the commons; each document starts as a new-document proposal that a maintainer accepts. */
export const commonsStep: DemoStep = {
  name: "commons",
  from: "2025-11-17T09:30:00Z",
  async run(ctx) {
    const { creator, ...input } = DEMO_COMMONS;
    await createCommons(ctx.db, actor(ctx, creator), input);
    for (const d of DEMO_DOCUMENTS) {
      await ctx.clock.pass(50);
      const c = await propose(
        ctx.db,
        actor(ctx, d.by),
        input.slug,
        ProposalInput.parse({
          type: "new_document",
          title: d.message,
          path: d.path,
          documentTitle: d.title,
          format: d.format,
          content: d.content,
        }),
      );
      await settle(ctx, c, d.by, { accept: d.acceptedBy });
    }
    await runEdits(ctx, input.slug, EDITS_BEFORE_FORK);
    await ctx.clock.pass(30);
    await updateCommons(ctx.db, actor(ctx, creator), input.slug, { tags: [...(input.tags ?? []), "two-wheel-tractor"] });
  },
};

/** Two edits of one line from one revision: the first is accepted, so accepting the second conflicts. */
export const conflictStep: DemoStep = {
  name: "conflict",
  from: "2026-03-16T14:00:00Z",
  async run(ctx) {
    const [first, second] = CONFLICTING_EDITS;
    const base = await headOf(ctx, DEMO_COMMONS.slug, first.doc);
    const a = await proposeEdit(ctx, DEMO_COMMONS.slug, first, base);
    const b = await proposeEdit(ctx, DEMO_COMMONS.slug, second, base);
    await settle(ctx, a, first.by, first.outcome);
    const status = await settle(ctx, b, second.by, second.outcome);
    if (status !== "conflicted") throw new Error(`demo data: "${second.title}" became ${status}, not conflicted`);
    ctx.ids.set("contribution:conflicted", b.id);
  },
};

/** The origin after the fork: more accepted edits, and proposals still waiting, one of them a new document. */
export const afterForkStep: DemoStep = {
  name: "commons after the fork",
  from: "2026-05-18T10:00:00Z",
  async run(ctx) {
    await runEdits(ctx, DEMO_COMMONS.slug, EDITS_AFTER_FORK);
    const d = DEMO_PENDING_DOCUMENT;
    await ctx.clock.pass(60);
    const c = await propose(
      ctx.db,
      actor(ctx, d.by),
      DEMO_COMMONS.slug,
      ProposalInput.parse({
        type: "new_document",
        title: d.message,
        description: d.description,
        path: d.path,
        documentTitle: d.title,
        content: d.content,
      }),
    );
    await settle(ctx, c, d.by, { pending: true }, d.supporters);
    ctx.ids.set("contribution:pending document", c.id);
  },
};
