/**
 * Bulk-loads the shared-resources tests' data after load-data.ts, in SQL (not through the API):
 *
 *   - `bench-library`, a library of things run by an association of its own (`bench-library`) with a
 *     steward (`library-steward`) and 20,000 active members (`library-member-1` …); the first 100 hold
 *     personal API tokens (the booking test's borrowers). Time zone Europe/Paris, open every day
 *     09:00–19:00, whole-day bookings of 1 to 7 days, a horizon of 3,650 days, no quotas;
 *   - a catalogue of 45 resource types (1,279 units) over the taxonomy's categories, among them
 *     `bench-bikes`, 100 city bikes (BIKE-001 … BIKE-100); a few types charge a fee per day;
 *   - 1,000,000 past bookings, all returned: every unit has its own run of consecutive bookings
 *     (1 to 7 days, mostly short, with gaps of 0 or 1 day) ending before today, so no two bookings of
 *     a unit overlap; about five years of history. Borrowers are drawn from the members with a skew
 *     (the busiest has about 1,300 bookings, the median member about 40);
 *   - 500,000 loans, one for every second booking (spread evenly), checked out on the booking's first
 *     day and checked in on its last; half of them answered (the question after a return);
 *   - the coming 90 days: confirmed bookings on every unit (consecutive, with gaps), written with
 *     the bookings' triggers and exclusion constraint as the server's would be;
 *   - 2,000 answers to this year's vehicle survey.
 *
 * Bookings and loans of the past go in with `session_replication_role = replica`: no per-row trigger
 * fires (foreign keys, `bookings_fill`, `loans_unit_in_service`, and `loans_rollup`, which keeps
 * `loan_months`, `unit_borrowers`, `unit_people` and `library_borrowers`). Every reference is to a row loaded just before, the type and
 * library of each booking are its unit's (what bookings_fill would copy), check constraints and the
 * exclusion constraint still apply. The two rollups are then rebuilt from the loans in one aggregate
 * each, exactly as the trigger would have left them (the month of the check-out in the library's time
 * zone; custody minutes floored per loan; the booking's fee; answers, "bought" and "rented" counted),
 * still in replica mode, which also skips their write guards. `VACUUM ANALYZE` follows.
 */
import { drizzle } from "drizzle-orm/node-postgres";
import type pg from "pg";
import { schema } from "../src/db/schema.ts";
import type { Db } from "../src/db/types.ts";
import { API_TOKEN_PREFIX, randomToken, sha256 } from "../src/modules/accounts/secrets.ts";
import { DEFAULT_RULES, type RuleOverrides, type Rules } from "../src/modules/sharing/rules.ts";
import { ensureTaxonomy } from "../src/modules/sharing/taxonomy.ts";

export interface SharingSize {
  /** Active members of the library's association (who borrow). */
  members: number;
  /** Members with API tokens, one per unit of the benchmarked type (at most its units). */
  borrowers: number;
  /** Past bookings, all returned. */
  bookings: number;
  /** Loans of those bookings (at most one per booking), half of them answered. */
  loans: number;
  /** Days ahead holding confirmed bookings. */
  upcomingDays: number;
  /** Answers to this year's vehicle survey. */
  surveyAnswers: number;
}

export interface SharingData {
  slug: string;
  organizationId: string;
  libraryId: string;
  timeZone: string;
  /** The benchmarked type: its slug, id and units (by code). */
  typeSlug: string;
  typeId: string;
  unitIds: string[];
  /** The borrowers with tokens (library-member-1 …): borrower i books unit i. */
  borrowerIds: string[];
  borrowerTokens: string[];
  /** Today in the library's time zone (YYYY-MM-DD) when loaded. */
  today: string;
  /** The months the past bookings span (YYYY-MM). */
  firstMonth: string;
  lastMonth: string;
  units: number;
  rows: Record<string, number>;
  seconds: Record<string, number>;
}

const SLUG = "bench-library";
const TIME_ZONE = "Europe/Paris";
const TYPE_SLUG = "bench-bikes";
const OPEN = [["09:00", "19:00"]];
const OPENING_HOURS = { mon: OPEN, tue: OPEN, wed: OPEN, thu: OPEN, fri: OPEN, sat: OPEN, sun: OPEN };
/** The library's rules: whole days, 1 to 7 of them, bookable up to ten years ahead, no quotas, members only. */
const RULES: Rules = {
  ...DEFAULT_RULES,
  granularity: "day",
  minLength: 1,
  maxLength: 7,
  leadMinutes: 0,
  horizonDays: 3650,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  dueOnOpenDays: true,
  maxConcurrent: null,
  maxDaysPerMonth: null,
  eligibility: "members",
};

const perDay = (amount: number): RuleOverrides => ({ fee: { kind: "per_day", amount } });

/** The catalogue: slug, name, kind, category (the taxonomy's slug), unit code prefix, units, rule overrides. */
const CATALOGUE: { slug: string; name: string; kind: string; category: string; code: string; units: number; rules?: RuleOverrides }[] = [
  { slug: TYPE_SLUG, name: "City bikes", kind: "vehicle", category: "bicycles", code: "BIKE", units: 100 },
  { slug: "electric-bikes", name: "Electric bikes", kind: "vehicle", category: "bicycles", code: "EBIKE", units: 40, rules: perDay(300) },
  { slug: "cargo-bikes", name: "Cargo bikes", kind: "vehicle", category: "cargo-bikes", code: "CARGO", units: 25, rules: perDay(500) },
  { slug: "bike-trailers", name: "Bike trailers", kind: "vehicle", category: "trailers", code: "BTRL", units: 20 },
  { slug: "utility-trailers", name: "Utility trailers", kind: "vehicle", category: "trailers", code: "TRL", units: 10, rules: perDay(800) },
  { slug: "vans", name: "Utility vans", kind: "vehicle", category: "vans", code: "VAN", units: 3, rules: perDay(4500) },
  { slug: "cordless-drills", name: "Cordless drills", kind: "tool", category: "power-tools", code: "DRL", units: 80 },
  { slug: "hammer-drills", name: "Hammer drills", kind: "tool", category: "power-tools", code: "HDRL", units: 40 },
  { slug: "circular-saws", name: "Circular saws", kind: "tool", category: "power-tools", code: "CSAW", units: 30 },
  { slug: "jigsaws", name: "Jigsaws", kind: "tool", category: "power-tools", code: "JSAW", units: 35 },
  { slug: "orbital-sanders", name: "Orbital sanders", kind: "tool", category: "power-tools", code: "SAND", units: 45 },
  { slug: "angle-grinders", name: "Angle grinders", kind: "tool", category: "power-tools", code: "GRND", units: 25 },
  { slug: "wallpaper-steamers", name: "Wallpaper steamers", kind: "tool", category: "power-tools", code: "STEAM", units: 15 },
  {
    slug: "pressure-washers",
    name: "Pressure washers",
    kind: "tool",
    category: "power-tools",
    code: "PWSH",
    units: 20,
    rules: perDay(200),
  },
  { slug: "carpet-cleaners", name: "Carpet cleaners", kind: "tool", category: "power-tools", code: "CARP", units: 15, rules: perDay(300) },
  { slug: "hedge-trimmers", name: "Hedge trimmers", kind: "tool", category: "garden-tools", code: "HEDGE", units: 25 },
  { slug: "lawn-mowers", name: "Lawn mowers", kind: "tool", category: "garden-tools", code: "MOW", units: 30 },
  { slug: "leaf-blowers", name: "Leaf blowers", kind: "tool", category: "garden-tools", code: "BLOW", units: 15 },
  {
    slug: "chainsaws",
    name: "Chainsaws",
    kind: "tool",
    category: "garden-tools",
    code: "CHAIN",
    units: 10,
    rules: { eligibility: "approved" },
  },
  { slug: "wheelbarrows", name: "Wheelbarrows", kind: "tool", category: "garden-tools", code: "WBAR", units: 25 },
  { slug: "pruning-kits", name: "Pruning kits", kind: "tool", category: "garden-tools", code: "PRUNE", units: 30 },
  { slug: "toolkits", name: "Household toolkits", kind: "tool", category: "hand-tools", code: "KIT", units: 60 },
  { slug: "socket-sets", name: "Socket sets", kind: "tool", category: "hand-tools", code: "SOCK", units: 30 },
  { slug: "clamp-sets", name: "Clamp sets", kind: "tool", category: "hand-tools", code: "CLAMP", units: 40 },
  { slug: "tile-cutters", name: "Tile cutters", kind: "tool", category: "hand-tools", code: "TILE", units: 15 },
  { slug: "ladders", name: "Extension ladders", kind: "tool", category: "ladders", code: "LADR", units: 35 },
  { slug: "scaffold-towers", name: "Scaffold towers", kind: "tool", category: "ladders", code: "SCAF", units: 8, rules: perDay(1000) },
  { slug: "laser-levels", name: "Laser levels", kind: "tool", category: "measuring", code: "LASER", units: 20 },
  { slug: "moisture-meters", name: "Moisture meters", kind: "tool", category: "measuring", code: "MOIST", units: 15 },
  { slug: "thermal-cameras", name: "Thermal cameras", kind: "tool", category: "measuring", code: "THERM", units: 6 },
  { slug: "sewing-machines", name: "Sewing machines", kind: "machine", category: "sewing-machines", code: "SEW", units: 30 },
  { slug: "3d-printers", name: "3D printers", kind: "machine", category: "3d-printers", code: "PRNT", units: 6 },
  { slug: "tents", name: "Four-person tents", kind: "other", category: "camping", code: "TENT", units: 60 },
  { slug: "sleeping-bags", name: "Sleeping bags", kind: "other", category: "camping", code: "SLEEP", units: 80 },
  { slug: "camping-stoves", name: "Camping stoves", kind: "other", category: "camping", code: "STOVE", units: 40 },
  { slug: "kayaks", name: "Kayaks", kind: "other", category: "camping", code: "KAYAK", units: 10, rules: perDay(1500) },
  { slug: "projectors", name: "Projectors", kind: "other", category: "electronics", code: "PROJ", units: 25 },
  { slug: "speakers", name: "Party speakers", kind: "other", category: "electronics", code: "SPKR", units: 30 },
  { slug: "cameras", name: "Cameras", kind: "other", category: "electronics", code: "CAM", units: 15 },
  { slug: "party-tents", name: "Party tents", kind: "other", category: "party", code: "PTENT", units: 12, rules: perDay(2000) },
  { slug: "folding-tables", name: "Folding tables", kind: "other", category: "party", code: "TABLE", units: 40 },
  { slug: "raclette-sets", name: "Raclette sets", kind: "other", category: "kitchenware", code: "RACL", units: 30 },
  { slug: "food-processors", name: "Food processors", kind: "other", category: "kitchenware", code: "FOOD", units: 30 },
  { slug: "workshop", name: "Wood workshop", kind: "space", category: "workshops", code: "WSHOP", units: 2, rules: perDay(2500) },
  { slug: "meeting-room", name: "Meeting room", kind: "space", category: "meeting-rooms", code: "ROOM", units: 2 },
];

export async function loadSharing(db: pg.Client, size: SharingSize): Promise<SharingData> {
  const bikes = CATALOGUE.find((c) => c.slug === TYPE_SLUG)!;
  if (size.borrowers > bikes.units || size.borrowers > size.members) throw new Error("more borrowers than bikes or members");
  if (size.loans > size.bookings) throw new Error("at most one loan per booking");
  const seconds: Record<string, number> = {};
  let mark = performance.now();
  const lap = (name: string) => {
    seconds[name] = Math.round(performance.now() - mark) / 1000;
    mark = performance.now();
  };

  // The association, its steward and members, with the triggers on (member counts, the organizations list).
  await db.query("begin");
  const { rows: org } = await db.query<{ id: string; steward: string }>(
    `with p as (
       insert into people (handle, name, email, password_hash, created_at, updated_at)
       select case when g = 0 then 'library-steward' else 'library-member-' || g end,
              case when g = 0 then 'Library Steward' else 'Library member ' || g end,
              case when g = 0 then 'library-steward' else 'library-member-' || g end || '@bench.invalid', '!no-password',
              now() - interval '6 years' + (g::float8 / $1::int) * interval '5 years', now() - interval '6 years' + (g::float8 / $1::int) * interval '5 years'
       from generate_series(0, $1::int) g
       returning id, handle, created_at
     ), o as (
       insert into organizations (slug, name, kind, description, join_policy, created_by, created_at, updated_at)
       select $2, 'Bench Library of Things', 'association',
              'The library of things of npm run bench: a catalogue of 1,279 things, a million bookings, half a million loans.', 'open',
              (select id from p where handle = 'library-steward'), now() - interval '6 years', now() - interval '6 years'
       returning id
     ), m as (
       insert into memberships (organization_id, person_id, role, status, created_at, updated_at)
       select o.id, p.id, (case when p.handle = 'library-steward' then 'steward' else 'member' end)::membership_role, 'active',
              p.created_at, p.created_at
       from p cross join o
     )
     select o.id, (select id from p where handle = 'library-steward') as steward from o`,
    [size.members, SLUG],
  );
  const { id: organizationId, steward } = org[0]!;
  const { rows: memberRows } = await db.query<{ ids: string[] }>(
    `select array_agg(id order by substring(handle from 16)::int) as ids from people where handle like 'library-member-%'`,
  );
  const memberIds = memberRows[0]!.ids;
  const borrowerIds = memberIds.slice(0, size.borrowers);
  const borrowerTokens = borrowerIds.map(() => `${API_TOKEN_PREFIX}${randomToken()}`);
  // last_used_at = now(): the steady state of a token in use (the server records a use at most hourly).
  await db.query(
    `insert into api_tokens (person_id, name, token_hash, prefix, last_used_at)
     select person_id, 'bench booking', hash, prefix, now() from unnest($1::uuid[], $2::text[], $3::text[]) as t(person_id, hash, prefix)`,
    [borrowerIds, borrowerTokens.map(sha256), borrowerTokens.map((t) => t.slice(0, 8))],
  );
  await db.query("commit");
  lap("members");

  // The taxonomy as the first library's opening writes it, then the library, its catalogue and units in one statement.
  await ensureTaxonomy(drizzle({ client: db, schema }) as unknown as Db);
  const { rows: lib } = await db.query<{ id: string; today: string }>(
    `with l as (
       insert into libraries (organization_id, slug, name, description, time_zone, currency, address, latitude, longitude,
                              opening_hours, rules, created_by, created_at, updated_at)
       values ($1, $2, 'Bench Library of Things', 'Tools, bikes, camping gear and more, lent to the members.', $3, 'EUR',
               '12 rue de la Roquette, 75011 Paris', 48.853500, 2.371800, $4::jsonb, $5::jsonb, $6, now() - interval '6 years',
               now() - interval '6 years')
       returning id
     ), x as (
       select * from jsonb_to_recordset($7::jsonb) as x(slug text, name text, kind text, category text, code text, units int, rules jsonb)
     ), t as (
       insert into resource_types (library_id, slug, name, kind, category_id, description, rules, created_at, updated_at)
       select l.id, x.slug, x.name, x.kind::resource_kind, c.id, 'Lent to the members for a day or a week, checked after every return.',
              coalesce(x.rules, '{}'::jsonb), now() - interval '6 years', now() - interval '6 years'
       from l cross join x left join resource_categories c on c.slug = x.category
       returning id, slug
     ), u as (
       insert into resource_units (type_id, code, condition, acquisition, steward_person_id, created_at, updated_at)
       select t.id, x.code || '-' || lpad(n::text, 3, '0'),
              (case when n % 7 = 0 then 'fair' when n % 11 = 0 then 'new' else 'good' end)::unit_condition,
              (case when n % 10 = 3 then 'donated' else 'bought' end)::resource_acquisition,
              $6, now() - interval '6 years', now() - interval '6 years'
       from t join x on x.slug = t.slug cross join generate_series(1, x.units) n
     )
     select l.id, (now() at time zone $3)::date::text as today from l`,
    [organizationId, SLUG, TIME_ZONE, JSON.stringify(OPENING_HOURS), JSON.stringify(RULES), steward, JSON.stringify(CATALOGUE)],
  );
  const { id: libraryId, today } = lib[0]!;
  const { rows: bikeRows } = await db.query<{ type_id: string; ids: string[] }>(
    `select t.id as type_id, array_agg(u.id order by u.code) as ids
     from resource_types t join resource_units u on u.type_id = t.id where t.library_id = $1 and t.slug = $2 group by t.id`,
    [libraryId, TYPE_SLUG],
  );
  const { type_id: typeId, ids: unitIds } = bikeRows[0]!;
  const units = CATALOGUE.reduce((s, c) => s + c.units, 0);
  lap("library and catalogue");

  // The past: per unit, a run of consecutive bookings (length 1–7 days, 61 % of them one day; a gap of one day
  // after 29 % of them) placed so that the run ends before today. Units take the bookings in turn, so each has
  // about the same number. Borrowers are drawn by rank with a skew (rank ⌊members × r^1.5⌋: the busiest member has
  // about 1,300 bookings, the median about 40), ranks shuffled into member numbers ((rank + 1) × 7919 mod members)
  // so the borrowers with tokens are a mix of light and busy members, none of the busiest. One loan for every
  // second booking, every second loan answered. All in one statement, triggers off (see the header).
  await db.query("begin");
  await db.query("set local session_replication_role = replica");
  await db.query("set local work_mem = '512MB'");
  await db.query("select setseed(0.31)");
  await db.query(
    `with units as (
       select u.id, u.type_id, (row_number() over (order by t.slug, u.code) - 1)::int as n,
              case when t.rules->'fee'->>'kind' = 'per_day' then (t.rules->'fee'->>'amount')::bigint else 0 end as fee_per_day
       from resource_units u join resource_types t on t.id = u.type_id where t.library_id = $1
     ), raw as (
       select g, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6, random() r7, random() r8
       from generate_series(1, $2::int) g
     ), drawn as (
       select g, (g - 1) % $3::int as n, (g - 1) / $3::int as k, 1 + floor(7 * r1 ^ 4)::int as len, floor(2 * r2 * r2)::int as gap,
              (1 + ((floor($4::int * r3 ^ 1.5)::bigint + 1) * 7919) % $4::int)::int as member, r4, r5, r6, r7, r8,
              floor(g::numeric * $5::int / $2::int) > floor((g - 1)::numeric * $5::int / $2::int) as lent,
              floor(g::numeric * $5::int / $2::int)::bigint % 2 = 0 as answered
       from raw
     ), placed as (
       select d.*, (now() at time zone $6::text)::date - 1
                   - (sum(len + gap) over (partition by n))::int
                   + (sum(len + gap) over (partition by n order by k))::int - len - gap as first_day
       from drawn d
     ), src as materialized (
       select gen_random_uuid() as id, p.*, u.id as unit_id, u.type_id, u.fee_per_day * p.len as fee,
              (p.first_day::timestamp at time zone $6) as starts_at, ((p.first_day + p.len)::timestamp at time zone $6) as ends_at
       from placed p join units u on u.n = p.n
     ), b as (
       insert into bookings (id, unit_id, type_id, library_id, person_id, starts_at, ends_at, blocked_from, blocked_until, status, fee,
                             created_at, updated_at)
       select s.id, s.unit_id, s.type_id, $1, ($7::uuid[])[s.member], s.starts_at, s.ends_at, s.starts_at, s.ends_at, 'returned', s.fee,
              s.starts_at - (1 + floor(s.r4 * 14)::int) * interval '1 day', s.ends_at
       from src s order by s.starts_at, s.n
     )
     insert into loans (unit_id, booking_id, custodian_id, checked_out_at, due_at, condition_out, checked_out_by,
                        checked_in_at, condition_in, notes_in, checked_in_by, without_loan)
     select s.unit_id, s.id, ($7::uuid[])[s.member], (s.first_day::timestamp + interval '9 hours' + s.r7 * interval '3 hours') at time zone $6,
            s.ends_at, 'good', $8,
            ((s.first_day + s.len - 1)::timestamp + interval '14 hours' + s.r8 * interval '5 hours') at time zone $6,
            (case when s.r6 < 0.85 then 'good' when s.r6 < 0.97 then 'fair' else 'worn' end)::unit_condition, '', $8,
            (case when not s.answered then null when s.r5 < 0.15 then 'bought' when s.r5 < 0.25 then 'rented'
                  when s.r5 < 0.45 then 'borrowed_elsewhere' else 'done_without' end)::without_loan_answer
     from src s where s.lent order by s.starts_at, s.n`,
    [libraryId, size.bookings, units, size.members, size.loans, TIME_ZONE, memberIds, steward],
  );
  lap("past bookings and loans");

  // What loans_rollup would have written, loan by loan: one aggregate per rollup (still in replica mode, which skips their guards).
  await db.query(
    `insert into loan_months (unit_id, month, loans, custody_minutes, paid, answered, bought, rented)
     select o.unit_id, date_trunc('month', o.checked_out_at at time zone l.time_zone)::date, count(*),
            coalesce(sum(floor(extract(epoch from o.checked_in_at - o.checked_out_at) / 60)) filter (where o.checked_in_at is not null), 0),
            coalesce(sum(b.fee), 0), count(o.without_loan), count(*) filter (where o.without_loan = 'bought'),
            count(*) filter (where o.without_loan = 'rented')
     from loans o join resource_units u on u.id = o.unit_id join resource_types t on t.id = u.type_id join libraries l on l.id = t.library_id
     left join bookings b on b.id = o.booking_id
     where l.id = $1
     group by o.unit_id, 2`,
    [libraryId],
  );
  await db.query(
    `insert into unit_borrowers (unit_id, person_id, loans)
     select o.unit_id, o.custodian_id, count(*)
     from loans o join resource_units u on u.id = o.unit_id join resource_types t on t.id = u.type_id
     where t.library_id = $1
     group by o.unit_id, o.custodian_id`,
    [libraryId],
  );
  await db.query(
    `insert into unit_people (unit_id, people)
     select b.unit_id, count(*) from unit_borrowers b join resource_units u on u.id = b.unit_id join resource_types t on t.id = u.type_id
     where t.library_id = $1 group by b.unit_id`,
    [libraryId],
  );
  await db.query(
    `insert into library_borrowers (library_id, person_id, loans)
     select $1::uuid, o.custodian_id, count(*)
     from loans o join resource_units u on u.id = o.unit_id join resource_types t on t.id = u.type_id
     where t.library_id = $1 group by o.custodian_id`,
    [libraryId],
  );
  await db.query("commit");
  lap("rollups");

  // The coming days: confirmed bookings on every unit, starting tomorrow or a little later, through the table's
  // triggers and exclusion constraint as the server writes them.
  await db.query("select setseed(0.59)");
  await db.query(
    `with u as (
       select u.id from resource_units u join resource_types t on t.id = u.type_id where t.library_id = $1
     ), drawn as (
       select u.id as unit_id, k, 1 + floor(7 * random() ^ 3)::int as len, floor(5 * random())::int as gap, 1 + floor(random() * $3::int)::int as member
       from u cross join generate_series(1, $2::int) k
     ), placed as (
       select *, (now() at time zone $4)::date + (sum(len + gap) over (partition by unit_id order by k))::int - len + 1 as first_day
       from drawn
     )
     insert into bookings (unit_id, type_id, library_id, person_id, starts_at, ends_at, blocked_from, blocked_until, status)
     select p.unit_id, t.id, t.library_id, ($5::uuid[])[p.member], s, e, s, e, 'confirmed'
     from placed p join resource_units u on u.id = p.unit_id join resource_types t on t.id = u.type_id
     cross join lateral (select p.first_day::timestamp at time zone $4 as s, (p.first_day + p.len)::timestamp at time zone $4 as e) x
     where p.first_day <= (now() at time zone $4::text)::date + $2::int
     order by s`,
    [libraryId, size.upcomingDays, size.members, TIME_ZONE, memberIds],
  );
  await db.query(
    `insert into vehicle_survey_answers (library_id, person_id, round, cars_given_up, cars_not_bought)
     select $1, ($3::uuid[])[g], extract(year from now())::int, (random() < 0.08)::int, (random() < 0.2)::int
     from generate_series(1, $2::int) g`,
    [libraryId, size.surveyAnswers, memberIds],
  );
  lap("upcoming bookings and survey");

  await db.query(
    "vacuum analyze people, memberships, api_tokens, libraries, resource_types, resource_units, bookings, loans, loan_months, unit_borrowers, unit_people, library_borrowers, vehicle_survey_answers",
  );
  lap("vacuum analyze");

  const { rows: counts } = await db.query<{ t: string; n: number }>(
    `select 'library members' as t, count(*)::int as n from memberships where organization_id = $2 and status = 'active'
     union all select 'types', count(*)::int from resource_types where library_id = $1
     union all select 'units', count(*)::int from resource_units u join resource_types t on t.id = u.type_id where t.library_id = $1
     union all select 'past bookings', count(*)::int from bookings where library_id = $1 and status = 'returned'
     union all select 'upcoming bookings', count(*)::int from bookings where library_id = $1 and status = 'confirmed'
     union all select 'loans', count(*)::int from loans o join resource_units u on u.id = o.unit_id join resource_types t on t.id = u.type_id
                 where t.library_id = $1
     union all select 'answered loans', count(*)::int from loans o join resource_units u on u.id = o.unit_id join resource_types t on t.id = u.type_id
                 where t.library_id = $1 and o.without_loan is not null
     union all select 'loan_months rows', count(*)::int from loan_months m join resource_units u on u.id = m.unit_id join resource_types t on t.id = u.type_id
                 where t.library_id = $1
     union all select 'loan_months loans', coalesce(sum(m.loans), 0)::int from loan_months m join resource_units u on u.id = m.unit_id
                 join resource_types t on t.id = u.type_id where t.library_id = $1
     union all select 'loan_months answered', coalesce(sum(m.answered), 0)::int from loan_months m join resource_units u on u.id = m.unit_id
                 join resource_types t on t.id = u.type_id where t.library_id = $1
     union all select 'unit_borrowers rows', count(*)::int from unit_borrowers b join resource_units u on u.id = b.unit_id
                 join resource_types t on t.id = u.type_id where t.library_id = $1
     union all select 'unit_borrowers loans', coalesce(sum(b.loans), 0)::int from unit_borrowers b join resource_units u on u.id = b.unit_id
                 join resource_types t on t.id = u.type_id where t.library_id = $1
     union all select 'overlapping bookings', count(*)::int from (
                 select starts_at < lag(ends_at) over (partition by unit_id order by starts_at) as clash from bookings where library_id = $1) o
                 where clash`,
    [libraryId, organizationId],
  );
  const rows = Object.fromEntries(counts.map((x) => [x.t, x.n]));
  if (rows["overlapping bookings"]) throw new Error(`the generated bookings overlap on a unit: ${JSON.stringify(rows)}`);
  if (
    rows["loan_months loans"] !== rows.loans ||
    rows["unit_borrowers loans"] !== rows.loans ||
    rows["loan_months answered"] !== rows["answered loans"]
  ) {
    throw new Error(`the rebuilt loan rollups do not add up to the loans: ${JSON.stringify(rows)}`);
  }
  const { rows: span } = await db.query<{ first: string; last: string }>(
    `select to_char(min(starts_at) at time zone $2, 'YYYY-MM') as first, to_char(max(starts_at) at time zone $2, 'YYYY-MM') as last
     from bookings where library_id = $1 and status = 'returned'`,
    [libraryId, TIME_ZONE],
  );
  lap("counts");
  return {
    slug: SLUG,
    organizationId,
    libraryId,
    timeZone: TIME_ZONE,
    typeSlug: TYPE_SLUG,
    typeId,
    unitIds,
    borrowerIds,
    borrowerTokens,
    today,
    firstMonth: span[0]!.first,
    lastMonth: span[0]!.last,
    units,
    rows,
    seconds,
  };
}
