import { and, count, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client.ts";
import { activities, affiliations, memberships, organizations, people } from "../db/schema.ts";
import { signIn } from "../modules/accounts/service.ts";
import { createTestDatabase } from "../test/database.ts";
import { makePerson } from "../test/factories.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./accounts.ts";
import { DEMO_ORGANIZATIONS } from "./organizations.ts";
import { countWorld, type WorldCounts } from "./summary.ts";
import { loadDemoWorld } from "./world.ts";

let database: Database;
let loaded: WorldCounts;

beforeAll(async () => {
  database = await createTestDatabase();
  loaded = await loadDemoWorld(database.db);
});
afterAll(async () => {
  await database?.close();
});

describe("the demo world", () => {
  it("has the five organizations of the triarchy", async () => {
    const db = database.db;
    expect(loaded.organizations).toEqual({ public_body: 1, community: 1, association: 1, enterprise: 2 });
    const enterprises = await db
      .select({ ownership: organizations.ownership })
      .from(organizations)
      .where(eq(organizations.kind, "enterprise"));
    expect(enterprises.map((e) => e.ownership).sort()).toEqual(["private", "worker_owned"]);
  });

  it("has about twenty people with one instance admin, all on example.org", async () => {
    const rows = await database.db.select().from(people);
    expect(rows.length).toBe(20);
    expect(rows.filter((p) => p.isAdmin).map((p) => p.handle)).toEqual([DEMO_ACCOUNTS.admin.handle]);
    expect(rows.every((p) => p.email.endsWith("@example.org") && p.bio !== "")).toBe(true);
  });

  it("has memberships in every role and every status", async () => {
    expect(Object.keys(loaded.roles).sort()).toEqual(["maintainer", "member", "steward", "treasurer"]);
    expect(loaded.memberships.active).toBeGreaterThan(25);
    expect(loaded.memberships.pending).toBe(1);
    expect(loaded.memberships.invited).toBe(1);
    const open = await database.db
      .select({ handle: people.handle, slug: organizations.slug, status: memberships.status })
      .from(memberships)
      .innerJoin(people, eq(people.id, memberships.personId))
      .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
      .where(inArray(memberships.status, ["pending", "invited"]));
    expect(open).toEqual(
      expect.arrayContaining([
        { handle: "sam", slug: "open-farm-tools-foundation", status: "pending" },
        { handle: "noor", slug: "furrow-works", status: "invited" },
      ]),
    );
  });

  it("gives every organization an active steward", async () => {
    const stewards = await database.db
      .select({ slug: organizations.slug, n: count() })
      .from(organizations)
      .innerJoin(memberships, eq(memberships.organizationId, organizations.id))
      .where(and(eq(memberships.role, "steward"), eq(memberships.status, "active")))
      .groupBy(organizations.slug);
    expect(stewards.map((s) => s.slug).sort()).toEqual(DEMO_ORGANIZATIONS.map((o) => o.slug).sort());
  });

  it("has affiliations of each status, dated, reviewed by the enterprise's stewards", async () => {
    expect(loaded.affiliations).toEqual({ confirmed: 6, claimed: 1, disputed: 1 });
    const rows = await database.db.select().from(affiliations);
    expect(rows.some((a) => a.endsOn === null)).toBe(true);
    expect(rows.some((a) => a.endsOn !== null)).toBe(true);
    const disputed = rows.find((a) => a.status === "disputed");
    expect(disputed?.reviewNote).toMatch(/\w+/);
    for (const a of rows.filter((r) => r.status !== "claimed")) {
      const [reviewer] = await database.db
        .select({ role: memberships.role, status: memberships.status })
        .from(memberships)
        .where(and(eq(memberships.organizationId, a.enterpriseId), eq(memberships.personId, a.reviewedBy ?? "")));
      expect(reviewer).toEqual({ role: "steward", status: "active" });
    }
  });

  it("wrote an activity row for every change, as real use would", async () => {
    const db = database.db;
    const verbs = await db.select({ verb: activities.verb, n: count() }).from(activities).groupBy(activities.verb);
    const byVerb = Object.fromEntries(verbs.map((v) => [v.verb, v.n]));
    expect(byVerb).toMatchObject({
      "instance.set_up": 1,
      "person.joined": 20,
      "person.updated": 20,
      "organization.created": 5,
      "membership.requested": 11,
      "membership.invited": 4,
      "affiliation.claimed": 8,
      "affiliation.confirmed": 6,
      "affiliation.disputed": 1,
    });
    // Every membership except a founder's (written with the organization) and every affiliation has its own row.
    const objectIds = new Set((await db.select({ id: activities.objectId }).from(activities)).map((a) => a.id));
    const founderMemberships = await db
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
      .where(eq(organizations.createdBy, memberships.personId));
    const founders = new Set(founderMemberships.map((m) => m.id));
    const missing = [
      ...(await db.select({ id: memberships.id }).from(memberships)).filter((m) => !founders.has(m.id)),
      ...(await db.select({ id: affiliations.id }).from(affiliations)),
    ].filter((r) => !objectIds.has(r.id));
    expect(missing).toEqual([]);
  });

  it("lets the documented accounts sign in with the demo password", async () => {
    const { person } = await signIn(database.db, { email: DEMO_ACCOUNTS.suggested[0].email, password: DEMO_PASSWORD }, 1);
    expect(person.handle).toBe(DEMO_ACCOUNTS.suggested[0].handle);
    const handles = new Set((await database.db.select({ handle: people.handle }).from(people)).map((p) => p.handle));
    expect([DEMO_ACCOUNTS.admin, ...DEMO_ACCOUNTS.suggested].filter((a) => !handles.has(a.handle))).toEqual([]);
  });

  it("refuses to load twice and changes nothing", async () => {
    const before = await countWorld(database.db);
    await expect(loadDemoWorld(database.db)).rejects.toThrow(/already has data/);
    expect(await countWorld(database.db)).toEqual(before);
  });
});

describe("loading into an instance that is not empty", () => {
  it("is refused when someone already signed up, even before set-up", async () => {
    const other = await createTestDatabase();
    try {
      await makePerson(other.db);
      await expect(loadDemoWorld(other.db)).rejects.toThrow(/already has data/);
      const [n] = await other.db.select({ n: count() }).from(organizations);
      expect(n?.n).toBe(0);
    } finally {
      await other.close();
    }
  });
});
