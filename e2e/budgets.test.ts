import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { advancePhases } from "../src/modules/budgeting/calls.ts";
import { computeResults } from "../src/modules/budgeting/results.ts";
import { nowMs } from "../src/now.ts";
import { advanceClock } from "../src/test/clock.ts";
import { cityWithBudgetLine } from "./budgets-world.ts";
import { apiOf, PASSWORD, requireChromium, type Stack, setUpInstance, startStack, visible } from "./support.ts";

const run = requireChromium();

const CITY = "city-of-riverside";
const CALL = "riverside-decides";
const TITLE = "Riverside Decides";
const PHONE = { width: 375, height: 800 };
const DAY = 86_400;

/** The page is no wider than its window: nothing scrolls sideways but the tables' own regions. */
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

/** A list item (a project's card, a grant) that names all of these. */
const item = (scope: Page | Locator, ...texts: (string | RegExp)[]) => {
  let found = scope.getByRole("listitem");
  for (const text of texts) found = found.filter({ hasText: text });
  return found;
};

type Api = ReturnType<typeof apiOf>;

describe.skipIf(!run)("a city's participatory budget: a call, a project, a review, votes on phones, the results and a grant paid", () => {
  let stack: Stack;
  const people: Record<string, BrowserContext> = {};
  const as: Record<string, Api> = {};
  const api = (handle: string) => as[handle] as Api;
  const contextOf = (handle: string) => people[handle] as BrowserContext;
  const db = () => stack.server.database.db;
  /** Moves the app's and the database's clock on, then lets the calls enter the phase their dates say (as the server's clock does every few seconds). */
  const later = async (days: number) => {
    await advanceClock(db(), days * DAY);
    await advancePhases(db(), computeResults);
  };

  beforeAll(async () => {
    stack = await startStack();
    const { browser, server } = stack;
    await setUpInstance(stack);
    // Cara stewards the City of Riverside; Rey reviews its projects (a maintainer), Tia is its treasurer. Ada proposes a
    // project; Vic, Val and Vio are residents who vote on their phones.
    for (const [handle, name, phone] of [
      ["cara", "Cara City", false],
      ["rey", "Rey Reviewer", false],
      ["tia", "Tia Treasurer", false],
      ["ada", "Ada Author", false],
      ["vic", "Vic Voter", true],
      ["val", "Val Voter", true],
      ["vio", "Vio Voter", true],
    ] as const) {
      const ctx = await browser.newContext(phone ? { viewport: PHONE, isMobile: true, hasTouch: true } : {});
      people[handle] = ctx;
      as[handle] = apiOf(ctx, server.url);
      await api(handle)("POST", "/auth/signup", { handle, name, email: `${handle}@example.test`, password: PASSWORD });
    }
    const budget = await cityWithBudgetLine(api, db(), { slug: CITY, name: "City of Riverside" });
    const cara = api("cara");

    // Cara opens the call (through the API, as the set-up): 10,000.00 EUR, an approval ballot whose projects may cost
    // 8,000.00 EUR at most together, winners by the Method of Equal Shares with greedy beside it.
    const at = (days: number) => new Date(nowMs() + days * DAY * 1000).toISOString();
    await cara("POST", "/calls", {
      organization: CITY,
      slug: CALL,
      title: TITLE,
      description: "Projects for the **riverside**, proposed by its residents.",
      eligibility: "Public land only; open to everyone.",
      budget: 1_000_000,
      budgetLine: budget.lines[0].id,
      submissionOpens: at(-1 / 24),
      reviewOpens: at(1),
      votingOpens: at(2),
      votingCloses: at(3),
      implementationOpens: at(4),
      ballotType: "approval",
      maxCost: 800_000,
      rules: { rule: "mes", completion: "add1u", compareWithGreedy: true },
    });
    // Two residents' projects, reviewed already.
    for (const [handle, title, cost] of [
      ["vic", "Riverside benches", 500_000],
      ["val", "Community garden", 400_000],
    ] as const) {
      const p = await api(handle)("POST", `/calls/${CALL}/projects`, { title, cost });
      await api("rey")("POST", `/calls/${CALL}/projects/${p.number}/review`, { eligible: true, reason: "Feasible on public land." });
    }
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("Ada submits a project, Rey finds it eligible, three residents vote on their phones, the winners are explained, Tia pays the first tranche and a visitor sees it", async () => {
    const { browser, server } = stack;
    const callUrl = `${server.url}/calls/${CALL}`;

    // A visitor on a phone finds the call among the calls, in its submission phase, and reads it without scrolling sideways.
    const visitorContext = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${server.url}/calls`);
    await visitor.getByRole("link", { name: TITLE }).click();
    await visitor.waitForURL(callUrl);
    await expect.poll(() => visitor.locator('[aria-current="step"]').textContent(), { timeout: 10_000 }).toMatch(/Submission.*Now/);
    await expect.poll(() => item(visitor, "Riverside benches").count(), { timeout: 10_000 }).toBe(1);
    expect(await fitsWidth(visitor)).toBe(true);

    // Ada submits her project from the call's page; the breakdown must add up to the cost before it goes.
    const ada = await contextOf("ada").newPage();
    await ada.goto(callUrl);
    await ada.getByRole("link", { name: "Submit a project" }).click();
    await ada.waitForURL(`${callUrl}/submit`);
    await ada.getByLabel("Title").fill("Trail guide");
    await ada.getByLabel("Description").fill("A printed **guide** to the riverside trail, and signs along it.");
    await ada.getByLabel("Cost (EUR)").fill("3000");
    await ada.getByLabel("What line 1 pays for").fill("Printing");
    await ada.getByLabel("Amount of line 1 (EUR)").fill("2000");
    await ada.getByRole("button", { name: "Add a line" }).click();
    await ada.getByLabel("What line 2 pays for").fill("Signs");
    await ada.getByLabel("Amount of line 2 (EUR)").fill("500");
    await visible(ada.getByRole("form", { name: "Submit a project" }), "500.00 less than the cost");
    await ada.getByRole("button", { name: "Submit the project" }).click();
    await visible(ada.getByRole("form", { name: "Submit a project" }), "The breakdown must add up to the cost.");
    await ada.getByLabel("Amount of line 2 (EUR)").fill("1000");
    const submitted = ada.waitForResponse((r) => r.url().endsWith(`/api/calls/${CALL}/projects`) && r.request().method() === "POST");
    await ada.getByRole("button", { name: "Submit the project" }).click();
    expect((await submitted).status()).toBe(201);
    await ada.waitForURL(`${callUrl}/projects/3`);
    await visible(ada.getByRole("status"), "Your project is submitted, as number 3.");
    await expect.poll(() => ada.getByRole("region", { name: "Public review" }).textContent()).toMatch(/Not reviewed yet/);

    // Rey, a reviewer of the city, marks it eligible with a public reason on its page.
    const rey = await contextOf("rey").newPage();
    await rey.goto(`${callUrl}/projects/3`);
    await rey.getByText(/^Review this project/).click();
    await rey.getByRole("radio", { name: "Eligible: it goes on the ballot" }).check();
    await rey.getByLabel("Reason (public)").fill("A guide on public land: eligible.");
    const reviewed = rey.waitForResponse((r) => r.url().endsWith(`/projects/3/review`) && r.request().method() === "POST");
    await rey.getByRole("button", { name: "Save the review" }).click();
    expect((await reviewed).status()).toBe(200);
    await visible(rey.getByRole("status"), "Marked eligible.");
    await expect
      .poll(() => rey.getByRole("region", { name: "Public review" }).textContent(), { timeout: 10_000 })
      .toMatch(/Eligible.*A guide on public land: eligible\./);

    // Two days later voting is open. Vic, on his phone, approves the benches: the garden would go over the 8,000.00 EUR
    // the ballot allows, so it cannot be chosen; he adds the trail guide and casts his ballot.
    await later(2.1);
    const ballotOf = async (handle: string) => {
      const page = await contextOf(handle).newPage();
      await page.goto(`${callUrl}/ballot`);
      await page.getByRole("heading", { name: "Your ballot", exact: true, level: 2 }).waitFor();
      return page;
    };
    const cast = async (page: Page, button = "Cast my ballot") => {
      const done = page.waitForResponse((r) => r.url().endsWith(`/api/calls/${CALL}/ballot`) && r.request().method() === "PUT");
      await page.getByRole("button", { name: button }).click();
      expect((await done).status()).toBe(200);
    };
    const vic = await ballotOf("vic");
    const checkbox = (page: Page, title: string) => page.getByRole("checkbox", { name: new RegExp(title) });
    await checkbox(vic, "Riverside benches").check();
    await expect.poll(() => checkbox(vic, "Community garden").isDisabled()).toBe(true);
    await visible(item(vic, "Community garden"), "Costs more than the €3,000.00 left.");
    await checkbox(vic, "Trail guide").check();
    await visible(vic.locator(".pb-tally"), "Total: €8,000.00.");
    expect(await fitsWidth(vic)).toBe(true);
    await cast(vic);
    await visible(vic.getByRole("status"), "Your ballot is counted (2 projects).");
    await expect
      .poll(() => vic.getByRole("region", { name: "Your ballot as counted" }).textContent(), { timeout: 10_000 })
      .toMatch(/Riverside benches.*Trail guide/);

    // Val approves the garden and the guide; Vio approves the guide, then changes her ballot to add the garden.
    const val = await ballotOf("val");
    await checkbox(val, "Community garden").check();
    await checkbox(val, "Trail guide").check();
    await cast(val);
    await visible(val.getByRole("status"), "Your ballot is counted (2 projects).");
    const vio = await ballotOf("vio");
    await checkbox(vio, "Trail guide").check();
    await cast(vio);
    await visible(vio.getByRole("status"), "Your ballot is counted (1 project).");
    await vio.reload();
    await expect.poll(() => vio.getByRole("heading", { name: "Change your ballot" }).isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await checkbox(vio, "Trail guide").isChecked()).toBe(true);
    await checkbox(vio, "Community garden").check();
    await cast(vio, "Change my ballot");
    await visible(vio.getByRole("status"), "Your ballot is counted (2 projects).");
    await expect
      .poll(() => vio.getByRole("region", { name: "Your ballot as counted" }).textContent(), { timeout: 10_000 })
      .toMatch(/Community garden.*Trail guide/);
    expect(await fitsWidth(vio)).toBe(true);

    // Before the close the results page says when they will be known; a day later voting closes and they are computed.
    await visitor.goto(`${callUrl}/results`);
    await visible(visitor.getByRole("main"), "The results are computed when voting closes");
    await later(1);
    await visitor.reload();
    const official = visitor.getByRole("region", { name: "Official result: Method of Equal Shares" });
    await expect
      .poll(() => official.getByRole("list", { name: "Winners, in the order chosen" }).textContent(), { timeout: 10_000 })
      .toMatch(/Trail guide.*Community garden/);
    // Each project's story: the guide paid for in equal shares by its three voters, the benches out of reach of their one voter.
    await expect
      .poll(() =>
        item(official, /^Funded/, "Trail guide")
          .first()
          .textContent(),
      )
      .toMatch(/Funded by equal shares in round 1[\s\S]*3 voters paid €1,000\.00 each \(€3,000\.00\)/);
    await expect
      .poll(() =>
        item(official, /^Not funded/, "Riverside benches")
          .first()
          .textContent(),
      )
      .toMatch(/its supporters had only .+ left[\s\S]*Where its supporters’ money went:[\s\S]*Trail guide/);
    await expect
      .poll(() => visitor.getByRole("region", { name: "The official outcome beside greedy" }).textContent())
      .toMatch(/Greedy by votes/);
    expect(await fitsWidth(visitor)).toBe(true);

    // The winners became grants; Cara plans the guide's two tranches (through the API), and Tia pays the first on the
    // accountability page.
    await api("cara")("POST", `/calls/${CALL}/grants/3/tranches`, {
      tranches: [
        { milestone: "Guide drafted", amount: 150_000 },
        { milestone: "Guide printed", amount: 150_000 },
      ],
    });
    const tia = await contextOf("tia").newPage();
    await tia.goto(`${callUrl}/accountability`);
    const guide = tia.locator(".pb-grant").filter({ hasText: "Trail guide" });
    const drafted = guide.getByRole("row", { name: /Guide drafted/ });
    await drafted.getByRole("button", { name: "Pay €1,500.00" }).click();
    const paid = tia.waitForResponse((r) => r.url().endsWith(`/grants/3/tranches/1/pay`) && r.request().method() === "POST");
    await drafted.getByRole("button", { name: "Yes, pay €1,500.00" }).click();
    expect((await paid).status()).toBe(200);
    await expect.poll(() => drafted.textContent(), { timeout: 10_000 }).toMatch(/Paid on /);
    expect(
      await guide
        .getByRole("row", { name: /Guide printed/ })
        .getByRole("button", { name: "Pay €1,500.00" })
        .count(),
    ).toBe(1);

    // A visitor, signed out, sees the payment on the accountability page: no button to pay anything.
    const reader = await (await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true })).newPage();
    await reader.goto(`${callUrl}/accountability`);
    const readerGuide = reader.locator(".pb-grant").filter({ hasText: "Trail guide" });
    await expect.poll(() => readerGuide.getByRole("row", { name: /Guide drafted/ }).textContent(), { timeout: 10_000 }).toMatch(/Paid on /);
    await expect.poll(() => readerGuide.locator("dd").filter({ hasText: "€1,500.00" }).count()).toBe(1);
    expect(await reader.getByRole("button", { name: /^Pay / }).count()).toBe(0);
    expect(await fitsWidth(reader)).toBe(true);
    await visitorContext.close();
  }, 120_000);
});
