import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiOf, PASSWORD, requireChromium, type Stack, setUpInstance, startStack, visible } from "./support.ts";

const run = requireChromium();

const COMMONS = "seed-drill";
const ASSOCIATION = "drill-fund";
const ENTERPRISE = "harrow";
const PPL = "LicenseRef-Peer-Production-License";
/** Harrow pays 90.00 EUR a month. Lin logged 3 hours and Kai 1: under the default equation (a point per contribution and per hour) 4 and 2 points, so 60.00 and 30.00. */
const FEE = "90.00";
/** The same in minor units, as the books API counts. */
const FEE_MINOR = "9000";
const SCREENSHOTS = process.env.E2E_SCREENSHOTS;

/** The first day of last month (UTC): the agreement starts there, so one period has ended and is invoiced. */
function lastMonth() {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 10);
}

const amountIn = (scope: ReturnType<Page["locator"]>) => scope.locator("data.amount").first().getAttribute("value");

describe.skipIf(!run)(
  "an enterprise builds on a PPL commons, pays for it under an agreement, and the contributors get their shares",
  () => {
    let stack: Stack;
    const people: Record<string, BrowserContext> = {};
    const as: Record<string, ReturnType<typeof apiOf>> = {};
    const api = (handle: string) => as[handle] as ReturnType<typeof apiOf>;

    /** A balance in the association's books in minor units, as the API gives it ("0" for an account with none). */
    const balance = async (code: string) => {
      const books = await api("ada")("GET", `/organizations/${ASSOCIATION}/books`);
      const account = books.accounts.find((a: { code: string }) => a.code === code);
      return (account?.balances[0]?.amount as string | undefined) ?? "0";
    };

    beforeAll(async () => {
      stack = await startStack();
      const { browser, server } = stack;
      await setUpInstance(stack);

      for (const [handle, name] of [
        ["ada", "Ada Steward"],
        ["tess", "Tess Treasurer"],
        ["lin", "Lin Contributor"],
        ["kai", "Kai Contributor"],
        ["hal", "Hal Harrow"],
        ["pia", "Pia Payables"],
      ] as const) {
        const ctx = await browser.newContext();
        people[handle] = ctx;
        as[handle] = apiOf(ctx, server.url);
        await api(handle)("POST", "/auth/signup", { handle, name, email: `${handle}@example.test`, password: PASSWORD });
      }

      // Ada stewards the community that keeps the seed drill's designs under the Peer Production License,
      // and the association that holds its money; Tess is the association's treasurer.
      const ada = api("ada");
      await ada("POST", "/organizations", { slug: "open-farm", name: "Open Farm Tools", kind: "community" });
      await ada("POST", "/organizations", { slug: ASSOCIATION, name: "Seed Drill Fund", kind: "association" });
      await api("tess")("POST", `/organizations/${ASSOCIATION}/join`);
      await ada("POST", `/organizations/${ASSOCIATION}/members/tess/approve`);
      await ada("PATCH", `/organizations/${ASSOCIATION}/members/tess`, { role: "treasurer" });
      await ada("POST", `/organizations/${ASSOCIATION}/books`, { currency: "EUR" });
      await ada("POST", "/commons", {
        slug: COMMONS,
        title: "Open Seed Drill",
        licence: PPL,
        community: "open-farm",
        stewardAssociation: ASSOCIATION,
      });

      // Lin and Kai log work on it, and Ada accepts it.
      for (const [handle, hours] of [
        ["lin", 3],
        ["kai", 1],
      ] as const) {
        const work = await api(handle)("POST", `/commons/${COMMONS}/contributions`, {
          type: "work",
          kind: "design",
          title: `Field test by ${handle}`,
          hours,
        });
        await ada("POST", `/contributions/${work.id}/accept`, {});
      }

      // Harrow Machinery is privately owned: Hal stewards it, Pia keeps its books, which hold 1,000.00 EUR.
      const hal = api("hal");
      await hal("POST", "/organizations", { slug: ENTERPRISE, name: "Harrow Machinery", kind: "enterprise", ownership: "private" });
      await api("pia")("POST", `/organizations/${ENTERPRISE}/join`);
      await hal("POST", `/organizations/${ENTERPRISE}/members/pia/approve`);
      await hal("PATCH", `/organizations/${ENTERPRISE}/members/pia`, { role: "treasurer" });
      await hal("POST", `/organizations/${ENTERPRISE}/books`, { currency: "EUR" });
      await api("pia")("POST", `/organizations/${ENTERPRISE}/transactions`, {
        kind: "transfer",
        date: lastMonth(),
        description: "Opening balance",
        postings: [
          { account: "assets:bank", amount: 100_000, currency: "EUR" },
          { account: "equity:opening-balances", amount: -100_000, currency: "EUR" },
        ],
      });
    });
    afterAll(async () => {
      await stack?.stop();
    });

    it("declared → agreement needed (§4(d)) → offered, accepted, invoiced, paid → distributed → on the contributors' profiles", async () => {
      const { browser, server } = stack;
      const pageOf = (handle: string) => (people[handle] as BrowserContext).newPage();
      const shot = async (page: Page, name: string) => {
        if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
      };
      const useCard = (page: Page) => page.getByRole("article", { name: /^Harrow Machinery/ });

      // Hal declares Harrow's commercial use on the commons' "Built on it" tab.
      const hal = await pageOf("hal");
      await hal.goto(`${server.url}/commons/${COMMONS}`);
      await hal.getByRole("link", { name: "Built on it", exact: true }).click();
      await hal.waitForURL(new RegExp(`/commons/${COMMONS}/uses$`));
      const declare = hal.getByRole("form", { name: "Declare a use" });
      await expect.poll(() => declare.getByLabel("Enterprise", { exact: true }).inputValue(), { timeout: 10_000 }).toBe(ENTERPRISE);
      await declare.getByRole("radio", { name: "Commercial", exact: true }).check();
      await declare.getByLabel("Product or service").fill("The Harrow 300 tractor with seed drill");
      await declare.getByRole("button", { name: "Declare the use" }).click();

      // It needs an agreement, and the page says why, quoting §4(d).
      await expect.poll(() => useCard(hal).isVisible(), { timeout: 10_000 }).toBe(true);
      await expect.poll(() => useCard(hal).locator(".badge").innerText()).toBe("Agreement needed");
      await expect
        .poll(() => useCard(hal).getByRole("blockquote").innerText())
        .toMatch(/^Any use by a business that is privately owned and managed/);
      await expect.poll(() => useCard(hal).getByRole("figure").innerText()).toMatch(/Peer Production License, §4\(d\)/);
      await expect.poll(() => useCard(hal).innerText()).toMatch(/No agreement is in force yet/);
      // Having declared, Harrow is no longer offered in the declare form.
      expect(await hal.getByRole("form", { name: "Declare a use" }).count()).toBe(0);
      await shot(hal, "1-agreement-needed");

      // Tess, for the association, sees nothing agreed yet on its Reciprocity tab, then offers terms on the use:
      // 90.00 EUR a month from the start of last month, so last month's invoice is due.
      const tess = await pageOf("tess");
      await tess.goto(`${server.url}/orgs/${ASSOCIATION}/reciprocity`);
      await visible(tess, "No reciprocity agreement yet.");
      await tess.goto(`${server.url}/commons/${COMMONS}/uses`);
      await expect.poll(() => useCard(tess).isVisible(), { timeout: 10_000 }).toBe(true);
      await useCard(tess).getByText("Offer a reciprocity agreement with Seed Drill Fund").click();
      const offer = useCard(tess).getByRole("form", { name: "Offer a reciprocity agreement" });
      await offer.getByLabel("Period", { exact: true }).selectOption("month");
      await offer.getByLabel("Fixed fee per period (EUR)").fill(FEE);
      await offer.getByLabel("Days to pay").fill("60");
      await offer.getByLabel("Starts on").fill(lastMonth());
      await offer.getByRole("button", { name: "Offer the agreement" }).click();
      await tess.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);
      const agreement = tess.url();
      await visible(tess, "Waiting for Harrow Machinery to accept or decline it.");

      // Hal finds the offer on Harrow's Reciprocity tab and accepts it.
      await hal.goto(`${server.url}/orgs/${ENTERPRISE}/reciprocity`);
      const offers = hal.getByRole("region", { name: "Offers to answer" });
      await expect.poll(() => offers.innerText(), { timeout: 10_000 }).toMatch(/monthly\s*$/);
      expect(await amountIn(offers)).toBe(`${FEE} EUR`);
      await offers.getByRole("link", { name: "Seed Drill Fund offers an agreement on Open Seed Drill" }).click();
      await hal.waitForURL(agreement);
      await hal.getByRole("button", { name: "Accept the agreement" }).click();
      await expect.poll(() => hal.locator(".page-head .badge").innerText(), { timeout: 10_000 }).toBe("In force");
      await visible(hal, /Accepted on .* by Hal Harrow\./);

      // The use is now covered.
      await hal.goto(`${server.url}/commons/${COMMONS}/uses`);
      await expect.poll(() => useCard(hal).locator(".badge").innerText(), { timeout: 10_000 }).toBe("Agreement in force");
      await expect.poll(() => useCard(hal).innerText()).toMatch(/is in force, which permits this use/);

      // The clock raises last month's invoice; Pia, Harrow's treasurer, pays it on the agreement's page.
      const pia = await pageOf("pia");
      await pia.goto(agreement);
      const invoices = pia.getByRole("table", { name: "Invoices of this agreement, newest period first" });
      await expect
        .poll(
          async () => {
            if (await invoices.count()) return invoices.getByRole("row").count();
            await pia.reload();
            return 0;
          },
          { timeout: 30_000, interval: 1_000 },
        )
        .toBe(2);
      const invoice = invoices.getByRole("row").nth(1);
      expect(await amountIn(invoice)).toBe(`${FEE} EUR`);
      expect(await invoice.locator(".badge").innerText()).toBe("Open");
      await shot(pia, "2-invoice-open");
      expect(await balance("assets:receivable")).toBe(FEE_MINOR);
      await invoice.getByRole("button", { name: /^Pay invoice for / }).click();
      await expect.poll(() => invoice.locator(".badge").innerText(), { timeout: 10_000 }).toBe("Paid");
      expect(await invoice.getByRole("button").count()).toBe(0);
      await expect
        .poll(() => pia.getByRole("term").filter({ hasText: "Outstanding" }).locator("xpath=following-sibling::dd").innerText())
        .toBe("—");

      // The association's books: the bank holds the fee, nothing is left receivable.
      expect(await balance("assets:bank")).toBe(FEE_MINOR);
      expect(Number(await balance("assets:receivable"))).toBe(0);
      expect(await balance("income:reciprocity")).toBe(`-${FEE_MINOR}`);

      // Tess sees the same on the association's Reciprocity tab: in force, nothing outstanding, nothing in arrears.
      await tess.goto(`${server.url}/orgs/${ASSOCIATION}/reciprocity`);
      const agreed = tess
        .getByRole("row")
        .filter({ has: tess.getByRole("link", { name: "Agreement on Open Seed Drill with Harrow Machinery" }) });
      await expect.poll(() => agreed.locator(".badge").innerText(), { timeout: 10_000 }).toBe("In force");
      expect(await amountIn(agreed)).toBe(`${FEE} EUR`);
      expect(await agreed.getByRole("cell").nth(3).innerText()).toBe("—");
      expect(await tess.getByRole("term").filter({ hasText: "Outstanding" }).locator("xpath=following-sibling::dd").innerText()).toBe("—");
      await shot(tess, "2b-association-reciprocity");

      // Paying left the use in force, not in arrears.
      await hal.reload();
      await expect.poll(() => useCard(hal).locator(".badge").innerText(), { timeout: 10_000 }).toBe("Agreement in force");

      // Tess distributes the income on the commons' Value tab: preview, then post.
      await tess.goto(`${server.url}/commons/${COMMONS}`);
      await tess.getByRole("link", { name: "Value", exact: true }).click();
      await tess.waitForURL(new RegExp(`/commons/${COMMONS}/value$`));
      const distribute = tess.getByRole("form", { name: "Compute a distribution" });
      await distribute.getByLabel("Amount (EUR)").fill(FEE);
      await distribute.getByLabel("Description").fill("Harrow's reciprocity, last month");
      await distribute.getByRole("button", { name: "Preview" }).click();
      const preview = tess.getByRole("region", { name: /^Preview:/ });
      await expect.poll(() => preview.isVisible(), { timeout: 10_000 }).toBe(true);
      const statement = preview.getByRole("table", { name: "Statement: who receives what" });
      const lineOf = (name: string) => statement.getByRole("row").filter({ hasText: name });
      expect(await amountIn(statement.getByRole("row").filter({ hasText: "Total" }))).toBe(`${FEE} EUR`);
      expect(await amountIn(lineOf("Lin Contributor"))).toBe("60.00 EUR");
      expect(await amountIn(lineOf("Kai Contributor"))).toBe("30.00 EUR");
      await shot(tess, "3-distribution-preview");
      expect(await statement.locator("tbody tr").count(), await statement.innerText()).toBe(2);
      await preview.getByRole("button", { name: "Post this distribution" }).click();
      await tess.waitForURL(/\/distributions\/[0-9a-f-]{36}$/);
      await expect
        .poll(() => tess.getByRole("heading", { name: "Harrow's reciprocity, last month" }).isVisible(), { timeout: 10_000 })
        .toBe(true);
      const posted = tess.getByRole("table", { name: "Statement: who receives what" });
      expect(await amountIn(posted.getByRole("row").filter({ hasText: "Total" }))).toBe(`${FEE} EUR`);
      if (SCREENSHOTS) await tess.locator(".chart svg").first().waitFor();
      await shot(tess, "4-distribution");
      // The shares are now owed to them, in the books.
      expect(await balance("expenses:contributors")).toBe(FEE_MINOR);

      // A visitor reads each contributor's profile: the share, and who owes it.
      const visitor = await (await browser.newContext()).newPage();
      for (const [handle, share] of [
        ["lin", "60.00"],
        ["kai", "30.00"],
      ] as const) {
        await visitor.goto(`${server.url}/people/${handle}`);
        const shares = visitor.getByRole("region", { name: "Shares received" });
        const row = shares.getByRole("row").filter({ has: visitor.getByRole("link", { name: "Open Seed Drill" }) });
        await expect.poll(() => row.isVisible(), { timeout: 10_000 }).toBe(true);
        expect(await row.locator("data.amount").getAttribute("value")).toBe(`${share} EUR`);
        const owed = shares.getByRole("listitem").filter({ hasText: "Seed Drill Fund owes" });
        expect(await amountIn(owed)).toBe(`${share} EUR`);
        if (handle === "lin") await shot(visitor, "5-shares-received");
      }
      // Ada reviewed both pieces of work, which the default equation counts at nothing: no share of nothing.
      await visitor.goto(`${server.url}/people/ada`);
      await visible(visitor, "Ada Steward has not received a share of a distribution yet.");
    }, 150_000);
  },
);
