import { and, count, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client.ts";
import { rowsOf } from "../db/rows.ts";
import {
  activities,
  affiliations,
  books,
  budgetLines,
  budgets,
  comments,
  commentVersions,
  commons,
  contributions,
  documents,
  donations,
  expenses,
  accounts as ledgerAccounts,
  memberships,
  needs,
  organizations,
  people,
  proposals,
  receipts,
  revisions,
  threads,
  transactions,
  votes,
} from "../db/schema.ts";
import { signIn } from "../modules/accounts/service.ts";
import { verifyLedger } from "../modules/ledger/verify.ts";
import { phylePeriods } from "../modules/phyles/schema.ts";
import { listCommonsUses } from "../modules/reciprocity/read.ts";
import { reciprocityInvoices } from "../modules/reciprocity/schema.ts";
import { personShares } from "../modules/value/read.ts";
import { distributionShares, distributions } from "../modules/value/schema.ts";
import { createTestDatabase } from "../test/database.ts";
import { makePerson } from "../test/factories.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./accounts.ts";
import { DEMO_TRAIL_FRIENDS } from "./budgets.ts";
import { DEMO_COMMONS } from "./documents.ts";
import { DEMO_FORK, UPSTREAM } from "./fork.ts";
import { CONFLICTING_EDITS } from "./history.ts";
import { DEMO_ORGANIZATIONS } from "./organizations.ts";
import { coalitionLines, countWorld, decisionsAndTreasuryLines, type WorldCounts } from "./summary.ts";
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
  it("has a past of its own: its story spreads over more than a year, not over the moment of loading", async () => {
    const db = database.db;
    const months = await rowsOf<{ month: string; n: number }>(
      db,
      // The participatory budget's 600 ballots (one row each) make its fortnight of voting busy by design.
      sql`select to_char(created_at, 'YYYY-MM') as month, count(*)::int as n from activities where verb not like 'ballot.%' group by 1 order by 1`,
    );
    const total = months.reduce((sum, m) => sum + m.n, 0);
    expect(months.length).toBeGreaterThanOrEqual(12);
    // No month holds most of the story: a load written at one moment put all of it in one.
    expect(Math.max(...months.map((m) => m.n))).toBeLessThan(total / 4);
    // The who-writes chart's days: accepted contributions fall on many days, months apart.
    const [credit] = await rowsOf<{ days: number; first: string; last: string }>(
      db,
      sql`select count(distinct day)::int as days, min(day)::text as first, max(day)::text as last from credit_days`,
    );
    expect(credit?.days).toBeGreaterThan(30);
    expect(Date.parse(credit?.last ?? "") - Date.parse(credit?.first ?? "")).toBeGreaterThan(300 * 86_400_000);
    // Documents' revisions carry the days they were accepted, in order.
    const revisions = await rowsOf<{ days: number }>(db, sql`select count(distinct created_at::date)::int as days from revisions`);
    expect(revisions[0]?.days).toBeGreaterThan(20);
    // Nothing is dated after the load, and the votes the story decided closed in the past while today's are open.
    const [future] = await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from activities where created_at > now()`);
    expect(future?.n).toBe(0);
    const votes = await rowsOf<{ status: string; closes: string }>(db, sql`select status, closes_at::text as closes from proposals`);
    for (const v of votes) {
      if (v.status === "closed") expect(Date.parse(v.closes)).toBeLessThan(Date.now());
      else expect([v.status, Date.parse(v.closes) > Date.now()]).toEqual(["open", true]);
    }
  });

  it("keeps its books: every check of ledger verify passes", async () => {
    // A phyle period's payments once shared one transfer id, which verify refuses ("4 entries in 2 books").
    expect(await verifyLedger(database.db)).toEqual([]);
  });

  it("has the five organizations of the triarchy, the community that forked the commons, and the trail guide's", async () => {
    const db = database.db;
    expect(loaded.organizations).toEqual({ public_body: 1, community: 3, association: 1, enterprise: 2 });
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
    expect(stewards.map((s) => s.slug).sort()).toEqual(
      [...DEMO_ORGANIZATIONS.map((o) => o.slug), DEMO_FORK.community.slug, DEMO_TRAIL_FRIENDS].sort(),
    );
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
      "organization.created": 7,
      "membership.requested": 11,
      "membership.invited": 4,
      "affiliation.claimed": 8,
      "affiliation.confirmed": 6,
      "affiliation.disputed": 1,
      "commons.created": 2,
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
      "comment.posted": 12,
      "comment.edited": 1,
      "comment.hidden": 1,
      "books.opened": 4,
      "fees.scheduled": 1,
      "donation.recorded": 7,
      "budget.drafted": 2,
      "budget.approved": 2,
      "expense.submitted": 6,
      "expense.receipt_attached": 3,
      "expense.approved": 5,
      "expense.rejected": 1,
      "expense.paid": 3,
      "proposal.created": 10,
      "proposal.opened": 10,
      "proposal.closed": 8,
      "vote.cast": loaded.decisions.votes,
      "transaction.posted": loaded.treasury.transactions,
      "call.opened": 1,
      "project.submitted": 24,
      "project.eligible": 24,
      "ballot.cast": 16,
      "ballot.paper_entered": 584,
      "call.results": 1,
      "grant.tranche_paid": (loaded.treasury.expenses.paid ?? 0) - 3,
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
    expect(loaded.commons).toEqual({ total: 3, forks: 1 });
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

  it("has threads on the commons, a document, two contributions, a need and every decision, with one edited and one hidden comment", async () => {
    const db = database.db;
    expect(loaded.discussions).toEqual({ threads: 15, comments: 17, edited: 1, hidden: 1 });
    const subjects = await db.select({ k: threads.subjectType, n: count() }).from(threads).groupBy(threads.subjectType);
    expect(Object.fromEntries(subjects.map((s) => [s.k, s.n]))).toEqual({
      commons: 1,
      document: 1,
      contribution: 2,
      need: 1,
      proposal: 10,
    });
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

describe("the foundation's democracy and treasury", () => {
  const foundation = "open-farm-tools-foundation";

  async function proposalsOf(slug: string) {
    return database.db
      .select({ p: proposals })
      .from(proposals)
      .innerJoin(organizations, eq(organizations.id, proposals.organizationId))
      .where(eq(organizations.slug, slug))
      .then((rows) => rows.map((r) => r.p));
  }

  it("has decisions closed with their results, two still open, and one secret ballot", async () => {
    // The city's budget vote (four voters) is the tenth decision; the foundation's are these nine.
    expect(loaded.decisions).toEqual({ proposals: { open: 2, "closed:passed": 6, "closed:rejected": 2 }, votes: 61, secret: 1 });
    const all = await proposalsOf(foundation);
    expect(all).toHaveLength(9);
    // The foundation's seven active members vote; Sam's request is still pending, so he is not among them.
    expect(all.every((p) => p.electorateSize === 7)).toBe(true);
    for (const p of all.filter((x) => x.status === "closed")) {
      expect(p.result?.explanation.length).toBeGreaterThan(1);
      expect(p.closedAt?.getTime()).toBeGreaterThanOrEqual(p.closesAt.getTime());
    }
    const open = all.filter((p) => p.status === "open");
    expect(open.map((p) => p.method).sort()).toEqual(["approval", "ranked"]);
    for (const p of open) {
      expect(p.closesAt.getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
      const [n] = await database.db.select({ n: count() }).from(votes).where(eq(votes.proposalId, p.id));
      expect(n?.n).toBeGreaterThanOrEqual(3);
    }
    const [secret, ...moreSecret] = all.filter((p) => p.ballot === "secret");
    expect(moreSecret).toEqual([]);
    expect(secret).toMatchObject({ status: "closed", outcome: "passed" });
    // A secret ballot's choices stay in the votes table: the activity feed says only that a vote was cast.
    const feed = await database.db
      .select({ data: activities.data })
      .from(activities)
      .where(and(eq(activities.verb, "vote.cast"), eq(activities.objectId, secret?.id ?? "")));
    expect(feed).toHaveLength(secret?.result?.turnout ?? -1);
    expect(feed.every((a) => a.data && !("answer" in a.data))).toBe(true);
  });

  it("has a consent decision stopped by an objection that gives its reason, and one that passed", async () => {
    const consent = (await proposalsOf(foundation)).filter((p) => p.method === "consent");
    const stopped = consent.find((p) => p.outcome === "rejected");
    expect(stopped?.title).toBe("Move the monthly assembly to Thursdays");
    const objections = await database.db
      .select({ reason: votes.reason, handle: people.handle })
      .from(votes)
      .innerJoin(people, eq(people.id, votes.personId))
      .where(and(eq(votes.proposalId, stopped?.id ?? ""), eq(votes.answer, "object")));
    expect(objections).toHaveLength(1);
    expect(objections[0]?.reason).toMatch(/market day/);
    expect(consent.filter((p) => p.outcome === "passed")).toHaveLength(1);
  });

  it("pays an expense the members approved, with the decision on its transaction and a receipt", async () => {
    const db = database.db;
    const decided = await db
      .select({ e: expenses, p: proposals, t: transactions })
      .from(expenses)
      .innerJoin(proposals, eq(proposals.id, expenses.proposalId))
      .leftJoin(transactions, eq(transactions.id, expenses.transactionId));
    const paid = decided.filter((r) => r.e.status === "paid");
    expect(paid).toHaveLength(1);
    const [{ e, p, t } = {} as (typeof decided)[number]] = paid;
    expect(p).toMatchObject({ status: "closed", outcome: "passed" });
    expect(e).toMatchObject({ approval: "decision", amount: 28_900n });
    expect(t).toMatchObject({ kind: "expense", decisionId: p.id });
    const [receipt] = await db.select().from(receipts).where(eq(receipts.expenseId, e.id));
    expect(receipt?.contentType).toBe("application/pdf");
    // PGlite returns bytea as a Uint8Array, node-postgres as a Buffer.
    const pdf = Buffer.from(receipt?.data ?? []).toString("latin1");
    expect(pdf.startsWith("%PDF-1.4\n")).toBe(true);
    expect(pdf.endsWith("%%EOF\n")).toBe(true);
    // The build kits were approved too, and wait for their supplier; the Hanover stand was voted down.
    expect(decided.filter((r) => r.e.status === "approved").map((r) => r.p.outcome)).toEqual(["passed"]);
    const rejected = decided.filter((r) => r.e.status === "rejected");
    expect(rejected.map((r) => [r.p.outcome, r.e.transactionId])).toEqual([["rejected", null]]);
  });

  it("has a budget the members approved, with expenses paid within its lines under that decision", async () => {
    const db = database.db;
    const [budget, ...more] = await db
      .select({ b: budgets })
      .from(budgets)
      .innerJoin(organizations, eq(organizations.id, budgets.organizationId))
      .where(eq(organizations.slug, foundation))
      .then((rows) => rows.map((r) => r.b));
    expect(more).toEqual([]);
    expect(budget).toMatchObject({ year: 2026, status: "approved" });
    const [decision] = await db
      .select()
      .from(proposals)
      .where(eq(proposals.id, budget?.proposalId ?? ""));
    expect(decision).toMatchObject({ status: "closed", outcome: "passed" });
    const lines = await db
      .select({ name: budgetLines.name, account: ledgerAccounts.code })
      .from(budgetLines)
      .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, budgetLines.accountId))
      .where(eq(budgetLines.budgetId, budget?.id ?? ""))
      .orderBy(budgetLines.position);
    expect(lines).toEqual([
      { name: "Hosting", account: "expenses:infrastructure" },
      { name: "Workshop", account: "expenses:operations" },
      { name: "Events", account: "expenses:events" },
      { name: "Bank fees", account: "expenses:bank-fees" },
    ]);
    const withinBudget = await db
      .select({ status: expenses.status, decisionId: transactions.decisionId })
      .from(expenses)
      .leftJoin(transactions, eq(transactions.id, expenses.transactionId))
      .where(and(eq(expenses.approval, "budget"), eq(expenses.organizationId, budget?.organizationId ?? "")));
    expect(withinBudget.map((e) => e.status).sort()).toEqual(["approved", "paid", "paid"]);
    expect(withinBudget.filter((e) => e.status === "paid").every((e) => e.decisionId === decision?.id)).toBe(true);
  });

  it("has fees, donations (some anonymous, one pending) and sponsorships from both enterprises in both books", async () => {
    const db = database.db;
    expect(decisionsAndTreasuryLines(loaded)).toEqual([
      "  10 decisions: 6 passed, 2 rejected, 2 still open (61 votes, 1 secret ballot)",
      "  4 sets of books, 62 transactions: 6 membership fees, 6 confirmed donations (1 pending), 4 sponsorships",
      "  2 approved budgets; 29 expenses: 26 paid, 2 approved and waiting, 1 rejected",
    ]);
    // The city's books hold its participatory budget: one approved budget, and each grant tranche paid is an expense of its line.
    expect(loaded.treasury).toEqual({
      books: 4,
      transactions: 62,
      sponsorships: 4,
      fees: 6,
      donations: { confirmed: 6, pending: 1 },
      budgets: { approved: 2 },
      expenses: { paid: 26, approved: 2, rejected: 1 },
    });
    const anonymous = await db
      .select({ name: transactions.counterpartyName, person: transactions.counterpartyPersonId })
      .from(donations)
      .innerJoin(transactions, eq(transactions.id, donations.transactionId))
      .where(eq(donations.anonymous, true));
    expect(anonymous).toEqual([
      { name: "Anonymous", person: null },
      { name: "Anonymous", person: null },
    ]);
    const [pending] = await db.select().from(donations).where(eq(donations.status, "pending"));
    expect(pending?.transactionId).toBeNull();

    const payer = alias(organizations, "payer");
    const sponsorships = await db
      .select({ transfer: transactions.transferId, book: organizations.slug, other: payer.slug, date: transactions.date })
      .from(transactions)
      .innerJoin(books, eq(books.id, transactions.bookId))
      .innerJoin(organizations, eq(organizations.id, books.organizationId))
      .innerJoin(payer, eq(payer.id, transactions.counterpartyOrganizationId))
      .where(eq(transactions.kind, "sponsorship"));
    const received = sponsorships.filter((s) => s.book === foundation);
    expect(new Set(received.map((s) => s.other))).toEqual(new Set(["furrow-works", "harrow-machinery"]));
    expect(new Set(received.map((s) => s.date.slice(0, 7))).size).toBe(received.length);
    for (const r of received) {
      expect(sponsorships.filter((s) => s.transfer === r.transfer).map((s) => [s.book, s.other])).toEqual(
        expect.arrayContaining([[r.other, foundation]]),
      );
    }
  });

  it("keeps every book balanced: each transaction's postings sum to zero in every currency, and no bank is overdrawn", async () => {
    const db = database.db;
    const unbalanced = await rowsOf(
      db,
      sql`select transaction_id, currency, sum(amount) as off from postings group by transaction_id, currency having sum(amount) <> 0`,
    );
    expect(unbalanced).toEqual([]);
    const thin = await rowsOf(
      db,
      sql`select t.id from transactions t left join postings p on p.transaction_id = t.id group by t.id having count(p.*) < 2`,
    );
    expect(thin).toEqual([]);
    const overdrawn = await rowsOf(
      db,
      sql`select a.code from account_balances b join accounts a on a.id = b.account_id where a.code = 'assets:bank' and b.balance < 0`,
    );
    expect(overdrawn).toEqual([]);
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

describe("the coalition around the seed drill", () => {
  it("has the cooperative using it freely and the private company under a paid agreement", async () => {
    const uses = await listCommonsUses(database.db, null, DEMO_COMMONS.slug, { limit: 10 });
    const byEnterprise = Object.fromEntries(uses.items.map((u) => [u.enterprise.slug, u.compliance.status]));
    expect(byEnterprise).toEqual({ "furrow-works": "compliant", "harrow-machinery": "agreement_in_force" });
    const invoices = await database.db.select().from(reciprocityInvoices);
    // 1,500.00 fixed plus 1.5% of the 42,000.00 Harrow declared.
    expect(invoices.map((i) => [i.periodStart, i.amount, i.status])).toEqual([["2026-07-01", 213_000, "paid"]]);
    expect(coalitionLines(loaded)).toEqual([
      "  2 declared uses (2 commercial); 1 reciprocity agreement in force, 1 invoice paid; 1 phyle period recorded",
      `  1 distribution to contributors (${loaded.coalition.contributorShares} shares)`,
    ]);
  });

  it("posts the phyle's commitment and the distribution exactly, and pays a contributor out", async () => {
    const [period] = await database.db.select().from(phylePeriods);
    // A fifth of the 7,000.00 surplus, half to the foundation and half to its pool for contributors.
    expect(period?.committed).toBe(140_000);
    const [distribution] = await database.db.select().from(distributions);
    const shares = await database.db.select().from(distributionShares);
    expect(shares.reduce((sum, s) => sum + s.amount, 0)).toBe(distribution?.amount);
    expect(shares.find((s) => s.kind === "fixed")?.amount).toBe(9_000);
    expect(loaded.coalition.contributorShares).toBeGreaterThan(2);
    const ada = await personShares(database.db, "ada");
    expect(ada.organizations).toEqual([expect.objectContaining({ owed: "0" })]);
    expect(Number(ada.organizations[0]?.paidOut)).toBeGreaterThan(0);
  });
});
