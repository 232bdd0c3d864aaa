import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiOf, PASSWORD, requireChromium, type Stack, setUpInstance, startStack, visible } from "./support.ts";

const run = requireChromium();

const ASSOCIATION = "drill-fund";
const ENTERPRISE = "furrow";
const COMMONS = "seed-drill";
/** The first day of this month (UTC): fees are scheduled from it, and every entry falls in this month's column. */
const firstOfMonth = () => `${new Date().toISOString().slice(0, 7)}-01`;

/**
 * What the association's books receive, in minor units, by kind: a donation, a member's fee, a
 * sponsorship, a phyle commitment (10% of Furrow's 7,000.00 revenue) and a distribution's fixed
 * share (10% of 300.00) credited to an income account. Together 8,260.00 EUR.
 */
const INCOME = {
  donation: 250_000,
  membershipFee: 3_000,
  sponsorship: 500_000,
  phyle: 70_000,
  distribution: 3_000,
};
const TOTAL_INCOME = Object.values(INCOME).reduce((a, b) => a + b, 0);
const DISTRIBUTED = 30_000;

/** A displayed amount ("€2,500.00", "−€3.00") as minor units, read from the words a visitor sees. */
function minorOf(text: string): number {
  const negative = /^[\s]*[-−]/.test(text);
  const digits = text.replace(/[^0-9.]/g, "");
  const [whole = "0", fraction = ""] = digits.split(".");
  const minor = Number(whole) * 100 + Number(fraction.padEnd(2, "0").slice(0, 2));
  return negative ? -minor : minor;
}

const textOf = async (cell: Locator) => (await cell.innerText()).trim();

describe.skipIf(!run)("the public treasury report of an association with income of every kind", () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
    const { browser, server } = stack;
    await setUpInstance(stack);

    const as: Record<string, ReturnType<typeof apiOf>> = {};
    for (const [handle, name] of [
      ["ada", "Ada Steward"],
      ["tess", "Tess Treasurer"],
      ["lin", "Lin Contributor"],
      ["dora", "Dora Donor"],
      ["rosa", "Rosa Furrow"],
      ["amara", "Amara Accounts"],
    ] as const) {
      const ctx = await browser.newContext();
      as[handle] = apiOf(ctx, server.url);
      await as[handle]("POST", "/auth/signup", { handle, name, email: `${handle}@example.test`, password: PASSWORD });
    }
    const api = (handle: string) => as[handle] as ReturnType<typeof apiOf>;
    const [ada, tess, lin, dora, rosa, amara] = ["ada", "tess", "lin", "dora", "rosa", "amara"].map(api) as [
      ReturnType<typeof apiOf>,
      ReturnType<typeof apiOf>,
      ReturnType<typeof apiOf>,
      ReturnType<typeof apiOf>,
      ReturnType<typeof apiOf>,
      ReturnType<typeof apiOf>,
    ];

    // The association holds the seed drill's money; Tess keeps its books and Lin is a member.
    await ada("POST", "/organizations", { slug: "open-farm", name: "Open Farm Tools", kind: "community" });
    await ada("POST", "/organizations", { slug: ASSOCIATION, name: "Seed Drill Fund", kind: "association" });
    for (const handle of ["tess", "lin"]) {
      await api(handle)("POST", `/organizations/${ASSOCIATION}/join`);
      await ada("POST", `/organizations/${ASSOCIATION}/members/${handle}/approve`);
    }
    await ada("PATCH", `/organizations/${ASSOCIATION}/members/tess`, { role: "treasurer" });
    await ada("POST", `/organizations/${ASSOCIATION}/books`, { currency: "EUR" });
    await ada("POST", "/commons", {
      slug: COMMONS,
      title: "Open Seed Drill",
      licence: "LicenseRef-Peer-Production-License",
      community: "open-farm",
      stewardAssociation: ASSOCIATION,
    });

    // A donation, confirmed; Lin's membership fee for this month.
    const gift = await dora("POST", `/organizations/${ASSOCIATION}/donations`, { amount: INCOME.donation, currency: "EUR" });
    await tess("POST", `/donations/${gift.id}/confirm`, {});
    await tess("POST", `/organizations/${ASSOCIATION}/fee-schedules`, {
      amount: INCOME.membershipFee,
      currency: "EUR",
      period: "monthly",
      startsOn: firstOfMonth(),
    });
    await tess("POST", `/organizations/${ASSOCIATION}/fees`, { member: "lin", periodStart: firstOfMonth() });

    // Furrow Works, worker-owned, sponsors the fund and commits a tenth of its revenue to the commons' steward.
    await rosa("POST", "/organizations", { slug: ENTERPRISE, name: "Furrow Works", kind: "enterprise", ownership: "worker_owned" });
    await amara("POST", `/organizations/${ENTERPRISE}/join`);
    await rosa("POST", `/organizations/${ENTERPRISE}/members/amara/approve`);
    await rosa("PATCH", `/organizations/${ENTERPRISE}/members/amara`, { role: "treasurer" });
    await rosa("POST", `/organizations/${ENTERPRISE}/books`, { currency: "EUR" });
    await amara("POST", `/organizations/${ENTERPRISE}/transactions`, {
      kind: "transfer",
      date: firstOfMonth(),
      description: "Opening balance",
      postings: [
        { account: "assets:bank", amount: 2_000_000, currency: "EUR" },
        { account: "equity:opening-balances", amount: -2_000_000, currency: "EUR" },
      ],
    });
    await amara("POST", `/organizations/${ENTERPRISE}/payments`, {
      to: ASSOCIATION,
      kind: "sponsorship",
      amount: INCOME.sponsorship,
      currency: "EUR",
      description: "Sponsorship of the seed drill's field trials",
    });
    await rosa("PUT", `/organizations/${ENTERPRISE}/phyle-charter`, {
      basis: "revenue",
      shareBp: 1_000,
      mission: "A tenth of what the kits earn goes back to the seed drill.",
      currency: "EUR",
      beneficiaries: [{ commons: COMMONS, destination: "steward", weightBp: 10_000 }],
    });
    await amara("POST", `/organizations/${ENTERPRISE}/phyle-periods`, {
      periodStart: "2026-01-01",
      periodEnd: "2026-03-31",
      revenue: INCOME.phyle * 10,
    });

    // Lin's accepted work earns the contributor pool; a tenth of each distribution is the fund's own income.
    await tess("POST", `/organizations/${ASSOCIATION}/accounts`, { code: "income:infrastructure", name: "Infrastructure share" });
    await ada("PUT", `/commons/${COMMONS}/value-equation`, {
      buckets: [{ label: "Infrastructure", shareBp: 1_000, recipient: { account: "income:infrastructure" } }],
      weights: [{ kind: "design", perContribution: 1, perHour: 1, perHundredLines: 0 }],
      reviewPoints: 0,
      windowDays: 365,
    });
    const work = await lin("POST", `/commons/${COMMONS}/contributions`, { type: "work", kind: "design", title: "Field test", hours: 2 });
    await ada("POST", `/contributions/${work.id}/accept`, {});
    await tess("POST", `/commons/${COMMONS}/distributions`, { amount: DISTRIBUTED, description: "This month's pool" });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("its income rows by kind add up to its total, every transaction has a kind, and the list filters by phyle", async () => {
    const { browser, server } = stack;
    const visitor: Page = await (await browser.newContext()).newPage();
    await visitor.goto(`${server.url}/orgs/${ASSOCIATION}/treasury`);

    // The period's totals by kind: every row, then the total row, as a visitor reads them.
    const byKind = visitor.getByRole("table", { name: "Totals for the period by kind (EUR)" });
    await expect.poll(() => byKind.isVisible(), { timeout: 15_000 }).toBe(true);
    const rows = byKind.locator("tbody tr");
    const kinds: Record<string, number> = {};
    for (let i = 0; i < (await rows.count()); i++) {
      const row = rows.nth(i);
      kinds[await textOf(row.getByRole("rowheader"))] = minorOf(await textOf(row.getByRole("cell").nth(0)));
    }
    const total = minorOf(await textOf(byKind.locator("tfoot tr").getByRole("cell").nth(0)));
    expect(kinds, await byKind.innerText()).toMatchObject({
      Donations: INCOME.donation,
      "Membership fees": INCOME.membershipFee,
      Sponsorship: INCOME.sponsorship,
      "Phyle commitments": INCOME.phyle,
      Distributions: INCOME.distribution,
    });
    expect(
      Object.values(kinds).reduce((a, b) => a + b, 0),
      await byKind.innerText(),
    ).toBe(total);
    expect(total).toBe(TOTAL_INCOME);
    // By source too: individuals, internal entries and the enterprise add up to the same total.
    const bySource = visitor.getByRole("table", { name: "Totals for the period by source (EUR)" });
    const sources = (await bySource.locator("tbody tr").locator("td:first-of-type").allInnerTexts()).map(minorOf);
    expect(
      sources.reduce((a, b) => a + b, 0),
      await bySource.innerText(),
    ).toBe(TOTAL_INCOME);
    expect(minorOf(await textOf(bySource.locator("tfoot tr").getByRole("cell").nth(0)))).toBe(TOTAL_INCOME);

    // The same figures per month: this month's kinds add up to the month's total.
    const perMonth = visitor.getByRole("table", { name: "Income per month, by kind (EUR)" });
    // textContent: the column heads are upper-cased by CSS only.
    const heads = (await perMonth.locator("thead th").allTextContents()).slice(1).map((h) => h.trim());
    const month = perMonth.locator("tbody tr").filter({ has: visitor.locator("data.amount:not([value='0.00 EUR'])") });
    expect(await month.count(), await perMonth.innerText()).toBe(1);
    const cells = (await month.getByRole("cell").allInnerTexts()).map(minorOf);
    expect(heads.at(-1)).toBe("Total");
    expect(cells.slice(0, -1).reduce((a, b) => a + b, 0)).toBe(cells.at(-1));
    expect(cells.at(-1)).toBe(TOTAL_INCOME);

    // Every transaction carries a kind badge with words in it.
    await visitor.getByRole("link", { name: "Every transaction" }).click();
    await visitor.waitForURL(/\/treasury\/transactions$/);
    const entries = visitor.getByRole("article");
    // Five entries: the donation, the fee, the sponsorship, the phyle commitment and the distribution.
    await expect.poll(() => entries.count(), { timeout: 10_000 }).toBe(5);
    const badges = await entries.locator(".badge--txn-kind").allInnerTexts();
    expect(badges).toHaveLength(5);
    for (const badge of badges) expect(badge.trim()).not.toBe("");
    expect(new Set(badges)).toEqual(new Set(["Donation", "Membership fee", "Sponsorship", "Phyle commitment", "Distribution"]));

    // Filtering by kind leaves the phyle commitment alone, and says so in the address.
    await visitor.getByLabel("Kind").selectOption("phyle");
    await visitor.waitForURL(/\/treasury\/transactions\?kind=phyle$/);
    await expect.poll(() => entries.count(), { timeout: 10_000 }).toBe(1);
    await visible(entries.first(), "Phyle commitment for 2026-01-01 to 2026-03-31: Open Seed Drill");
    expect(await entries.first().locator(".badge--txn-kind").innerText()).toBe("Phyle commitment");
    await expect
      .poll(() => entries.first().getByRole("row").filter({ hasText: "income:phyle" }).locator("data.amount").getAttribute("value"))
      .toBe("-700.00 EUR");
  }, 120_000);
});
