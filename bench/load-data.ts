/**
 * Bulk-loads the bench data set straight into PostgreSQL (the server has already applied the
 * migrations): the instance row, people, organizations with word-list names and descriptions,
 * memberships (every organization's founder is its active steward), and bench people with
 * personal API tokens and no memberships, for the join test. Rows are built here with a seeded
 * generator and sent as arrays to `insert … select … from unnest(…)`, one statement per table.
 */
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { API_TOKEN_PREFIX, randomToken, sha256 } from "../src/modules/accounts/secrets.ts";
import { AUDIENCES, FIRST_NAMES, FORMS, LAST_NAMES, PLACES, TOPICS, VERBS } from "./words.ts";

export interface DataSize {
  organizations: number;
  memberships: number;
  /** People who hold the memberships. */
  people: number;
  /** People with API tokens and no memberships, for the join test. */
  benchPeople: number;
  /** People with no memberships for the bare endpoint's write (no tokens: it does not authenticate). */
  barePeople: number;
}

export interface BenchData {
  orgIds: string[];
  slugs: string[];
  /** Organizations whose join policy is open: any bench person joining one gets a 201. */
  openSlugs: string[];
  /** One bearer token per bench person. */
  tokens: string[];
  /** Open organizations' ids (same order as openSlugs) and the bare write's people, for the bare write. */
  openIds: string[];
  barePersonIds: string[];
  searchWords: string[];
  rows: Record<string, number>;
}

/** mulberry32: small, fast, and the same data set every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
function weighted<T extends string>(r: Rand, table: [T, number][]): T {
  let x = r() * table.reduce((s, [, w]) => s + w, 0);
  for (const [v, w] of table) {
    x -= w;
    if (x < 0) return v;
  }
  return table[table.length - 1]![0];
}
const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 44);

type Kind = "community" | "association" | "enterprise" | "public_body";
type Policy = "open" | "approval" | "invite";

function makeOrganizations(r: Rand, n: number, people: number) {
  const cols = {
    id: [] as string[],
    slug: [] as string[],
    name: [] as string[],
    kind: [] as Kind[],
    ownership: [] as (string | null)[],
    description: [] as string[],
    website: [] as (string | null)[],
    joinPolicy: [] as Policy[],
    founder: [] as number[],
  };
  const taken = new Set<string>();
  for (let i = 0; i < n; i++) {
    const place = pick(r, PLACES);
    const topic = pick(r, TOPICS);
    const form = pick(r, FORMS);
    const name = `${place} ${cap(topic)} ${form}`;
    let slug = slugify(name);
    for (let k = 2; taken.has(slug); k++) slug = `${slugify(name)}-${k}`;
    taken.add(slug);
    const kind = weighted<Kind>(r, [
      ["community", 45],
      ["association", 20],
      ["enterprise", 25],
      ["public_body", 10],
    ]);
    const joinPolicy =
      kind === "community"
        ? weighted<Policy>(r, [
            ["open", 90],
            ["approval", 10],
          ])
        : weighted<Policy>(r, [
            ["approval", 80],
            ["open", 10],
            ["invite", 10],
          ]);
    const extra = Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(r, TOPICS));
    const description =
      `A ${form.toLowerCase()} in ${place} where ${pick(r, AUDIENCES)} ${pick(r, VERBS)} ${topic} and ${extra[0]} together. ` +
      (extra.length > 1 ? `We ${pick(r, VERBS)} ${extra.slice(1).join(" and ")} for everyone, ` : "We ") +
      `and welcome anyone who wants to ${pick(r, VERBS)} with us.`;
    cols.id.push(randomUUID());
    cols.slug.push(slug);
    cols.name.push(name);
    cols.kind.push(kind);
    cols.ownership.push(
      kind === "enterprise"
        ? weighted(r, [
            ["worker_owned", 30],
            ["cooperative", 35],
            ["nonprofit", 15],
            ["private", 20],
          ])
        : null,
    );
    cols.description.push(description);
    cols.website.push(r() < 0.5 ? `https://${slug}.example.org` : null);
    cols.joinPolicy.push(joinPolicy);
    cols.founder.push(Math.floor(r() * people));
  }
  return cols;
}

/**
 * The founder of each organization is its active steward; the other memberships go to
 * organizations with a skewed size (a few with hundreds of members, most with a handful).
 */
function makeMemberships(r: Rand, founders: number[], total: number, people: number) {
  const org: number[] = [];
  const person: number[] = [];
  const role: string[] = [];
  const status: string[] = [];
  const seen = new Set<number>();
  const add = (o: number, p: number, ro: string, st: string) => {
    seen.add(o * people + p);
    org.push(o + 1); // PostgreSQL arrays are 1-based
    person.push(p + 1);
    role.push(ro);
    status.push(st);
  };
  for (const [o, p] of founders.entries()) add(o, p, "steward", "active");
  const n = founders.length;
  while (org.length < total) {
    const o = Math.floor(n * r() ** 2);
    const p = Math.floor(r() * people);
    if (seen.has(o * people + p)) continue;
    const st = weighted(r, [
      ["active", 90],
      ["pending", 7],
      ["invited", 3],
    ]);
    const ro =
      st === "active"
        ? weighted(r, [
            ["member", 85],
            ["maintainer", 9],
            ["steward", 3],
            ["treasurer", 3],
          ])
        : "member";
    add(o, p, ro, st);
  }
  return { org, person, role, status };
}

export async function loadData(db: pg.Client, size: DataSize, seed = 20240611): Promise<BenchData> {
  const r = rng(seed);
  const personIds = Array.from({ length: size.people }, () => randomUUID());
  const personNames = personIds.map(() => `${pick(r, FIRST_NAMES)} ${pick(r, LAST_NAMES)}`);
  const orgs = makeOrganizations(r, size.organizations, size.people);
  const ms = makeMemberships(r, orgs.founder, size.memberships, size.people);
  const benchIds = Array.from({ length: size.benchPeople }, () => randomUUID());
  const tokens = benchIds.map(() => `${API_TOKEN_PREFIX}${randomToken()}`);
  const bareIds = Array.from({ length: size.barePeople }, () => randomUUID());

  await db.query("begin");
  await db.query("insert into instance (id, name, description) values (1, 'Triarchy bench', 'Generated by npm run bench')");
  await db.query(
    `insert into people (id, handle, name, email, password_hash, created_at)
     select id, handle, name, handle || '@bench.invalid', '!no-password', now() - random() * interval '1000 days'
     from unnest($1::uuid[], $2::text[], $3::text[]) as t(id, handle, name)`,
    [
      [...personIds, ...benchIds, ...bareIds],
      [
        ...personIds.map((_, i) => `person-${i + 1}`),
        ...benchIds.map((_, i) => `bench-${i + 1}`),
        ...bareIds.map((_, i) => `bare-${i + 1}`),
      ],
      [...personNames, ...benchIds.map((_, i) => `Bench Person ${i + 1}`), ...bareIds.map((_, i) => `Bare Person ${i + 1}`)],
    ],
  );
  await db.query(
    `insert into organizations (id, slug, name, kind, ownership, description, website, join_policy, created_by, created_at, updated_at)
     select id, slug, name, kind::organization_kind, ownership::ownership, description, website, policy::join_policy,
            ($10::uuid[])[founder], now() - age * interval '1 day', now() - age * interval '1 day'
     from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[], $11::float8[])
          as t(id, slug, name, kind, ownership, description, website, policy, founder, age)`,
    [
      orgs.id,
      orgs.slug,
      orgs.name,
      orgs.kind,
      orgs.ownership,
      orgs.description,
      orgs.website,
      orgs.joinPolicy,
      orgs.founder.map((f) => f + 1),
      personIds,
      orgs.id.map(() => 30 + r() * 1000),
    ],
  );
  await db.query(
    `insert into memberships (organization_id, person_id, role, status, created_at, updated_at)
     select ($5::uuid[])[o], ($6::uuid[])[p], ro::membership_role, st::membership_status,
            now() - age * interval '1 day', now() - age * interval '1 day'
     from unnest($1::int[], $2::int[], $3::text[], $4::text[], $7::float8[]) as t(o, p, ro, st, age)`,
    [ms.org, ms.person, ms.role, ms.status, orgs.id, personIds, ms.org.map(() => r() * 900)],
  );
  await db.query(
    `insert into api_tokens (person_id, name, token_hash, prefix)
     select person_id, 'bench', token_hash, prefix from unnest($1::uuid[], $2::text[], $3::text[]) as t(person_id, token_hash, prefix)`,
    [benchIds, tokens.map(sha256), tokens.map((t) => t.slice(0, 8))],
  );
  await db.query("commit");
  // VACUUM as well as ANALYZE: the steady state of a live database (autovacuum would get there within a minute or so,
  // possibly mid-test): visibility map set, and the GIN search index's pending list (~1,800 entries after a bulk load) merged.
  await db.query("vacuum analyze");

  const { rows } = await db.query<{ t: string; n: number }>(
    `select 'people' as t, count(*)::int as n from people union all
     select 'organizations', count(*)::int from organizations union all
     select 'memberships', count(*)::int from memberships union all
     select 'api_tokens', count(*)::int from api_tokens union all
     select 'organizations without an active steward', count(*)::int from organizations o
       where not exists (select 1 from memberships m where m.organization_id = o.id and m.role = 'steward' and m.status = 'active')`,
  );
  return {
    orgIds: orgs.id,
    slugs: orgs.slug,
    openSlugs: orgs.slug.filter((_, i) => orgs.joinPolicy[i] === "open"),
    tokens,
    openIds: orgs.id.filter((_, i) => orgs.joinPolicy[i] === "open"),
    barePersonIds: bareIds,
    searchWords: [...TOPICS],
    rows: Object.fromEntries(rows.map((x) => [x.t, x.n])),
  };
}

/** How many organizations each search word finds (the search test's selectivity). */
export async function searchSpread(db: pg.Client, words: string[]) {
  const { rows } = await db.query<{ n: number }>(
    `select (select count(*)::int from organizations where search @@ to_tsquery('simple', w || ':*')) as n
     from unnest($1::text[]) as w order by n`,
    [words],
  );
  const ns = rows.map((x) => x.n);
  return { min: ns[0] ?? 0, median: ns[Math.floor(ns.length / 2)] ?? 0, max: ns[ns.length - 1] ?? 0 };
}
