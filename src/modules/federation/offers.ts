import type { Context, InboxContext } from "@fedify/fedify";
import { Accept, type Actor as ApActor, isActor, Offer, Page, PUBLIC_COLLECTION, Reject } from "@fedify/vocab";
import { and, desc, eq, isNotNull, lte, sql } from "drizzle-orm";
import { z } from "zod";
import { rowsOf } from "../../db/rows.ts";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { now } from "../../now.ts";
import { requireActor } from "../accounts/policy.ts";
import { commons } from "../commons/schema.ts";
import { proposeFromElsewhere } from "../contributions/service.ts";
import { readBlob } from "../documents/blobs.ts";
import { documents, revisions } from "../documents/schema.ts";
import { findDocument, revisionOf } from "../documents/service.ts";
import { isBlocked } from "./blocks.ts";
import { largeDocumentLoader } from "./document-loader.ts";
import { lookupRemote } from "./lookup.ts";
import { t } from "./messages.ts";
import { upstreamOffers } from "./schema.ts";

const REVISION_PATH = /^\/ap\/commons\/([0-9a-f-]{36})\/documents\/([0-9a-f-]{36})\/revisions\/(\d{1,9})$/;

/**
 * A person here offers a revision of a fork back to the commons it was forked from on another
 * instance: an `Offer` of the document's text, whose `target` is the last origin revision the fork
 * shares (the base of the three-way merge there), sent to the origin's organization. It waits here,
 * pending, until that organization's `Accept` or `Reject` arrives.
 */
export async function offerUpstream(
  db: Db,
  ctx: Context<null>,
  actor: Actor | null,
  input: { commons: string; path: string; revision: number; title: string; description?: string },
) {
  const me = requireActor(actor);
  const { document } = await findDocument(db, input.commons, input.path);
  const [fork] = await db.select({ originUri: commons.forkedFromUri }).from(commons).where(eq(commons.id, document.commonsId));
  if (!fork?.originUri) throw AppError.validation("body.commons", t("notAFork"));
  const revision = await revisionOf(db, document.id, input.revision, "body.revision");
  const [shared] = await db
    .select({ upstreamUri: revisions.upstreamUri })
    .from(revisions)
    .where(and(eq(revisions.documentId, document.id), isNotNull(revisions.upstreamUri), lte(revisions.number, revision.number)))
    .orderBy(desc(revisions.number))
    .limit(1);
  if (!shared?.upstreamUri) throw AppError.validation("body.path", t("notAFork"));
  if (await isBlocked(db, fork.originUri))
    throw AppError.validation("body.commons", t("forkBlocked", { host: new URL(fork.originUri).host }));
  const origin = await largeDocumentLoader(ctx)(fork.originUri).catch(() => null);
  const stewardUri = z.object({ attributedTo: z.string().url() }).safeParse(origin?.document);
  const steward = stewardUri.success ? await lookupRemote(ctx, stewardUri.data.attributedTo).catch(() => null) : null;
  if (!steward || !isActor(steward))
    throw AppError.validation("body.commons", t("forkUnreachable", { host: new URL(fork.originUri).host }));
  const id = crypto.randomUUID();
  const offerUri = new URL(`/ap/offers/${id}`, ctx.canonicalOrigin);
  const [row] = await db
    .insert(upstreamOffers)
    .values({ id, offerUri: offerUri.href, personId: me.id, revisionId: revision.id, originUri: fork.originUri, title: input.title })
    .returning();
  await ctx.sendActivity(
    { identifier: me.id },
    steward,
    new Offer({
      id: offerUri,
      actor: ctx.getActorUri(me.id),
      object: new Page({
        id: new URL(`${offerUri.href}#change`),
        name: input.title,
        summary: input.description ?? "",
        content: await readBlob(db, revision.blobHash),
        mediaType: "text/plain",
        attribution: ctx.getActorUri(me.id),
      }),
      target: new URL(shared.upstreamUri),
      to: steward.id,
      cc: PUBLIC_COLLECTION,
    }),
  );
  if (!row) throw new Error("the offer was not written");
  return row;
}

/** The offers made from a fork's documents, newest first, with the answer each got. */
export async function offersOf(db: Executor, slug: string) {
  return rowsOf<{
    title: string;
    path: string;
    revision: number;
    status: "pending" | "accepted" | "rejected";
    createdAt: string;
    answeredAt: string | null;
  }>(
    db,
    sql`select o.title, d.path, r.number as revision, o.status, o.created_at as "createdAt", o.answered_at as "answeredAt"
        from upstream_offers o join revisions r on r.id = o.revision_id join documents d on d.id = r.document_id
        join commons c on c.id = d.commons_id
        where c.slug = ${slug.toLowerCase()} order by o.created_at desc limit 200`,
  );
}

/**
 * An `Offer` of a change to one of our commons' documents: it becomes a pending contribution by its
 * author elsewhere, based on the revision it names. What cannot be taken in (an unknown document, a
 * change that changes nothing) is answered with a `Reject` at once.
 */
export async function receiveOffer(db: Db, ctx: InboxContext<null>, offer: Offer, change: Page) {
  const target = offer.targetId;
  const match = target && target.origin === ctx.canonicalOrigin ? REVISION_PATH.exec(target.pathname) : null;
  if (!match || !offer.id || !offer.actorId) return;
  const author = await offer.getActor(ctx);
  if (!author?.id || !isActor(author) || author.id.origin !== offer.id.origin) return;
  const [found] = await db
    .select({ slug: commons.slug, path: documents.path, communityId: commons.communityId })
    .from(documents)
    .innerJoin(commons, eq(commons.id, documents.commonsId))
    .where(and(eq(commons.id, match[1] ?? ""), eq(documents.id, match[2] ?? "")));
  if (!found) return;
  try {
    await proposeFromElsewhere(
      db,
      found.slug,
      {
        type: "edit",
        kind: "documentation",
        title: String(change.name ?? "").slice(0, 200) || "Change offered from another instance",
        description: String(change.summary ?? "").slice(0, 10_000),
        document: found.path,
        baseRevision: Number(match[3]),
        content: String(change.content ?? ""),
      },
      {
        authorUri: author.id.href,
        handle: `@${author.preferredUsername ?? "?"}@${author.id.host}`,
        name: String(author.name ?? author.preferredUsername ?? ""),
        offerUri: offer.id.href,
      },
    );
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    await answerOffer(ctx, found.communityId, offer.id, author, false, `refused/${crypto.randomUUID()}`);
  }
}

/** The origin's answer to an offer, sent as the commons' organization. */
export async function answerOffer(ctx: Context<null>, organizationId: string, offerUri: URL, to: ApActor, accepted: boolean, key: string) {
  const group = ctx.getActorUri(organizationId);
  const answer = { id: new URL(`/ap/answers/${key}`, ctx.canonicalOrigin), actor: group, object: offerUri, to: to.id };
  await ctx.sendActivity({ identifier: organizationId }, to, accepted ? new Accept(answer) : new Reject(answer));
}

/** An answer to an offer made from here (true if it was one): only the origin's own instance may give it. */
export async function offerAnswered(db: Executor, offerUri: string, answerer: URL, accepted: boolean) {
  const [offer] = await db.select().from(upstreamOffers).where(eq(upstreamOffers.offerUri, offerUri));
  if (!offer) return false;
  // Answered already, or by someone else than the origin: it was about an offer, and changes nothing.
  if (offer.status !== "pending" || new URL(offer.originUri).origin !== answerer.origin) return true;
  await db
    .update(upstreamOffers)
    .set({ status: accepted ? "accepted" : "rejected", answeredAt: now() })
    .where(and(eq(upstreamOffers.id, offer.id), eq(upstreamOffers.status, "pending")));
  return true;
}
