/**
 * The machine's limit: the smallest Hono + pg endpoint doing the same kind of work as a read
 * (one indexed query, JSON out), with a pool the size of the server's default (DB_POOL_SIZE=10).
 * Started by run.ts as a child process: DATABASE_URL and PORT come from the environment.
 *
 * `POST /join/:org/:person` is the write's limit, for information: the same two rows a join
 * writes (membership + activity), in one statement, without authentication or checks.
 *
 * `POST /propose` is the same for proposing an edit: the text as a blob (stored once under its hash),
 * the contribution and its activity row, in one statement, without authentication or checks.
 *
 * `POST /post` is the same for posting to the books: the rows a treasurer's two-posting entry
 * writes (the transaction, its two postings, the activity row), in one statement, without
 * authentication or checks. The database's ledger triggers run as for the server (the postings'
 * checks and rollups, the balance check at commit), so it is the limit of that write on this machine.
 *
 * `POST /book` is the same for booking a unit: the booking row (one whole day in the library's time
 * zone, through the real table: its `bookings_fill` trigger and the exclusion constraint against
 * overlaps) and its `booking.confirmed` activity row, in one statement, without authentication or checks.
 *
 * `POST /ballot` is the same for casting a ballot in a participatory budget: the ballot row (inserted, or
 * its change time bumped when the voter already has one), the choices it no longer makes deleted and the
 * new ones inserted, and its `ballot.cast` activity row, in one statement, without authentication or
 * checks (the ballots' trigger on the voting dates runs, as for the server). One statement is right only
 * while one voter's ballots never race (each bench voter votes from one connection at a time): the
 * server needs a second statement for that (budgeting/ballots.ts).
 */
import { createHash } from "node:crypto";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
pool.on("error", () => {});

const app = new Hono();
app.get("/org/:id", async (c) => {
  const { rows } = await pool.query("select * from organizations where id = $1", [c.req.param("id")]);
  return rows[0] ? c.json(rows[0]) : c.json({ error: "not found" }, 404);
});

app.post("/join/:org/:person", async (c) => {
  const { rows } = await pool.query(
    `with m as (
       insert into memberships (organization_id, person_id, status) values ($1, $2, 'active') returning id, role, status
     ), a as (
       insert into activities (actor_id, verb, object_type, object_id, target_type, target_id, organization_id, data)
       select $2, 'membership.joined', 'membership', m.id, 'organization', $1, $1, jsonb_build_object('role', m.role) from m
     )
     select * from m`,
    [c.req.param("org"), c.req.param("person")],
  );
  return c.json(rows[0], 201);
});

interface BareProposal {
  commons: string;
  community: string;
  slug: string;
  person: string;
  document: string;
  base: string;
  title: string;
  content: string;
}

app.post("/propose", async (c) => {
  const b = await c.req.json<BareProposal>();
  const { rows } = await pool.query(
    `with blob as (
       insert into blobs (hash, content, bytes) values ($1, $2, octet_length(convert_to($2, 'UTF8'))) on conflict do nothing
     ), w as (
       insert into contributions (commons_id, type, kind, author_id, title, proposed_hash, document_id, base_revision_id, performed_on,
                                  lines_added, lines_removed)
       values ($3, 'edit', 'documentation', $4, $5, $1, $6, $7, current_date, 1, 1)
       returning id, type, kind, status, title, created_at
     ), a as (
       insert into activities (actor_id, verb, object_type, object_id, target_type, target_id, organization_id, data)
       select $4, 'contribution.proposed', 'contribution', w.id, 'commons', $3, $8,
              jsonb_build_object('commons', $9::text, 'title', w.title, 'type', w.type, 'kind', w.kind)
       from w
     )
     select * from w`,
    [
      createHash("sha256").update(b.content, "utf8").digest("hex"),
      b.content,
      b.commons,
      b.person,
      b.title,
      b.document,
      b.base,
      b.community,
      b.slug,
    ],
  );
  return c.json(rows[0], 201);
});

interface BarePosting {
  book: string;
  organization: string;
  postedBy: string;
  kind: string;
  date: string;
  description: string;
  debit: string;
  credit: string;
  amount: string;
}

app.post("/post", async (c) => {
  const b = await c.req.json<BarePosting>();
  const { rows } = await pool.query(
    `with t as (
       insert into transactions (book_id, kind, date, description, counterparty_kind, counterparty_name, posted_by)
       values ($1, $2, $3, $4, 'internal', 'Bench Association', $5) returning id, seq, kind, date, description, posted_at
     ), p as (
       insert into postings (transaction_id, account_id, amount, currency)
       select t.id, x.account_id, x.amount, 'EUR' from t cross join (values ($6::uuid, $8::bigint), ($7::uuid, -$8::bigint)) as x(account_id, amount)
     ), a as (
       insert into activities (actor_id, verb, object_type, object_id, organization_id, data)
       select $5, 'transaction.posted', 'transaction', t.id, $9, jsonb_build_object('kind', t.kind, 'description', t.description, 'date', t.date) from t
     )
     select * from t`,
    [b.book, b.kind, b.date, b.description, b.postedBy, b.debit, b.credit, b.amount, b.organization],
  );
  return c.json(rows[0], 201);
});

interface BareBooking {
  unit: string;
  type: string;
  library: string;
  organization: string;
  person: string;
  day: string;
  timeZone: string;
  librarySlug: string;
  typeSlug: string;
}

app.post("/book", async (c) => {
  const b = await c.req.json<BareBooking>();
  const { rows } = await pool.query(
    `with p as (
       select $6::date::timestamp at time zone $7::text as s, ($6::date + 1)::timestamp at time zone $7::text as e
     ), w as (
       insert into bookings (unit_id, type_id, library_id, person_id, starts_at, ends_at, blocked_from, blocked_until, status)
       select $1::uuid, $2::uuid, $3::uuid, $4::uuid, p.s, p.e, p.s, p.e, 'confirmed' from p
       returning id, unit_id, status, starts_at, ends_at, created_at
     ), a as (
       insert into activities (actor_id, verb, object_type, object_id, organization_id, visibility, data)
       select $4::uuid, 'booking.confirmed', 'booking', w.id, $5::uuid, 'private',
              jsonb_build_object('library', $8::text, 'type', $9::text, 'startsAt', w.starts_at, 'endsAt', w.ends_at, 'override', '[]'::jsonb)
       from w
     )
     select * from w`,
    [b.unit, b.type, b.library, b.person, b.organization, b.day, b.timeZone, b.librarySlug, b.typeSlug],
  );
  return c.json(rows[0], 201);
});

app.post("/ballot", async (c) => {
  const b = await c.req.json<{ call: string; person: string; projects: string[] }>();
  const { rows } = await pool.query(
    `with ballot as (
       insert into pb_ballots (call_id, voter_id) values ($1, $2)
       on conflict (call_id, voter_id) do update set updated_at = now()
       returning id
     ), gone as (
       delete from pb_ballot_choices c using ballot where c.ballot_id = ballot.id and c.project_id <> all($3::uuid[])
     ), chosen as (
       insert into pb_ballot_choices (ballot_id, call_id, project_id)
       select ballot.id, $1, p from ballot, unnest($3::uuid[]) p
       on conflict (ballot_id, project_id) do nothing
     ), a as (
       insert into activities (actor_id, verb, object_type, object_id, visibility, audience, data)
       values ($2, 'ballot.cast', 'pb_call', $1, 'private', array[$2::uuid], jsonb_build_object('call', 'bench-vote'))
     )
     select id from ballot`,
    [b.call, b.person, b.projects],
  );
  return c.json({ call: b.call, choices: b.projects.length, id: rows[0]?.id }, 200);
});

const server = serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3999), hostname: "127.0.0.1" });
const stop = () => {
  server.close(() => void pool.end().finally(() => process.exit(0)));
  // Keep-alive connections from the load generator would otherwise hold close() open.
  if ("closeAllConnections" in server) server.closeAllConnections();
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
