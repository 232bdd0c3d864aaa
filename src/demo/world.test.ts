import { and, count, eq, inArray, isNotNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client.ts";
import {
  activities,
  affiliations,
  comments,
  commentVersions,
  commons,
  contributions,
  documents,
  memberships,
  needs,
  organizations,
  people,
  revisions,
  threads,
} from "../db/schema.ts";
import { signIn } from "../modules/accounts/service.ts";
import { createTestDatabase } from "../test/database.ts";
import { makePerson } from "../test/factories.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./accounts.ts";
import { DEMO_COMMONS } from "./documents.ts";
import { DEMO_FORK, UPSTREAM } from "./fork.ts";
import { CONFLICTING_EDITS } from "./history.ts";
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
  it("has the five organizations of the triarchy, and the community that forked the commons", async () => {
    const db = database.db;
    expect(loaded.organizations).toEqual({ public_body: 1, community: 2, association: 1, enterprise: 2 });
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
    expect(stewards.map((s) => s.slug).sort()).toEqual([...DEMO_ORGANIZATIONS.map((o) => o.slug), DEMO_FORK.community.slug].sort());
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
      "organization.created": 6,
      "membership.requested": 11,
      "membership.invited": 4,
      "affiliation.claimed": 8,
      "affiliation.confirmed": 6,
      "affiliation.disputed": 1,
      "commons.created": 1,
      "commons.updated": 1,
      "commons.forked": 1,
      "contribution.proposed": 57,
      "contribution.accepted": 48,
      "contribution.rejected": 2,
      "contribution.conflicted": 1,
      "contribution.withdrawn": 1,
      "contribution.supported": 9,
      "need.posted": 8,
      "need.taken_up": 7,
      "need.progress": 1,
      "need.linked": 2,
      "need.closed": 1,
      "thread.started": 5,
      "comment.posted": 9,
      "comment.edited": 1,
      "comment.hidden": 1,
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

describe("the open seed drill commons", () => {
  const origin = alias(commons, "origin");
  const community = alias(organizations, "community");

  async function commonsRows() {
    const association = alias(organizations, "association");
    return database.db
      .select({
        id: commons.id,
        slug: commons.slug,
        licence: commons.licence,
        tags: commons.tags,
        community: community.slug,
        association: association.slug,
        origin: origin.slug,
      })
      .from(commons)
      .innerJoin(community, eq(community.id, commons.communityId))
      .leftJoin(association, eq(association.id, commons.stewardAssociationId))
      .leftJoin(origin, eq(origin.id, commons.forkedFromId))
      .orderBy(commons.slug);
  }

  it("is stewarded by Open Farm Tools, held by its foundation, and forked once into a new community", async () => {
    expect(loaded.commons).toEqual({ total: 2, forks: 1 });
    const [drill, fork] = await commonsRows();
    expect(drill).toMatchObject({
      slug: DEMO_COMMONS.slug,
      licence: "LicenseRef-Peer-Production-License",
      community: "open-farm-tools",
      association: "open-farm-tools-foundation",
      origin: null,
    });
    expect(drill?.tags).toEqual(expect.arrayContaining(["seed-drill", "two-wheel-tractor"]));
    expect(fork).toMatchObject({ slug: DEMO_FORK.slug, community: DEMO_FORK.community.slug, origin: DEMO_COMMONS.slug });
  });

  it("has four documents with dozens of revisions by many people, paid and volunteer", async () => {
    const db = database.db;
    expect(loaded.documents).toBe(8);
    expect(loaded.revisions).toBe(70);
    const docs = await db
      .select({ path: documents.path, format: documents.format, head: documents.head })
      .from(documents)
      .innerJoin(commons, eq(commons.id, documents.commonsId))
      .where(eq(commons.slug, DEMO_COMMONS.slug))
      .orderBy(documents.path);
    expect(docs).toEqual([
      { path: "assembly-guide.md", format: "markdown", head: 13 },
      { path: "bill-of-materials.md", format: "markdown", head: 10 },
      { path: "field-trials.txt", format: "text", head: 6 },
      { path: "safety-notes.md", format: "markdown", head: 7 },
    ]);
    const authors = await db
      .selectDistinct({ id: revisions.authorId })
      .from(revisions)
      .innerJoin(documents, eq(documents.id, revisions.documentId))
      .innerJoin(commons, eq(commons.id, documents.commonsId))
      .where(eq(commons.slug, DEMO_COMMONS.slug));
    expect(authors.length).toBeGreaterThanOrEqual(12);
    const credit = await db
      .select({ funding: contributions.funding, payer: organizations.slug, n: count() })
      .from(contributions)
      .leftJoin(organizations, eq(organizations.id, contributions.paidById))
      .where(eq(contributions.status, "accepted"))
      .groupBy(contributions.funding, organizations.slug);
    expect(credit.map((c) => `${c.funding}:${c.payer}`).sort()).toEqual(["paid:furrow-works", "paid:harrow-machinery", "volunteer:null"]);
  });

  it("has proposals in every state: exactly one conflicted, rejections with their reasons", async () => {
    expect(loaded.contributions).toEqual({ accepted: 48, pending: 5, conflicted: 1, rejected: 2, withdrawn: 1 });
    expect(loaded.contributionTypes).toEqual({ new_document: 5, edit: 41, work: 11 });
    expect(loaded.supports).toBe(9);
    const db = database.db;
    const [conflicted, ...more] = await db.select().from(contributions).where(eq(contributions.status, "conflicted"));
    expect(more).toEqual([]);
    expect(conflicted).toMatchObject({ title: CONFLICTING_EDITS[1].title, reviewedAt: null });
    expect(conflicted?.conflictNote).toMatch(/changed the same lines/);
    const rejected = await db.select().from(contributions).where(eq(contributions.status, "rejected"));
    expect(rejected.every((r) => r.reviewNote.length > 40 && r.reviewerId !== null)).toBe(true);
  });

  it("has the fork's welding jig proposed upstream, pending review", async () => {
    const db = database.db;
    const forkDoc = alias(documents, "fork_doc");
    const forkCommons = alias(commons, "fork_commons");
    const rows = await db
      .select({ status: contributions.status, commons: commons.slug, from: forkCommons.slug, title: contributions.title })
      .from(contributions)
      .innerJoin(commons, eq(commons.id, contributions.commonsId))
      .innerJoin(revisions, eq(revisions.id, contributions.sourceRevisionId))
      .innerJoin(forkDoc, eq(forkDoc.id, revisions.documentId))
      .innerJoin(forkCommons, eq(forkCommons.id, forkDoc.commonsId))
      .where(isNotNull(contributions.sourceRevisionId));
    expect(rows).toEqual([{ status: "pending", commons: DEMO_COMMONS.slug, from: DEMO_FORK.slug, title: UPSTREAM.title }]);
  });

  it("has logged work over many months, credited from the affiliation in force that day", async () => {
    const work = await database.db
      .select({ title: contributions.title, on: contributions.performedOn, funding: contributions.funding, payer: organizations.slug })
      .from(contributions)
      .leftJoin(organizations, eq(organizations.id, contributions.paidById))
      .where(and(eq(contributions.type, "work"), eq(contributions.status, "accepted")));
    expect(new Set(work.map((w) => w.on.slice(0, 7))).size).toBeGreaterThanOrEqual(8);
    // Lena's drawings of 2024 were paid by Harrow, whom she left at the end of that year.
    expect(work.find((w) => w.title.startsWith("Seed-plate drawings"))).toMatchObject({ funding: "paid", payer: "harrow-machinery" });
  });
});

describe("the needs board and the discussions", () => {
  it("has needs and offers of every urgency, taken up, in progress, linked and one done", async () => {
    expect(loaded.needs).toEqual({ "need:open": 5, "need:done": 1, "offer:open": 2 });
    expect(loaded.needWork).toEqual({ takers: 7, progress: 1, links: 2 });
    const rows = await database.db.select().from(needs);
    expect(new Set(rows.map((n) => n.urgency).filter(Boolean))).toEqual(new Set(["low", "normal", "high", "critical"]));
    const today = new Date().toISOString().slice(0, 10);
    expect(rows.filter((n) => n.dueOn !== null).every((n) => (n.dueOn ?? "") > today)).toBe(true);
    expect(rows.filter((n) => n.organizationId !== null).length).toBe(2);
    const [done] = rows.filter((n) => n.status === "done");
    expect(done?.closeNote).toMatch(/SP-01/);
    expect(rows.filter((n) => n.takerCount > 0).length).toBe(5);
  });

  it("has threads on the commons, a document, two proposals and a need, with one edited and one hidden comment", async () => {
    const db = database.db;
    expect(loaded.discussions).toEqual({ threads: 5, comments: 14, edited: 1, hidden: 1 });
    const subjects = await db.select({ k: threads.subjectType, n: count() }).from(threads).groupBy(threads.subjectType);
    expect(Object.fromEntries(subjects.map((s) => [s.k, s.n]))).toEqual({ commons: 1, document: 1, contribution: 2, need: 1 });
    const [conflicted] = await db.select({ id: contributions.id }).from(contributions).where(eq(contributions.status, "conflicted"));
    const onConflict = await db
      .select()
      .from(threads)
      .where(eq(threads.subjectId, conflicted?.id ?? ""));
    expect(onConflict).toHaveLength(1);
    const moderator = alias(people, "moderator");
    const [hidden, ...moreHidden] = await db
      .select({ reason: comments.hiddenReason, by: moderator.handle, author: people.handle })
      .from(comments)
      .innerJoin(people, eq(people.id, comments.authorId))
      .innerJoin(moderator, eq(moderator.id, comments.hiddenBy))
      .where(isNotNull(comments.hiddenAt));
    expect(moreHidden).toEqual([]);
    expect(hidden).toMatchObject({ by: "joao", author: "sam" });
    expect(hidden?.reason).toMatch(/phone number/);
    const versions = await db.select().from(commentVersions);
    expect(versions).toHaveLength(1);
    expect(versions[0]?.body).toMatch(/^Press wheels first/);
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
