import { count, eq, sql } from "drizzle-orm";
import type { Executor } from "../db/types.ts";
import { people } from "../modules/accounts/schema.ts";
import { activities } from "../modules/activity/schema.ts";
import { affiliations } from "../modules/affiliations/schema.ts";
import { commons } from "../modules/commons/schema.ts";
import { contributionSupports, contributions } from "../modules/contributions/schema.ts";
import { proposals, votes } from "../modules/decisions/schema.ts";
import { comments, threads } from "../modules/discussions/schema.ts";
import { documents, revisions } from "../modules/documents/schema.ts";
import { books, transactions } from "../modules/ledger/schema.ts";
import { memberships } from "../modules/memberships/schema.ts";
import { needLinks, needs, needTakers, needUpdates } from "../modules/needs/schema.ts";
import { organizations } from "../modules/organizations/schema.ts";
import { phylePeriods } from "../modules/phyles/schema.ts";
import { commonsUses, reciprocityAgreements, reciprocityInvoices } from "../modules/reciprocity/schema.ts";
import { budgets, donations, expenses, membershipFees } from "../modules/treasury/schema.ts";
import { distributionShares, distributions } from "../modules/value/schema.ts";

export interface WorldCounts {
  people: number;
  organizations: Record<string, number>;
  /** By status: active, pending, invited. */
  memberships: Record<string, number>;
  /** Active memberships by role. */
  roles: Record<string, number>;
  affiliations: Record<string, number>;
  /** Commons, and how many of them are forks. */
  commons: { total: number; forks: number };
  documents: number;
  revisions: number;
  /** By status: accepted, pending, conflicted, rejected, withdrawn. */
  contributions: Record<string, number>;
  /** By type: new_document, edit, work. */
  contributionTypes: Record<string, number>;
  supports: number;
  /** By type and status: "need:open", "need:done", "offer:open"… */
  needs: Record<string, number>;
  /** People taking needs and offers up, progress notes, and contributions linked to needs. */
  needWork: { takers: number; progress: number; links: number };
  discussions: { threads: number; comments: number; edited: number; hidden: number };
  /** Proposals by status and, once closed, outcome ("open", "closed:passed"…), the votes cast, and how many had a secret ballot. */
  decisions: { proposals: Record<string, number>; votes: number; secret: number };
  /** Books opened, transactions posted in them, sponsorships paid between organizations, and the association's money by status. */
  treasury: {
    books: number;
    transactions: number;
    sponsorships: number;
    fees: number;
    donations: Record<string, number>;
    budgets: Record<string, number>;
    expenses: Record<string, number>;
  };
  /** Declared uses by purpose, agreements and invoices by status, phyle periods, distributions and their contributor shares. */
  coalition: {
    uses: Record<string, number>;
    agreements: Record<string, number>;
    invoices: Record<string, number>;
    phylePeriods: number;
    distributions: number;
    contributorShares: number;
  };
  activities: number;
}

const byKey = (rows: { k: string; n: number }[]) => Object.fromEntries(rows.map((r) => [r.k, r.n]));
const total = async (q: Promise<{ n: number }[]>) => (await q)[0]?.n ?? 0;

/** Counts read back from the database, so what the CLI reports is what was stored. */
export async function countWorld(db: Executor): Promise<WorldCounts> {
  // One query at a time: inside a transaction they share one connection.
  const p = await total(db.select({ n: count() }).from(people));
  const orgs = await db.select({ k: organizations.kind, n: count() }).from(organizations).groupBy(organizations.kind);
  const statuses = await db.select({ k: memberships.status, n: count() }).from(memberships).groupBy(memberships.status);
  const roles = await db
    .select({ k: memberships.role, n: count() })
    .from(memberships)
    .where(eq(memberships.status, "active"))
    .groupBy(memberships.role);
  const affs = await db.select({ k: affiliations.status, n: count() }).from(affiliations).groupBy(affiliations.status);
  const [c] = await db.select({ total: count(), forks: count(commons.forkedFromId) }).from(commons);
  const docs = await total(db.select({ n: count() }).from(documents));
  const revs = await total(db.select({ n: count() }).from(revisions));
  const contribs = await db.select({ k: contributions.status, n: count() }).from(contributions).groupBy(contributions.status);
  const types = await db.select({ k: contributions.type, n: count() }).from(contributions).groupBy(contributions.type);
  const supports = await total(db.select({ n: count() }).from(contributionSupports));
  const needRows = await db
    .select({ k: sql<string>`${needs.type} || ':' || ${needs.status}`, n: count() })
    .from(needs)
    .groupBy(needs.type, needs.status);
  const takers = await total(db.select({ n: count() }).from(needTakers));
  const progress = await total(db.select({ n: count() }).from(needUpdates));
  const links = await total(db.select({ n: count() }).from(needLinks));
  const threadCount = await total(db.select({ n: count() }).from(threads));
  const [c2] = await db.select({ n: count(), edited: count(comments.editedAt), hidden: count(comments.hiddenAt) }).from(comments);
  const proposalRows = await db
    .select({ k: sql<string>`${proposals.status} || coalesce(':' || ${proposals.outcome}, '')`, n: count() })
    .from(proposals)
    .groupBy(proposals.status, proposals.outcome);
  const voteCount = await total(db.select({ n: count() }).from(votes));
  const secret = await total(db.select({ n: count() }).from(proposals).where(eq(proposals.ballot, "secret")));
  const bookCount = await total(db.select({ n: count() }).from(books));
  const [t] = await db
    .select({
      n: count(),
      transfers: sql<number>`count(distinct ${transactions.transferId}) filter (where ${transactions.kind} = 'sponsorship')::int`,
    })
    .from(transactions);
  const fees = await total(db.select({ n: count() }).from(membershipFees));
  const donationRows = await db.select({ k: donations.status, n: count() }).from(donations).groupBy(donations.status);
  const budgetRows = await db.select({ k: budgets.status, n: count() }).from(budgets).groupBy(budgets.status);
  const expenseRows = await db.select({ k: expenses.status, n: count() }).from(expenses).groupBy(expenses.status);
  const useRows = await db.select({ k: commonsUses.purpose, n: count() }).from(commonsUses).groupBy(commonsUses.purpose);
  const agreementRows = await db
    .select({ k: reciprocityAgreements.status, n: count() })
    .from(reciprocityAgreements)
    .groupBy(reciprocityAgreements.status);
  const invoiceRows = await db
    .select({ k: reciprocityInvoices.status, n: count() })
    .from(reciprocityInvoices)
    .groupBy(reciprocityInvoices.status);
  const periods = await total(db.select({ n: count() }).from(phylePeriods));
  const distributed = await total(db.select({ n: count() }).from(distributions));
  const shares = await total(db.select({ n: count() }).from(distributionShares).where(eq(distributionShares.kind, "contributor")));
  const acts = await total(db.select({ n: count() }).from(activities));
  return {
    people: p,
    organizations: byKey(orgs),
    memberships: byKey(statuses),
    roles: byKey(roles),
    affiliations: byKey(affs),
    commons: { total: c?.total ?? 0, forks: c?.forks ?? 0 },
    documents: docs,
    revisions: revs,
    contributions: byKey(contribs),
    contributionTypes: byKey(types),
    supports,
    needs: byKey(needRows),
    needWork: { takers, progress, links },
    discussions: { threads: threadCount, comments: c2?.n ?? 0, edited: c2?.edited ?? 0, hidden: c2?.hidden ?? 0 },
    decisions: { proposals: byKey(proposalRows), votes: voteCount, secret },
    treasury: {
      books: bookCount,
      transactions: t?.n ?? 0,
      sponsorships: t?.transfers ?? 0,
      fees,
      donations: byKey(donationRows),
      budgets: byKey(budgetRows),
      expenses: byKey(expenseRows),
    },
    coalition: {
      uses: byKey(useRows),
      agreements: byKey(agreementRows),
      invoices: byKey(invoiceRows),
      phylePeriods: periods,
      distributions: distributed,
      contributorShares: shares,
    },
    activities: acts,
  };
}

const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Lines for the closing report on the association's decisions and money, in the report's
 * two-space indented style, e.g. "  9 decisions: 5 passed, 2 rejected, 2 still open (56 votes, 1 secret ballot)".
 */
export function decisionsAndTreasuryLines(c: WorldCounts): string[] {
  const d = c.decisions.proposals;
  const closed = (outcome: string) => d[`closed:${outcome}`] ?? 0;
  const t = c.treasury;
  return [
    `  ${plural(sum(d), "decision")}: ${closed("passed")} passed, ${closed("rejected")} rejected, ${d.open ?? 0} still open ` +
      `(${plural(c.decisions.votes, "vote")}, ${plural(c.decisions.secret, "secret ballot")})`,
    `  ${plural(t.books, "set", "sets")} of books, ${plural(t.transactions, "transaction")}: ${plural(t.fees, "membership fee")}, ` +
      `${t.donations.confirmed ?? 0} confirmed donations (${t.donations.pending ?? 0} pending), ${plural(t.sponsorships, "sponsorship")}`,
    `  ${plural(t.budgets.approved ?? 0, "approved budget")}; ${plural(sum(t.expenses), "expense")}: ${t.expenses.paid ?? 0} paid, ` +
      `${t.expenses.approved ?? 0} approved and waiting, ${t.expenses.rejected ?? 0} rejected`,
  ];
}

/** The closing report's lines on who builds on the commons and how value flows back, e.g. "  2 declared uses (2 commercial)…". */
export function coalitionLines(c: WorldCounts): string[] {
  const k = c.coalition;
  return [
    `  ${plural(sum(k.uses), "declared use")} (${k.uses.commercial ?? 0} commercial); ${plural(k.agreements.active ?? 0, "reciprocity agreement")} in force, ` +
      `${plural(k.invoices.paid ?? 0, "invoice")} paid; ${plural(k.phylePeriods, "phyle period")} recorded`,
    `  ${plural(k.distributions, "distribution")} to contributors (${plural(k.contributorShares, "share")})`,
  ];
}
