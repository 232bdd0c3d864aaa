import type { Context } from "@fedify/fedify";
import { Collection, Create, isActor, PUBLIC_COLLECTION } from "@fedify/vocab";
import { z } from "zod";
import { integrityProblem } from "../../db/errors.ts";
import type { Db } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { now } from "../../now.ts";
import { contentHash } from "../../text/hash.ts";
import { requireActor } from "../accounts/policy.ts";
import { recordActivity } from "../activity/service.ts";
import { FORK_CONFLICTS, forkHome } from "../commons/fork.ts";
import type { ForkRequest } from "../commons/inputs.ts";
import { LICENCE_IDS } from "../commons/licences.ts";
import { commons } from "../commons/schema.ts";
import { storeBlob } from "../documents/blobs.ts";
import { documents, revisions } from "../documents/schema.ts";
import { DOCUMENT_FORMATS } from "../documents/values.ts";
import { isBlocked } from "./blocks.ts";
import { commonsUri } from "./commons-export.ts";
import { largeDocumentLoader } from "./document-loader.ts";
import { lookupRemote } from "./lookup.ts";
import { t } from "./messages.ts";

/** What one fork may bring over: beyond this the origin is refused rather than half copied. */
const MAX_REVISIONS = 20_000;
const MAX_BYTES = 100_000_000;

const Url = z.string().url();
const RemoteCommons = z.object({
  id: Url,
  name: z.string().min(1).max(200),
  summary: z.string().max(2000).default(""),
  url: Url.optional(),
  attributedTo: Url,
  licence: z.enum(LICENCE_IDS),
  items: z
    .array(
      z.object({
        id: Url,
        name: z.string().min(1).max(200),
        path: z.string().min(1).max(300),
        format: z.enum(DOCUMENT_FORMATS),
        head: z.number().int().min(1),
        history: Url,
      }),
    )
    .max(5000),
});
const HistoryPage = z.object({
  next: Url.optional(),
  orderedItems: z.array(
    z.object({
      id: Url,
      number: z.number().int().min(1),
      attributedTo: Url.nullable().optional(),
      authorHandle: z.string().max(300).nullable().optional(),
      summary: z.string().max(10_000).default(""),
      content: z.string(),
      hash: z.string().regex(/^[0-9a-f]{64}$/),
      linesAdded: z.number().int().min(0).default(0),
      linesRemoved: z.number().int().min(0).default(0),
      published: z.string().datetime(),
    }),
  ),
});
type Revision = z.output<typeof HistoryPage>["orderedItems"][number];
type Origin = z.output<typeof RemoteCommons>;

const refuse = (key: Parameters<typeof t>[0], values?: Record<string, string | number>) =>
  AppError.validation("body.source", t(key, values as never));

/** Reads one ActivityStreams document of the origin, which must live where the commons does. */
async function load<T>(ctx: Context<null>, url: string, shape: z.ZodType<T>, origin?: string): Promise<T> {
  if (origin && new URL(url).origin !== origin) throw refuse("forkOrigin");
  const loaded = await largeDocumentLoader(ctx)(url).catch(() => {
    throw refuse("forkUnreachable", { host: new URL(url).host });
  });
  const parsed = shape.safeParse(loaded.document);
  if (!parsed.success) throw refuse("forkNotCommons");
  return parsed.data;
}

/**
 * Every revision of every document, page by page, each checked: numbered 1, 2, 3… up to the head the
 * commons announced, its text hashing to the SHA-256 it names, its author living where the commons does.
 */
async function histories(ctx: Context<null>, origin: Origin) {
  const at = new URL(origin.id).origin;
  const out = new Map<string, Revision[]>();
  let count = 0;
  let bytes = 0;
  for (const doc of origin.items) {
    const list: Revision[] = [];
    for (let page: string | undefined = doc.history; page; ) {
      const loaded: z.output<typeof HistoryPage> = await load(ctx, page.includes("?") ? page : `${page}?from=1`, HistoryPage, at);
      for (const r of loaded.orderedItems) {
        if (r.number !== list.length + 1) throw refuse("forkHistoryGap", { path: doc.path });
        if (contentHash(r.content) !== r.hash) throw refuse("forkHashMismatch", { path: doc.path, number: r.number });
        if (r.attributedTo && new URL(r.attributedTo).origin !== at && !r.authorHandle) throw refuse("forkOrigin");
        list.push(r);
        count += 1;
        bytes += r.content.length;
        if (count > MAX_REVISIONS || bytes > MAX_BYTES) throw refuse("forkTooLarge");
      }
      page = loaded.orderedItems.length ? loaded.next : undefined;
    }
    if (list.length !== doc.head) throw refuse("forkHistoryGap", { path: doc.path });
    out.set(doc.id, list);
  }
  return out;
}

/**
 * A person here forks a commons of another instance into a community they steward here: every
 * document comes over with its whole history (each revision's author kept as their address and
 * handle there), checked before anything is written, then written in one transaction. The origin's
 * organization is told with a `Create` of the fork whose `origin` is its commons, so it lists the fork.
 */
export async function forkFromElsewhere(db: Db, ctx: Context<null>, actor: Actor | null, input: ForkRequest & { source: string }) {
  const me = requireActor(actor);
  const origin = await load(ctx, input.source, RemoteCommons);
  if (new URL(origin.id).origin === ctx.canonicalOrigin) throw refuse("forkHere");
  if (await isBlocked(db, origin.id)) throw refuse("forkBlocked", { host: new URL(origin.id).host });
  const history = await histories(ctx, origin);
  let fork: typeof commons.$inferSelect | undefined;
  try {
    fork = await db.transaction(async (tx) => {
      const home = await forkHome(tx, me, input);
      const [row] = await tx
        .insert(commons)
        .values({
          slug: input.slug,
          title: input.title ?? origin.name,
          summary: origin.summary,
          licence: origin.licence,
          communityId: home.id,
          forkedFromUri: origin.id,
          forkedAt: now(),
          createdBy: me.id,
        })
        .returning();
      if (!row) throw new Error("insert returned no row");
      for (const doc of origin.items) {
        const [d] = await tx
          .insert(documents)
          .values({
            commonsId: row.id,
            path: doc.path,
            title: doc.name,
            format: doc.format,
            forkedFromUri: doc.id,
            forkedFromRevision: doc.head,
          })
          .returning({ id: documents.id });
        if (!d) throw new Error("insert returned no row");
        for (const r of history.get(doc.id) ?? []) {
          await tx.insert(revisions).values({
            documentId: d.id,
            number: r.number,
            blobHash: await storeBlob(tx, r.content),
            message: r.summary,
            linesAdded: r.linesAdded,
            linesRemoved: r.linesRemoved,
            upstreamUri: r.id,
            remoteAuthorUri: r.attributedTo ?? null,
            remoteAuthorHandle: r.authorHandle ?? null,
            createdAt: new Date(r.published),
          });
        }
      }
      await recordActivity(tx, {
        actorId: me.id,
        verb: "commons.forked",
        objectType: "commons",
        objectId: row.id,
        organizationId: home.id,
        data: { slug: row.slug, title: row.title, originUri: origin.id, originUrl: origin.url ?? origin.id },
      });
      return row;
    });
  } catch (err) {
    throw integrityProblem(err, FORK_CONFLICTS) ?? err;
  }
  const steward = await lookupRemote(ctx, origin.attributedTo).catch(() => null);
  if (steward && isActor(steward)) {
    const self = commonsUri(ctx.canonicalOrigin, fork.id);
    await ctx.sendActivity(
      { identifier: me.id },
      steward,
      new Create({
        id: new URL(`${self}#created`),
        actor: ctx.getActorUri(me.id),
        object: new Collection({ id: new URL(self), name: fork.title, url: new URL(`/commons/${fork.slug}`, ctx.canonicalOrigin) }),
        origin: new URL(origin.id),
        to: PUBLIC_COLLECTION,
      }),
    );
  }
  return fork;
}
