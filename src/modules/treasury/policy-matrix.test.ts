import { and, eq } from "drizzle-orm";
import { describe } from "vitest";
import { addMember, ensureInstance, makeOrg, makePerson, type TestPerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { authorizationMatrix, type MatrixCase } from "../../test/matrix.ts";
import { openVoting } from "../decisions/lifecycle.ts";
import { proposals } from "../decisions/schema.ts";
import { accounts, books } from "../ledger/schema.ts";
import { donations, expenses, receipts } from "./schema.ts";

/**
 * Who may do what with an association's decisions and money, route by route, each cell against a
 * fresh world. "author" is a member who made the proposal and submitted the expense; "treasurer" and
 * "steward" hold those roles; the admin is not a member: being the instance admin does not make
 * anyone a treasurer or a voter.
 */
const api = setupApi();

type Who = "anonymous" | "outsider" | "member" | "author" | "treasurer" | "steward" | "admin";
const WHO: Who[] = ["anonymous", "outsider", "member", "author", "treasurer", "steward", "admin"];

interface World {
  slug: string;
  enterprise: string;
  proposalId: string;
  expenseId: string;
  approvedExpenseId: string;
  donationId: string;
  transactionId: string;
  as: Record<Who, string | undefined>;
}

const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();

async function world(): Promise<World> {
  await ensureInstance(api.db);
  const steward = await makePerson(api.db);
  const people: Record<Exclude<Who, "anonymous" | "steward">, TestPerson> = {
    outsider: await makePerson(api.db),
    member: await makePerson(api.db),
    author: await makePerson(api.db),
    treasurer: await makePerson(api.db),
    admin: await makePerson(api.db, { isAdmin: true }),
  };
  const org = await makeOrg(api.db, steward, { kind: "association" });
  await addMember(api.db, org, people.member);
  await addMember(api.db, org, people.author);
  await addMember(api.db, org, people.treasurer, "treasurer");
  const enterprise = await makeOrg(api.db, steward, { kind: "enterprise", ownership: "cooperative" });
  await addMember(api.db, enterprise, people.treasurer, "treasurer");
  for (const slug of [org.slug, enterprise.slug]) {
    await api.call("POST", `/api/organizations/${slug}/books`, { as: steward.token, body: { currency: "EUR" } });
    const funded = await api.call("POST", `/api/organizations/${slug}/transactions`, {
      as: people.treasurer.token,
      body: {
        kind: "transfer",
        date: "2026-01-01",
        description: "Opening balance",
        postings: [
          { account: "assets:bank", amount: 1_000_000, currency: "EUR" },
          { account: "equity:opening-balances", amount: -1_000_000, currency: "EUR" },
        ],
      },
    });
    if (funded.status !== 201) throw new Error(JSON.stringify(funded.body));
  }
  const [scheduled] = await api.db
    .insert(proposals)
    .values({
      organizationId: org.id,
      authorId: people.author.id,
      title: "Open question",
      method: "majority",
      opensAt: new Date(),
      closesAt: new Date(inAWeek()),
    })
    .returning();
  if (!scheduled) throw new Error("no proposal");
  const open = await api.db.transaction((tx) => openVoting(tx, scheduled));
  const [passed] = await api.db
    .insert(proposals)
    .values({
      organizationId: org.id,
      authorId: people.author.id,
      title: "Decided",
      method: "majority",
      opensAt: new Date(Date.now() - 86_400_000),
      closesAt: new Date(Date.now() - 3_600_000),
      status: "closed",
      electorateSize: 4,
      openedAt: new Date(Date.now() - 86_400_000),
      closedAt: new Date(Date.now() - 3_600_000),
      outcome: "passed",
      result: { method: "majority", outcome: "passed", electorate: 4, turnout: 3, quorumNeeded: 0, quorumMet: true, explanation: [] },
    })
    .returning();
  const [book] = await api.db.select().from(books).where(eq(books.organizationId, org.id));
  const [operations] = await api.db
    .select()
    .from(accounts)
    .where(and(eq(accounts.bookId, book?.id ?? ""), eq(accounts.code, "expenses:operations")));
  const base = {
    organizationId: org.id,
    submittedBy: people.author.id,
    payeePersonId: people.author.id,
    payeeName: people.author.name,
    currency: "EUR",
    accountId: operations?.id ?? "",
  };
  const [waiting, approved] = await api.db
    .insert(expenses)
    .values([
      { ...base, purpose: "Waiting", amount: 1000n },
      { ...base, purpose: "Approved", amount: 2000n, status: "approved", approval: "decision", proposalId: passed?.id },
    ])
    .returning();
  await api.db.insert(receipts).values({
    expenseId: waiting?.id ?? "",
    filename: "r.pdf",
    contentType: "application/pdf",
    size: 4,
    sha256: "0".repeat(64),
    data: Buffer.from("%PDF"),
  });
  const [donation] = await api.db
    .insert(donations)
    .values({ organizationId: org.id, donorId: people.outsider.id, amount: 500n, currency: "EUR" })
    .returning();
  const [entry] = (await api.call("GET", `/api/organizations/${org.slug}/transactions`)).body.items;
  return {
    slug: org.slug,
    enterprise: enterprise.slug,
    proposalId: open.id,
    expenseId: waiting?.id ?? "",
    approvedExpenseId: approved?.id ?? "",
    donationId: donation?.id ?? "",
    transactionId: entry.id,
    as: {
      anonymous: undefined,
      outsider: people.outsider.token,
      member: people.member.token,
      author: people.author.token,
      treasurer: people.treasurer.token,
      steward: steward.token,
      admin: people.admin.token,
    },
  };
}

const row = (anonymous: number, outsider: number, member: number, author: number, treasurer: number, steward: number, admin: number) => ({
  anonymous,
  outsider,
  member,
  author,
  treasurer,
  steward,
  admin,
});
const everyone = (status: number) => row(status, status, status, status, status, status, status);
const treasurerOnly = (status: number) => row(401, 403, 403, 403, status, 403, 403);
const closes = { closesAt: inAWeek() };

const cases: MatrixCase<World, Who>[] = [
  { route: "GET /proposals/{id}", request: (w) => ({ method: "GET", path: `/api/proposals/${w.proposalId}` }), expect: everyone(200) },
  {
    route: "POST /organizations/{slug}/proposals",
    request: (w) => ({
      method: "POST",
      path: `/api/organizations/${w.slug}/proposals`,
      body: { title: "Q", method: "majority", ...closes },
    }),
    expect: row(401, 403, 201, 201, 201, 201, 403),
  },
  {
    route: "PUT /proposals/{id}/vote",
    request: (w) => ({ method: "PUT", path: `/api/proposals/${w.proposalId}/vote`, body: { answer: "yes" } }),
    expect: row(401, 403, 200, 200, 200, 200, 403),
  },
  {
    route: "POST /proposals/{id}/cancel",
    request: (w) => ({ method: "POST", path: `/api/proposals/${w.proposalId}/cancel`, body: { reason: "No longer needed" } }),
    expect: row(401, 403, 403, 200, 403, 200, 200),
  },
  {
    route: "GET /organizations/{slug}/books",
    request: (w) => ({ method: "GET", path: `/api/organizations/${w.slug}/books` }),
    expect: everyone(200),
  },
  {
    route: "GET /organizations/{slug}/transactions",
    request: (w) => ({ method: "GET", path: `/api/organizations/${w.slug}/transactions` }),
    expect: everyone(200),
  },
  {
    route: "GET /organizations/{slug}/treasury/report",
    request: (w) => ({ method: "GET", path: `/api/organizations/${w.slug}/treasury/report` }),
    expect: everyone(200),
  },
  {
    route: "GET /organizations/{slug}/expenses",
    request: (w) => ({ method: "GET", path: `/api/organizations/${w.slug}/expenses` }),
    expect: everyone(200),
  },
  { route: "GET /expenses/{id}", request: (w) => ({ method: "GET", path: `/api/expenses/${w.expenseId}` }), expect: everyone(200) },
  {
    route: "POST /organizations/{slug}/books",
    request: (w) => ({ method: "POST", path: `/api/organizations/${w.slug}/books`, body: { currency: "USD" } }),
    expect: row(401, 403, 403, 403, 409, 409, 403),
  },
  {
    route: "POST /organizations/{slug}/accounts",
    request: (w) => ({
      method: "POST",
      path: `/api/organizations/${w.slug}/accounts`,
      body: { code: "expenses:hosting", name: "Hosting" },
    }),
    expect: treasurerOnly(201),
  },
  {
    route: "POST /organizations/{slug}/transactions",
    request: (w) => ({
      method: "POST",
      path: `/api/organizations/${w.slug}/transactions`,
      body: {
        kind: "expense",
        date: "2026-02-01",
        description: "Bank fee",
        postings: [
          { account: "expenses:bank-fees", amount: 100, currency: "EUR" },
          { account: "assets:bank", amount: -100, currency: "EUR" },
        ],
      },
    }),
    expect: treasurerOnly(201),
  },
  {
    route: "POST /transactions/{id}/reverse",
    request: (w) => ({ method: "POST", path: `/api/transactions/${w.transactionId}/reverse`, body: { reason: "Mistake" } }),
    expect: treasurerOnly(201),
  },
  {
    route: "POST /organizations/{slug}/expenses",
    request: (w) => ({
      method: "POST",
      path: `/api/organizations/${w.slug}/expenses`,
      body: { purpose: "Paper", amount: 500, currency: "EUR" },
    }),
    expect: row(401, 403, 201, 201, 201, 201, 403),
  },
  {
    route: "POST /expenses/{id}/vote",
    request: (w) => ({ method: "POST", path: `/api/expenses/${w.expenseId}/vote`, body: closes }),
    expect: row(401, 403, 403, 201, 201, 403, 403),
  },
  {
    route: "POST /expenses/{id}/withdraw",
    request: (w) => ({ method: "POST", path: `/api/expenses/${w.expenseId}/withdraw` }),
    expect: row(401, 403, 403, 200, 200, 403, 403),
  },
  {
    route: "POST /expenses/{id}/reject",
    request: (w) => ({ method: "POST", path: `/api/expenses/${w.expenseId}/reject`, body: { note: "Not ours to pay" } }),
    expect: treasurerOnly(200),
  },
  {
    route: "POST /expenses/{id}/pay",
    request: (w) => ({ method: "POST", path: `/api/expenses/${w.approvedExpenseId}/pay`, body: {} }),
    expect: treasurerOnly(200),
  },
  {
    route: "GET /expenses/{id}/receipt",
    request: (w) => ({ method: "GET", path: `/api/expenses/${w.expenseId}/receipt` }),
    expect: row(401, 403, 200, 200, 200, 200, 200),
  },
  {
    route: "POST /organizations/{slug}/donations",
    request: (w) => ({ method: "POST", path: `/api/organizations/${w.slug}/donations`, body: { amount: 1000, currency: "EUR" } }),
    expect: row(401, 201, 201, 201, 201, 201, 201),
  },
  {
    route: "POST /donations/{id}/confirm",
    request: (w) => ({ method: "POST", path: `/api/donations/${w.donationId}/confirm`, body: {} }),
    expect: treasurerOnly(200),
  },
  {
    route: "POST /donations/{id}/decline",
    request: (w) => ({ method: "POST", path: `/api/donations/${w.donationId}/decline` }),
    expect: treasurerOnly(200),
  },
  {
    route: "POST /organizations/{slug}/fee-schedules",
    request: (w) => ({
      method: "POST",
      path: `/api/organizations/${w.slug}/fee-schedules`,
      body: { amount: 1200, currency: "EUR", period: "yearly", startsOn: "2026-01-01" },
    }),
    expect: treasurerOnly(201),
  },
  {
    route: "POST /organizations/{slug}/budgets",
    request: (w) => ({
      method: "POST",
      path: `/api/organizations/${w.slug}/budgets`,
      body: { year: 2026, title: "Budget", lines: [{ name: "Hosting", account: "expenses:infrastructure", amount: 10_000 }] },
    }),
    expect: treasurerOnly(201),
  },
  {
    route: "POST /organizations/{slug}/payments",
    request: (w) => ({
      method: "POST",
      path: `/api/organizations/${w.enterprise}/payments`,
      body: { to: w.slug, kind: "sponsorship", amount: 10_000, currency: "EUR", description: "Sponsorship" },
    }),
    expect: row(401, 403, 403, 403, 201, 403, 403),
  },
];

describe("who may do what with an association's decisions and treasury", () => {
  authorizationMatrix(api, WHO, world, cases);
});
