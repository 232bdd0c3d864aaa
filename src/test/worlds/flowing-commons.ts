import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { contributions } from "../../modules/contributions/schema.ts";
import { accountByCode, ensureAccount } from "../../modules/ledger/books.ts";
import { postTransaction } from "../../modules/ledger/post.ts";
import { commonsUses } from "../../modules/reciprocity/schema.ts";
import { booksOf, today } from "../../modules/treasury/context.ts";
import { postTransfer } from "../../modules/treasury/transfer.ts";
import { distributionShares, distributions } from "../../modules/value/schema.ts";
import { makeCommons, makePerson } from "../factories.ts";
import type { TestApi } from "../harness.ts";
import { organization, post } from "./books.ts";

/**
 * A commons with a year of value flowing around it, each amount chosen so the sums can be checked by
 * hand (EUR cents):
 *   in  — reciprocity 5,000 invoiced and paid (March) and 2,000 invoiced, unpaid (April); a phyle
 *         commitment of 3,000 (posted today); to the association: donation 1,500 and sponsorship
 *         4,000 (March), grant 2,500 (May)
 *   out — a June distribution: 700 to a contributor, 300 as a fixed share; the association's
 *         infrastructure spending 800 (March)
 * and 999 of reciprocity for the association's other commons, which must not count here.
 */
export async function flowingCommons(api: TestApi) {
  // This year, so that the phyle commitment (posted today) falls in the same window as the rest.
  const year = today().slice(0, 4);
  const association = await organization(api, "association", 100_000);
  const enterprise = await organization(api, "enterprise", 1_000_000);
  const maintainer = await makePerson(api.db);
  const contributor = await makePerson(api.db);
  const commons = await makeCommons(api.db, maintainer, { stewardAssociationId: association.org.id });
  const other = await makeCommons(api.db, maintainer, { stewardAssociationId: association.org.id });

  const reciprocity = (commonsId: string, amount: number, date: string) =>
    api.db.transaction(async (tx) =>
      postTransfer(tx, {
        from: { org: enterprise.org, book: await booksOf(tx, enterprise.org), debit: "expenses:reciprocity", credit: "assets:bank" },
        to: { org: association.org, book: await booksOf(tx, association.org), debit: "assets:bank", credit: "income:reciprocity" },
        kind: "reciprocity",
        amount: BigInt(amount),
        currency: "EUR",
        date,
        description: "Reciprocity fee",
        postedBy: enterprise.treasurer.id,
        commonsId,
        path: "body.amount",
      }),
    );
  await reciprocity(commons.id, 5000, `${year}-03-10`);
  await reciprocity(other.id, 999, `${year}-03-11`);
  await api.db.transaction(async (tx) => {
    const book = await booksOf(tx, association.org);
    const receivable = await accountByCode(tx, book.id, "assets:receivable", "body");
    const income = await accountByCode(tx, book.id, "income:reciprocity", "body");
    await postTransaction(tx, {
      bookId: book.id,
      organizationId: association.org.id,
      kind: "reciprocity",
      date: `${year}-04-30`,
      description: "Reciprocity invoice",
      counterparty: { kind: "enterprise", organizationId: enterprise.org.id, name: enterprise.org.name },
      commonsId: commons.id,
      postedBy: association.treasurer.id,
      postings: [
        { accountId: receivable.id, amount: 2000n, currency: "EUR" },
        { accountId: income.id, amount: -2000n, currency: "EUR" },
      ],
    });
  });

  const charter = await api.call("PUT", `/api/organizations/${enterprise.org.slug}/phyle-charter`, {
    as: enterprise.steward.token,
    body: {
      basis: "revenue",
      shareBp: 1000,
      mission: "Tractors for all.",
      currency: "EUR",
      beneficiaries: [{ commons: commons.slug, destination: "steward", weightBp: 10_000 }],
    },
  });
  expect(charter.status, JSON.stringify(charter.body)).toBe(200);
  const period = await api.call("POST", `/api/organizations/${enterprise.org.slug}/phyle-periods`, {
    as: enterprise.treasurer.token,
    body: { periodStart: `${year}-01-01`, periodEnd: `${year}-03-31`, revenue: 30_000 },
  });
  expect(period.status, JSON.stringify(period.body)).toBe(201);

  const donation = await api.call("POST", `/api/organizations/${association.org.slug}/donations`, {
    as: contributor.token,
    body: { amount: 1500, currency: "EUR" },
  });
  const confirmed = await api.call("POST", `/api/donations/${donation.body.id}/confirm`, {
    as: association.treasurer.token,
    body: { date: `${year}-03-15` },
  });
  expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
  for (const [kind, amount, date] of [
    ["sponsorship", 4000, `${year}-03-20`],
    ["grant", 2500, `${year}-05-05`],
  ] as const) {
    const paid = await api.call("POST", `/api/organizations/${enterprise.org.slug}/payments`, {
      as: enterprise.treasurer.token,
      body: { to: association.org.slug, kind, amount, currency: "EUR", description: kind, date },
    });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
  }
  await post(api, association.org.slug, association.treasurer.token, "expense", `${year}-03-25`, [
    ["expenses:infrastructure", 800],
    ["assets:bank", -800],
  ]);

  // The distribution service is written alongside this module: its rows go in as it would post them.
  await api.db.transaction(async (tx) => {
    const book = await booksOf(tx, association.org);
    const pool = await accountByCode(tx, book.id, "liabilities:contributor-pool", "body");
    const person = await ensureAccount(tx, book, {
      code: `liabilities:contributors:${contributor.handle}`,
      name: contributor.name,
      type: "liability",
    });
    const fixed = await accountByCode(tx, book.id, "liabilities:payable", "body");
    const entry = await postTransaction(tx, {
      bookId: book.id,
      organizationId: association.org.id,
      kind: "distribution",
      date: `${year}-06-30`,
      description: "June distribution",
      counterparty: { kind: "internal", name: association.org.name },
      commonsId: commons.id,
      postedBy: association.treasurer.id,
      postings: [
        { accountId: pool.id, amount: 1000n, currency: "EUR" },
        { accountId: person.id, amount: -700n, currency: "EUR" },
        { accountId: fixed.id, amount: -300n, currency: "EUR" },
      ],
    });
    const [d] = await tx
      .insert(distributions)
      .values({
        commonsId: commons.id,
        organizationId: association.org.id,
        bookId: book.id,
        sourceAccountId: pool.id,
        amount: 1000,
        currency: "EUR",
        windowFrom: `${year}-01-01`,
        windowTo: `${year}-06-30`,
        equation: {},
        statementHash: "test",
        description: "June distribution",
        transactionId: entry.id,
      })
      .returning();
    await tx.insert(distributionShares).values([
      { distributionId: d?.id ?? "", position: 0, kind: "fixed", label: "Hosting", accountId: fixed.id, amount: 300 },
      {
        distributionId: d?.id ?? "",
        position: 1,
        kind: "contributor",
        label: contributor.name,
        personId: contributor.id,
        accountId: person.id,
        amount: 700,
      },
    ]);
  });

  await api.db.insert(contributions).values([
    {
      commonsId: commons.id,
      type: "work",
      kind: "code",
      status: "accepted",
      authorId: contributor.id,
      title: "Fixed the pump",
      performedOn: `${year}-02-03`,
      minutes: 90,
      reviewedAt: new Date(),
      funding: "volunteer",
    },
    {
      commonsId: commons.id,
      type: "commit",
      kind: "code",
      status: "accepted",
      externalId: "abc123",
      externalAuthor: "Ada Lovelace <ada@example.org>",
      title: "Imported commit",
      performedOn: `${year}-02-04`,
      linesAdded: 12,
      linesRemoved: 3,
      reviewedAt: new Date(),
      funding: "unknown",
    },
    {
      commonsId: commons.id,
      type: "work",
      kind: "care",
      status: "pending",
      authorId: contributor.id,
      title: "Not accepted yet",
      performedOn: `${year}-02-05`,
      minutes: 30,
    },
  ]);
  await api.db.insert(commonsUses).values({
    commonsId: commons.id,
    enterpriseId: enterprise.org.id,
    purpose: "commercial",
    product: "Tractor kits",
    since: `${year}-01-15`,
  });
  const [stored] = await api.db.select().from(contributions).where(eq(contributions.externalId, "abc123"));
  return { association, enterprise, commons, other, contributor, maintainer, commitId: stored?.id ?? "" };
}
