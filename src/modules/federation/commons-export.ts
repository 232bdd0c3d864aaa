import { sql } from "drizzle-orm";
import { rowsOf } from "../../db/rows.ts";
import type { Executor } from "../../db/types.ts";

/**
 * A commons as another instance reads it to fork it: an ActivityStreams `Collection` of its
 * documents, each with its history as an `OrderedCollection` of revisions, every revision with its
 * text, its SHA-256 (checked by the reader), its author's actor and its message. The terms
 * ActivityStreams has no word for (path, format, hash, number…) are this project's (`urn:triarchy:`);
 * `forkedFrom` is ForgeFed's, and the licence is schema.org's, as an SPDX address.
 */
export const COMMONS_CONTEXT = [
  "https://www.w3.org/ns/activitystreams",
  {
    "@vocab": "urn:triarchy:",
    forge: "https://forgefed.org/ns#",
    forkedFrom: { "@id": "forge:forkedFrom", "@type": "@id" },
    license: { "@id": "https://schema.org/license", "@type": "@id" },
    history: { "@id": "urn:triarchy:history", "@type": "@id" },
  },
];

/** A page of history holds revisions up to about this many bytes of text (at least one). */
const PAGE_BYTES = 1_000_000;
const PAGE_REVISIONS = 200;

export const commonsUri = (origin: string, id: string) => `${origin}/ap/commons/${id}`;
export const documentUri = (origin: string, commonsId: string, documentId: string) =>
  `${commonsUri(origin, commonsId)}/documents/${documentId}`;
export const revisionUri = (origin: string, commonsId: string, documentId: string, n: number) =>
  `${documentUri(origin, commonsId, documentId)}/revisions/${n}`;
const actorUri = (origin: string, id: string) => `${origin}/ap/actors/${id}`;

/** The commons with its documents, or null. Every commons is public; its documents' texts are its content. */
export async function exportCommons(db: Executor, origin: string, id: string) {
  const [c] = await rowsOf<{
    id: string;
    slug: string;
    title: string;
    summary: string;
    licence: string;
    communityId: string;
    originSlug: string | null;
    originId: string | null;
    forkedFromUri: string | null;
  }>(
    db,
    sql`select c.id, c.slug, c.title, c.summary, c.licence, c.community_id as "communityId", c.forked_from_id as "originId",
               c.forked_from_uri as "forkedFromUri", o.slug as "originSlug"
        from commons c left join commons o on o.id = c.forked_from_id where c.id = ${id}`,
  );
  if (!c) return null;
  const docs = await rowsOf<{ id: string; path: string; title: string; format: string; head: number }>(
    db,
    sql`select id, path, title, format, head from documents where commons_id = ${id} and head > 0 order by path`,
  );
  const self = commonsUri(origin, c.id);
  return {
    "@context": COMMONS_CONTEXT,
    id: self,
    type: "Collection",
    name: c.title,
    summary: c.summary,
    url: `${origin}/commons/${c.slug}`,
    attributedTo: actorUri(origin, c.communityId),
    license: `https://spdx.org/licenses/${c.licence}`,
    licence: c.licence,
    ...(c.originId ? { forkedFrom: commonsUri(origin, c.originId) } : c.forkedFromUri ? { forkedFrom: c.forkedFromUri } : {}),
    totalItems: docs.length,
    items: docs.map((d) => ({
      id: documentUri(origin, c.id, d.id),
      type: "Document",
      name: d.title,
      path: d.path,
      format: d.format,
      head: d.head,
      history: `${documentUri(origin, c.id, d.id)}/history`,
    })),
  };
}

/** One page of a document's history, from revision `from` on, oldest first; `next` while there are more. */
export async function exportHistory(db: Executor, origin: string, commonsId: string, documentId: string, from: number) {
  const rows = await rowsOf<{
    number: number;
    hash: string;
    content: string;
    bytes: number;
    message: string;
    linesAdded: number;
    linesRemoved: number;
    createdAt: string;
    authorId: string | null;
    handle: string | null;
    remoteAuthorUri: string | null;
    remoteAuthorHandle: string | null;
  }>(
    db,
    sql`select r.number, r.blob_hash as hash, b.content, b.bytes, r.message, r.lines_added as "linesAdded",
               r.lines_removed as "linesRemoved", r.created_at as "createdAt", r.author_id as "authorId", p.handle,
               r.remote_author_uri as "remoteAuthorUri", r.remote_author_handle as "remoteAuthorHandle"
        from revisions r join documents d on d.id = r.document_id join blobs b on b.hash = r.blob_hash
        left join people p on p.id = r.author_id
        where d.id = ${documentId} and d.commons_id = ${commonsId} and r.number >= ${from}
        order by r.number limit ${PAGE_REVISIONS}`,
  );
  // Nothing from the first revision on: no such document in that commons.
  if (!rows.length && from === 1) return null;
  const page: typeof rows = [];
  let bytes = 0;
  for (const r of rows) {
    if (page.length && bytes + r.bytes > PAGE_BYTES) break;
    page.push(r);
    bytes += r.bytes;
  }
  const doc = documentUri(origin, commonsId, documentId);
  const last = page.at(-1);
  const more = last && (page.length < rows.length || rows.length === PAGE_REVISIONS);
  const host = new URL(origin).host;
  return {
    "@context": COMMONS_CONTEXT,
    id: `${doc}/history?from=${from}`,
    type: "OrderedCollectionPage",
    partOf: `${doc}/history`,
    ...(more ? { next: `${doc}/history?from=${last.number + 1}` } : {}),
    orderedItems: page.map((r) => ({
      id: revisionUri(origin, commonsId, documentId, r.number),
      type: "Revision",
      number: r.number,
      attributedTo: r.authorId ? actorUri(origin, r.authorId) : r.remoteAuthorUri,
      authorHandle: r.handle ? `@${r.handle}@${host}` : r.remoteAuthorHandle,
      summary: r.message,
      content: r.content,
      hash: r.hash,
      linesAdded: r.linesAdded,
      linesRemoved: r.linesRemoved,
      published: new Date(r.createdAt).toISOString(),
    })),
  };
}
