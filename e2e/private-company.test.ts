import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiOf, PASSWORD, requireChromium, type Stack, setUpInstance, signUp, startStack, visible } from "./support.ts";

const run = requireChromium();

const COMMONS = "seed-drill";
const ASSOCIATION = "drill-fund";
const ENTERPRISE = "harrow";

/** The first day of last month (UTC): the agreement starts there, so one period has ended and is due. */
function lastMonth() {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 10);
}

/** What Harrow is told it has no treasurer yet, in each refusal that needs one. */
const NO_TREASURER =
  "Harrow Machinery has no treasurer yet: one of its stewards makes a member its treasurer, or invites someone as its treasurer, on its Members page.";

describe.skipIf(!run)("a newly created private company is invoiced and pays, told at each refusal what to do and who can", () => {
  let stack: Stack;
  const people: Record<string, BrowserContext> = {};

  beforeAll(async () => {
    stack = await startStack();
    const { browser, server } = stack;
    await setUpInstance(stack);

    // The association that stewards the seed drill's money, with Tess as its treasurer; its books are open.
    const as: Record<string, ReturnType<typeof apiOf>> = {};
    for (const [handle, name] of [
      ["ada", "Ada Steward"],
      ["tess", "Tess Treasurer"],
    ] as const) {
      const ctx = await browser.newContext();
      people[handle] = ctx;
      as[handle] = apiOf(ctx, server.url);
      await as[handle]("POST", "/auth/signup", { handle, name, email: `${handle}@example.test`, password: PASSWORD });
    }
    const ada = as.ada as ReturnType<typeof apiOf>;
    await ada("POST", "/organizations", { slug: "open-farm", name: "Open Farm Tools", kind: "community" });
    await ada("POST", "/organizations", { slug: ASSOCIATION, name: "Seed Drill Fund", kind: "association" });
    await (as.tess as ReturnType<typeof apiOf>)("POST", `/organizations/${ASSOCIATION}/join`);
    await ada("POST", `/organizations/${ASSOCIATION}/members/tess/approve`);
    await ada("PATCH", `/organizations/${ASSOCIATION}/members/tess`, { role: "treasurer" });
    await ada("POST", `/organizations/${ASSOCIATION}/books`, { currency: "EUR" });
    await ada("POST", "/commons", {
      slug: COMMONS,
      title: "Open Seed Drill",
      licence: "LicenseRef-Peer-Production-License",
      community: "open-farm",
      stewardAssociation: ASSOCIATION,
    });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("sign-up → company → use → agreement → invoice refused (books closed) → books opened → pay refused → treasurer → paid", async () => {
    const { browser, server } = stack;
    const useCard = (page: Page) => page.getByRole("article", { name: /^Harrow Machinery/ });

    // Hal signs up and creates his company, privately owned.
    const hal = await (await browser.newContext()).newPage();
    await hal.goto(server.url);
    await signUp(hal, "hal", "Hal Harrow");
    await hal.getByRole("link", { name: "New organization" }).first().click();
    await hal.getByLabel("Name", { exact: true }).fill("Harrow Machinery");
    await hal.getByLabel(/slug/i).fill(ENTERPRISE);
    await hal.getByLabel("Kind").selectOption("enterprise");
    await hal.getByLabel("Ownership").selectOption("private");
    await hal.getByRole("button", { name: "Create organization" }).click();
    await hal.waitForURL(new RegExp(`/orgs/${ENTERPRISE}$`));

    // He declares that Harrow sells a tractor built on the seed drill: the licence needs an agreement.
    await hal.goto(`${server.url}/commons/${COMMONS}/uses`);
    const declare = hal.getByRole("form", { name: "Declare a use" });
    await expect.poll(() => declare.getByLabel("Enterprise", { exact: true }).inputValue(), { timeout: 10_000 }).toBe(ENTERPRISE);
    await declare.getByRole("radio", { name: "Commercial", exact: true }).check();
    await declare.getByLabel("Product or service").fill("The Harrow 300 tractor with seed drill");
    await declare.getByRole("button", { name: "Declare the use" }).click();
    await expect.poll(() => useCard(hal).locator(".badge").innerText(), { timeout: 10_000 }).toBe("Agreement needed");

    // Tess offers 90.00 EUR a month from last month; Hal accepts.
    const tess = await (people.tess as BrowserContext).newPage();
    await tess.goto(`${server.url}/commons/${COMMONS}/uses`);
    await expect.poll(() => useCard(tess).isVisible(), { timeout: 10_000 }).toBe(true);
    await useCard(tess).getByText("Offer a reciprocity agreement with Seed Drill Fund").click();
    const offer = useCard(tess).getByRole("form", { name: "Offer a reciprocity agreement" });
    await offer.getByLabel("Period", { exact: true }).selectOption("month");
    await offer.getByLabel("Fixed fee per period (EUR)").fill("90.00");
    await offer.getByLabel("Days to pay").fill("60");
    await offer.getByLabel("Starts on").fill(lastMonth());
    await offer.getByRole("button", { name: "Offer the agreement" }).click();
    await tess.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);
    const agreement = tess.url();
    await hal.goto(agreement);
    await hal.getByRole("button", { name: "Accept the agreement" }).click();
    await expect.poll(() => hal.locator(".page-head .badge").innerText(), { timeout: 10_000 }).toBe("In force");

    // Tess raises last month's invoice: refused, saying whose books, who opens them and where, and that they were told.
    await tess.reload();
    const raise = tess.getByRole("form", { name: "Raise an invoice" });
    await raise.getByRole("button", { name: "Raise the invoice" }).click();
    await visible(
      raise.getByRole("alert"),
      "Harrow Machinery has not opened its books, where this invoice is posted as a bill to pay: one of its stewards or treasurers " +
        "opens them on its Treasury page, choosing a currency. Harrow Machinery's members have been told. " +
        "The invoice can be raised once they are open.",
    );

    // Hal is told: in Harrow's activity (for its members only), on the agreement and on Harrow's Treasury page.
    const halApi = apiOf(hal.context(), server.url);
    await expect
      .poll(
        async () =>
          (await halApi("GET", `/activities?organization=${ENTERPRISE}&verb=invoice.books_closed`)).items.map(
            (a: { data: { periodStart: string; counterpart: { name: string } } }) => `${a.data.counterpart.name} ${a.data.periodStart}`,
          ),
        { timeout: 10_000 },
      )
      .toEqual([`Seed Drill Fund ${lastMonth()}`]);
    const outsider = apiOf(await browser.newContext(), server.url);
    expect((await outsider("GET", `/activities?organization=${ENTERPRISE}&verb=invoice.books_closed`)).items).toEqual([]);
    await hal.reload();
    await visible(
      hal.getByRole("note", { name: "Books not open" }),
      /Harrow Machinery has not opened its books, so no invoice can be raised under this agreement/,
    );
    await hal.getByRole("note", { name: "Books not open" }).getByRole("link", { name: "Harrow Machinery's Treasury page" }).click();
    await hal.waitForURL(new RegExp(`/orgs/${ENTERPRISE}/treasury$`));
    await visible(
      hal.getByRole("list", { name: "Waiting for these books" }),
      "The reciprocity agreement on Open Seed Drill with Seed Drill Fund cannot be invoiced until Harrow Machinery opens its books.",
    );

    // Hal opens the books; the clock then raises the invoice.
    await hal.getByRole("button", { name: "Open the books" }).click();
    await expect.poll(() => hal.getByRole("heading", { name: "Balances" }).isVisible(), { timeout: 10_000 }).toBe(true);
    await hal.goto(agreement);
    const invoices = hal.getByRole("table", { name: "Invoices of this agreement, newest period first" });
    await expect
      .poll(
        async () => {
          if (await invoices.count()) return invoices.getByRole("row").count();
          await hal.reload();
          return 0;
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe(2);
    const halInvoice = invoices.getByRole("row").nth(1);
    expect(await halInvoice.locator(".badge").innerText()).toBe("Open");

    // Hal, its sole steward, has no Pay button, and is told why and who pays.
    expect(await halInvoice.getByRole("button").count()).toBe(0);
    await visible(
      hal.getByRole("note", { name: "Who pays" }),
      `You are not Harrow Machinery's treasurer: only its treasurers pay its invoices, from its books. ${NO_TREASURER}`,
    );

    // Tess records the payment received: refused, naming Harrow's bank account, what to record first and who can.
    await tess.reload();
    const tessInvoice = tess.getByRole("table", { name: "Invoices of this agreement, newest period first" }).getByRole("row").nth(1);
    await tessInvoice.getByRole("button", { name: /^Record payment received for / }).click();
    await visible(
      tessInvoice.getByRole("alert"),
      "Harrow Machinery's Bank account (assets:bank) holds 0.00 EUR, less than the 90.00 EUR this takes from it, and it may not go " +
        "below zero. First record the money Harrow Machinery has: one of its treasurers posts it into assets:bank (its opening " +
        `balance, or income received) with “Post a transaction” under its Treasury's Transactions. ${NO_TREASURER}`,
    );
    expect(await tessInvoice.locator(".badge").innerText()).toBe("Open");

    // Pia signs up; Hal invites her as Harrow's treasurer on its Members page, and she accepts.
    const pia = await (await browser.newContext()).newPage();
    await pia.goto(server.url);
    await signUp(pia, "pia", "Pia Payables");
    await hal.goto(`${server.url}/orgs/${ENTERPRISE}/members`);
    await hal.getByLabel("Handle").fill("pia");
    await hal.getByLabel("Role", { exact: true }).selectOption("treasurer");
    await hal.getByRole("button", { name: "Invite" }).click();
    await visible(hal.getByRole("status"), "Invitation sent to @pia.");
    await pia.goto(`${server.url}/orgs/${ENTERPRISE}`);
    await pia.getByRole("button", { name: "Accept invitation" }).click();
    await expect.poll(() => pia.getByRole("button", { name: "Accept invitation" }).count(), { timeout: 10_000 }).toBe(0);

    // Hal's page now names who pays.
    await hal.goto(agreement);
    await visible(
      hal.getByRole("note", { name: "Who pays" }),
      "You are not Harrow Machinery's treasurer: only its treasurers pay its invoices, from its books. Pia Payables can pay this one.",
    );

    // Pia records the money Harrow has, then pays the invoice.
    await pia.goto(`${server.url}/orgs/${ENTERPRISE}/treasury/transactions`);
    await pia.getByRole("button", { name: "Post a transaction" }).click();
    const post = pia.getByRole("form", { name: "Post a transaction" });
    await post.getByLabel("Description").fill("Opening balance");
    await post.getByLabel("Account of posting 1").selectOption("assets:bank");
    await post.getByLabel("Amount of posting 1").fill("1000.00");
    await post.getByLabel("Account of posting 2").selectOption("equity:opening-balances");
    await post.getByLabel("Amount of posting 2").fill("-1000.00");
    await post.getByRole("button", { name: "Post it" }).click();
    await pia.waitForURL(/\/transactions\/[0-9a-f-]{36}$/);
    await pia.goto(agreement);
    const piaInvoice = pia.getByRole("table", { name: "Invoices of this agreement, newest period first" }).getByRole("row").nth(1);
    await piaInvoice.getByRole("button", { name: /^Pay invoice for / }).click();
    await expect.poll(() => piaInvoice.locator(".badge").innerText(), { timeout: 10_000 }).toBe("Paid");

    // Both books show it.
    const bank = async (slug: string) =>
      (await outsider("GET", `/organizations/${slug}/books`)).accounts.find((a: { code: string }) => a.code === "assets:bank").balances[0]
        ?.amount;
    expect(await bank(ENTERPRISE)).toBe("91000");
    expect(await bank(ASSOCIATION)).toBe("9000");
  }, 180_000);
});
