/**
 * Bulk-loads the commons tests' data after load-data.ts: one commons in a community, holding
 *
 *   - `history.md`, a document with 5,000 revisions (the history page test),
 *   - `handbook.md`, two ~200 KB revisions of one Markdown text, the second with a few hundred
 *     scattered line edits (the diff test),
 *   - `notes.md`, a small document every proposal in the propose test edits,
 *   - 1,000,000 accepted contributions over three years, mixed in type, kind, funding and paying
 *     enterprise (the "who writes this commons" test), in one INSERT … SELECT generate_series.
 *
 * Blobs are keyed by the SHA-256 of their content, as the server stores them; revisions go in
 * in order 1, 2, 3…, which the revisions_sequence trigger requires (it also moves the head).
 */
import type pg from "pg";
import { contentHash } from "../src/text/hash.ts";
import { historyVersion, markdownDocument, rng, scatterEdits, smallDocument } from "./texts.ts";
import { TOPICS, VERBS } from "./words.ts";

export interface CommonsSize {
  historyRevisions: number;
  largeDocumentBytes: number;
  largeDocumentEdits: number;
  contributions: number;
  /** Enterprises that pay for some of the contributions. */
  payers: number;
  /** Years the contributions are spread over, back from today. */
  years: number;
}

export interface CommonsData {
  slug: string;
  historyPath: string;
  historyRevisions: number;
  largePath: string;
  largeBytes: number;
  largeEdits: { changed: number; inserted: number; deleted: number };
  smallPath: string;
  smallContent: string;
  /** The ids the bare propose write needs: the commons, its community, the small document and its revision 1. */
  ids: { commons: string; community: string; smallDocument: string; smallBase: string };
  rows: Record<string, number>;
  /** How long each part of the load took. */
  seconds: Record<string, number>;
}

const SLUG = "bench-drill";

async function insertBlobs(db: pg.Client, contents: string[]) {
  await db.query(
    `insert into blobs (hash, content, bytes)
     select hash, content, octet_length(convert_to(content, 'UTF8')) from unnest($1::text[], $2::text[]) as t(hash, content)
     on conflict do nothing`,
    [contents.map(contentHash), contents],
  );
}

/** A document and its revisions, numbered from 1 in the order given. */
async function insertDocument(db: pg.Client, commonsId: string, path: string, title: string, contents: string[], authors: string[]) {
  await insertBlobs(db, contents);
  const { rows } = await db.query<{ id: string }>(
    `insert into documents (commons_id, path, title, format, created_at) values ($1, $2, $3, 'markdown', now() - interval '3 years') returning id`,
    [commonsId, path, title],
  );
  const documentId = rows[0]!.id;
  const n = contents.length;
  await db.query(
    `insert into revisions (document_id, number, blob_hash, author_id, message, lines_added, lines_removed, created_at)
     select $1, t.number, t.hash, t.author, t.message, 1, 1, now() - ($6 - t.number) * interval '5 hours'
     from unnest($2::int[], $3::text[], $4::uuid[], $5::text[]) as t(number, hash, author, message)
     order by t.number`,
    [
      documentId,
      contents.map((_, i) => i + 1),
      contents.map(contentHash),
      contents.map((_, i) => authors[(i * 7919) % authors.length]),
      contents.map((_, i) => (i === 0 ? `Create ${path}` : `${VERBS[i % VERBS.length]} the ${TOPICS[i % TOPICS.length]} section`)),
      n,
    ],
  );
  return documentId;
}

export async function loadCommons(db: pg.Client, size: CommonsSize, seed = 20261124): Promise<CommonsData> {
  const r = rng(seed);
  const seconds: Record<string, number> = {};
  let mark = performance.now();
  const lap = (name: string) => {
    seconds[name] = Math.round(performance.now() - mark) / 1000;
    mark = performance.now();
  };
  await db.query("begin");
  const { rows: orgs } = await db.query<{ id: string; founder: string }>(
    `select o.id, o.created_by as founder from organizations o where o.kind = 'community' order by o.slug limit 1`,
  );
  const community = orgs[0]!;
  const { rows: people } = await db.query<{ id: string }>(`select id from people where handle like 'person-%' order by handle limit 10000`);
  const authors = people.map((p) => p.id);
  const { rows: commons } = await db.query<{ id: string }>(
    `insert into commons (slug, title, summary, licence, community_id, tags, created_by, created_at)
     values ($1, 'Bench seed drill', 'The commons of npm run bench', 'CC-BY-SA-4.0', $2, '{bench}', $3, now() - interval '3 years')
     returning id`,
    [SLUG, community.id, community.founder],
  );
  const commonsId = commons[0]!.id;

  const base = Array.from({ length: 40 }, (_, i) => `Line ${i}: the drill's ${TOPICS[i % TOPICS.length]} as first written.`);
  const history = Array.from({ length: size.historyRevisions }, (_, i) => historyVersion(base, i + 1));
  const historyId = await insertDocument(db, commonsId, "history.md", "A long history", history, authors);
  lap("history document");

  const before = markdownDocument(r, size.largeDocumentBytes);
  const after = scatterEdits(r, before, size.largeDocumentEdits);
  await insertDocument(db, commonsId, "handbook.md", "The bench handbook", [before, after.text], authors);

  const smallContent = smallDocument(r);
  const smallDocumentId = await insertDocument(db, commonsId, "notes.md", "Calibration notes", [smallContent], authors);
  const { rows: smallBase } = await db.query<{ id: string }>("select id from revisions where document_id = $1 and number = 1", [
    smallDocumentId,
  ]);
  lap("large and small documents");

  // The contributions: 70 % edits, 25 % logged work, 5 % new documents; 45 % paid (by a few enterprises,
  // some far more than others), 50 % volunteered, 5 % unknown; done on a day in the last `years` years.
  const { rows: payers } = await db.query<{ id: string }>(`select id from organizations where kind = 'enterprise' order by slug limit $1`, [
    size.payers,
  ]);
  // Every reference in these rows is to a row loaded above, so the per-row foreign-key triggers
  // (seven lookups a row) are skipped for this one statement: replica mode fires no triggers.
  // Check constraints still apply.
  await db.query("set local session_replication_role = replica");
  await db.query("select setseed(0.42)");
  await db.query(
    `insert into contributions (commons_id, type, kind, status, author_id, title, performed_on, document_id, base_revision_id,
       proposed_hash, path, document_title, format, minutes, lines_added, lines_removed, reviewer_id, reviewed_at,
       funding, paid_by_id, size, created_at, updated_at)
     select $1, s.type::contribution_type,
            (array['code','design','research','documentation','translation','facilitation','care'])[1 + floor(s.r2 * 7)::int]::contribution_kind,
            'accepted', ($2::uuid[])[1 + floor(s.r3 * cardinality($2::uuid[]))::int], 'Bench contribution ' || s.g, s.day,
            case when s.type = 'edit' then $3::uuid end,
            case when s.type = 'edit' then (select id from revisions where document_id = $3 and number = 1) end,
            case when s.type <> 'work' then (select blob_hash from revisions where document_id = $3 and number = 1) end,
            case when s.type = 'new_document' then 'doc-' || s.g || '.md' end,
            case when s.type = 'new_document' then 'Document ' || s.g end,
            case when s.type = 'new_document' then 'markdown'::document_format end,
            case when s.type = 'work' then s.amount end,
            case when s.type <> 'work' then s.amount else 0 end, 0,
            $4::uuid, s.day + interval '1 day',
            s.funding::funding,
            case when s.funding = 'paid' then ($5::uuid[])[1 + floor(s.r5 * s.r5 * cardinality($5::uuid[]))::int] end,
            s.amount, s.day, s.day + interval '1 day'
     from (
       select g, r2, r3, r5,
              case when r1 < 0.7 then 'edit' when r1 < 0.95 then 'work' else 'new_document' end as type,
              case when r4 < 0.45 then 'paid' when r4 < 0.95 then 'volunteer' else 'unknown' end as funding,
              current_date - floor(r6 * $6)::int as day,
              case when r1 < 0.7 then 1 + floor(r7 * 120)::int when r1 < 0.95 then 15 + floor(r7 * 480)::int else 5 + floor(r7 * 300)::int end as amount
       from (select g, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6, random() r7
             from generate_series(1, $7::int) g) raw
     ) s`,
    [commonsId, authors, historyId, community.founder, payers.map((p) => p.id), size.years * 365, size.contributions],
  );
  // Replica mode also skipped the trigger that keeps credit_days; build it the way migration 0007 does.
  await db.query(
    `insert into credit_days (commons_id, day, funding, paid_by_id, work, contributions, size)
     select commons_id, performed_on, funding, paid_by_id, type = 'work', count(*), sum(size)
     from contributions where commons_id = $1 and status = 'accepted'
     group by commons_id, performed_on, funding, paid_by_id, type = 'work'`,
    [commonsId],
  );
  await db.query("set local session_replication_role = origin");
  await db.query("commit");
  lap("contributions");

  const { rows: counts } = await db.query<{ t: string; n: number }>(
    `select 'commons revisions' as t, count(*)::int as n from revisions r join documents d on d.id = r.document_id where d.commons_id = $1
     union all select 'commons contributions', count(*)::int from contributions where commons_id = $1
     union all select 'blobs', count(*)::int from blobs`,
    [commonsId],
  );
  return {
    slug: SLUG,
    historyPath: "history.md",
    historyRevisions: history.length,
    largePath: "handbook.md",
    largeBytes: Buffer.byteLength(before),
    largeEdits: { changed: after.changed, inserted: after.inserted, deleted: after.deleted },
    smallPath: "notes.md",
    smallContent,
    ids: { commons: commonsId, community: community.id, smallDocument: smallDocumentId, smallBase: smallBase[0]!.id },
    rows: Object.fromEntries(counts.map((x) => [x.t, x.n])),
    seconds,
  };
}
