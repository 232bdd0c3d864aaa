import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiOf, PASSWORD, requireChromium, type Stack, setUpInstance, startStack, visible } from "./support.ts";

const run = requireChromium();

const SLUG = "river-choir";
const PURPOSE = "Sheet music for the spring concert";
/** The bank holds 1,000.00 EUR; the expense is 123.45 EUR, so 876.55 EUR are left. */
const FUNDS = 100_000;

/** A datetime-local value, with seconds, `seconds` from now in the page's own time zone. */
const localTimeAhead = (page: Page, seconds: number) =>
  page.evaluate((s) => {
    const d = new Date(Date.now() + s * 1000);
    const p = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
  }, seconds);

describe.skipIf(!run)("an association spends money on the members' decision, in the open", () => {
  let stack: Stack;
  let dir: string;
  const people: Record<string, BrowserContext> = {};

  beforeAll(async () => {
    stack = await startStack();
    dir = mkdtempSync(join(tmpdir(), "triarchy-receipt-"));
    const { browser, server } = stack;
    await setUpInstance(stack);

    // Sam stewards an association that takes members on approval; Tess is its treasurer; Mo, Lin and Kai are members.
    const as: Record<string, ReturnType<typeof apiOf>> = {};
    for (const [handle, name] of [
      ["sam", "Sam Steward"],
      ["tess", "Tess Treasurer"],
      ["mo", "Mo Member"],
      ["lin", "Lin Member"],
      ["kai", "Kai Member"],
    ] as const) {
      const ctx = await browser.newContext();
      people[handle] = ctx;
      as[handle] = apiOf(ctx, server.url);
      await as[handle]("POST", "/auth/signup", { handle, name, email: `${handle}@example.test`, password: PASSWORD });
    }
    const steward = as.sam as ReturnType<typeof apiOf>;
    await steward("POST", "/organizations", { slug: SLUG, name: "River Choir", kind: "association" });
    for (const handle of ["tess", "mo", "lin", "kai"]) {
      await (as[handle] as ReturnType<typeof apiOf>)("POST", `/organizations/${SLUG}/join`);
      await steward("POST", `/organizations/${SLUG}/members/${handle}/approve`);
    }
    await steward("PATCH", `/organizations/${SLUG}/members/tess`, { role: "treasurer" });

    // The books open, and the bank holds what the association started with.
    await steward("POST", `/organizations/${SLUG}/books`, { currency: "EUR" });
    await (as.tess as ReturnType<typeof apiOf>)("POST", `/organizations/${SLUG}/transactions`, {
      kind: "transfer",
      date: new Date().toISOString().slice(0, 10),
      description: "Opening balance",
      postings: [
        { account: "assets:bank", amount: FUNDS, currency: "EUR" },
        { account: "equity:opening-balances", amount: -FUNDS, currency: "EUR" },
      ],
    });
  });
  afterAll(async () => {
    await stack?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("a member submits an expense with its receipt, the members approve it by vote, the treasurer pays it, and a visitor sees it all", async () => {
    const { browser, server } = stack;
    const contextOf = (handle: string) => people[handle] as BrowserContext;
    const bankBalance = (page: Page) =>
      page.getByRole("row").filter({ hasText: "assets:bank" }).locator("data.amount").getAttribute("value");

    // A visitor without an account reads the association's books: the bank holds what it started with.
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`${server.url}/orgs/${SLUG}`);
    await visitor.getByRole("link", { name: "Treasury", exact: true }).click();
    await visitor.waitForURL(new RegExp(`/orgs/${SLUG}/treasury$`));
    await expect.poll(() => bankBalance(visitor), { timeout: 10_000 }).toBe("1000.00 EUR");

    // Mo submits the expense, with the receipt, from the association's treasury.
    const receipt = join(dir, "receipt.pdf");
    writeFileSync(
      receipt,
      "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
    );
    const mo = await contextOf("mo").newPage();
    await mo.goto(`${server.url}/orgs/${SLUG}`);
    await mo.getByRole("link", { name: "Treasury", exact: true }).click();
    await mo.getByRole("navigation", { name: "Treasury" }).getByRole("link", { name: "Expenses" }).click();
    await mo.getByRole("link", { name: "Submit an expense" }).click();
    await mo.waitForURL(/\/treasury\/expenses\/new$/);
    await mo.getByLabel("What is it for?").fill(PURPOSE);
    await mo.getByLabel("Amount (EUR)").fill("123.45");
    await mo.getByRole("radio", { name: "A supplier" }).check();
    await mo.getByLabel("Supplier's name").fill("Allegro Music Shop");
    await mo.getByLabel("Receipt", { exact: true }).setInputFiles(receipt);
    await mo.getByRole("button", { name: "Submit the expense" }).click();
    await mo.waitForURL(/\/expenses\/[0-9a-f-]{36}$/);
    const expense = mo.url();
    await expect.poll(() => mo.getByRole("heading", { name: PURPOSE }).isVisible(), { timeout: 10_000 }).toBe(true);
    await visible(mo, "Waiting for approval");
    await visible(mo, "Download receipt.pdf");

    // Mo puts it to the members, voting closing in a few seconds.
    await mo.getByRole("button", { name: "Put it to a vote…" }).click();
    await mo.getByLabel("Voting closes").fill(await localTimeAhead(mo, 25));
    await mo.getByRole("button", { name: "Put to a vote", exact: true }).click();
    await visible(mo, "Before the members now.");
    await mo
      .getByRole("link", { name: /^Open the proposal:/ })
      .first()
      .click();
    await mo.waitForURL(/\/proposals\/[0-9a-f-]{36}$/);
    const proposal = mo.url();

    // Each member votes yes on the proposal's page.
    for (const handle of ["mo", "lin", "kai"]) {
      const page = handle === "mo" ? mo : await contextOf(handle).newPage();
      if (handle !== "mo") await page.goto(proposal);
      await page.getByRole("radio", { name: /^Yes/ }).check();
      await page.getByRole("button", { name: "Cast my vote" }).click();
      await visible(page, "Your vote is recorded.");
    }

    // Once voting closes, the proposal has passed and the expense is approved. Reading the page
    // settles a proposal whose time has come, so it is read again until it shows the result.
    await expect
      .poll(
        async () => {
          await mo.reload();
          await mo.getByRole("heading", { name: "Terms of the vote" }).waitFor();
          const result = mo.getByRole("region", { name: "Result" });
          return (await result.count()) ? result.innerText() : "not closed yet";
        },
        { timeout: 40_000, interval: 2_000 },
      )
      .toMatch(/The proposal passed\./);
    await mo.goto(expense);
    await visible(mo, "Approved, to be paid");
    await visible(mo, "Approved by the members");

    // The treasurer pays it from the bank.
    const tess = await contextOf("tess").newPage();
    await tess.goto(expense);
    await expect.poll(() => tess.getByLabel("Paid from").inputValue(), { timeout: 10_000 }).toBe("assets:bank");
    await tess.getByRole("button", { name: /^Pay / }).click();
    await visible(tess, "see it in the books");
    await expect.poll(() => tess.getByText("Paid", { exact: true }).count()).toBe(1);

    // The visitor finds it all on the transparency pages: the bank balance lowered by the payment,
    // the payment in the books with the decision that authorised it, and the expense paid.
    await visitor.reload();
    await expect.poll(() => bankBalance(visitor), { timeout: 10_000 }).toBe("876.55 EUR");

    await visitor.getByRole("link", { name: "Every transaction" }).click();
    await visitor.waitForURL(/\/treasury\/transactions$/);
    const entry = visitor.getByRole("article").filter({ has: visitor.getByRole("heading", { name: PURPOSE }) });
    await expect.poll(() => entry.isVisible(), { timeout: 10_000 }).toBe(true);
    const authorisedBy = entry.locator("dt", { hasText: "Authorised by" }).locator("xpath=following-sibling::dd");
    await expect.poll(() => authorisedBy.textContent()).toMatch(new RegExp(`Pay Allegro Music Shop for: ${PURPOSE}.*\\(Passed\\)`));
    expect(await authorisedBy.getByRole("link").getAttribute("href")).toBe(new URL(proposal).pathname);
    expect(await entry.getByRole("row").filter({ hasText: "assets:bank" }).locator("data.amount").getAttribute("value")).toBe(
      "-123.45 EUR",
    );
    await expect.poll(() => entry.getByRole("link", { name: `Expense: ${PURPOSE}` }).isVisible()).toBe(true);

    await visitor.getByRole("navigation", { name: "Treasury" }).getByRole("link", { name: "Expenses" }).click();
    await visitor.waitForURL(/\/treasury\/expenses$/);
    const row = visitor.getByRole("row").filter({ has: visitor.getByRole("link", { name: PURPOSE }) });
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toMatch(/Paid.*Members' vote \(Passed\)/);
    // Receipts are for the members: the visitor sees that there is one, not the file.
    await row.getByRole("link", { name: PURPOSE }).click();
    await visible(visitor, "Receipts are shown to the organization's members.");
    expect(await visitor.getByRole("link", { name: /Download receipt/ }).count()).toBe(0);
  }, 90_000);
});
