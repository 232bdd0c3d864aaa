import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoEmail } from "../src/demo/accounts.ts";
import { DEMO_CALL } from "../src/demo/budgets.ts";
import { loadDemoWorld } from "../src/demo/world.ts";
import { DISCUSSION, followElsewhere } from "./remote-world.ts";
import { apiOf, requireChromium, type Stack, startStack, visible } from "./support.ts";

const run = requireChromium();

/** axe-core's source, evaluated in the page: the CSP refuses inline script tags, not the test's own evaluation. */
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

type Violation = { id: string; impact: string | null; nodes: string[] };

/** The page's violations of these axe rules, each with the elements that break it. */
async function axeViolations(page: Page, rules: string[]): Promise<Violation[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (values) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "rule", values } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: (v.nodes as unknown as { target: string[] }[]).map((n) => n.target.join(" ")),
    }));
  }, rules);
}

const NARROW = { width: 375, height: 812 };
const WIDE = { width: 1280, height: 800 };

describe.skipIf(!run)("a newcomer's first look at the demo world, on a phone and on a laptop", () => {
  let stack: Stack;
  let base: string;
  let anonymous: BrowserContext;
  let distributionId: string;
  const signedIn: Record<string, BrowserContext> = {};

  const signIn = async (handle: string, viewport = WIDE) => {
    const ctx = await stack.browser.newContext({ viewport });
    const api = apiOf(ctx, base);
    await api("POST", "/auth/signin", { email: demoEmail(handle), password: DEMO_PASSWORD });
    signedIn[handle] = ctx;
    return api;
  };

  beforeAll(async () => {
    stack = await startStack({ world: loadDemoWorld });
    base = stack.server.url;
    anonymous = await stack.browser.newContext({ viewport: NARROW });
    const distributions = await apiOf(anonymous, base)("GET", "/commons/open-seed-drill/distributions");
    distributionId = distributions.items[0].id;
    await signIn("ada");
    await signIn("victor");
    // Ada follows an organization elsewhere whose posts reached this instance; she reads them on a phone.
    await followElsewhere(stack.server.database.db, "ada");
    const adaOnAPhone = await stack.browser.newContext({ viewport: NARROW });
    await apiOf(adaOnAPhone, base)("POST", "/auth/signin", { email: demoEmail("ada"), password: DEMO_PASSWORD });
    signedIn["ada on a phone"] = adaOnAPhone;
    // The admin, on a phone, with a block on the federation page so that its table is there to check.
    await (await signIn(DEMO_ACCOUNTS.admin.handle, NARROW))("POST", "/federation/blocks", { target: "spam.example", reason: "Spam" });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  /** Each page at 375 px, once what scrolls or carries the headings has loaded. */
  const NARROW_PAGES: { name: string; path: () => string; ready: string; as?: string }[] = [
    { name: "a treasury", path: () => "/orgs/open-farm-tools-foundation/treasury", ready: "table" },
    { name: "a distribution", path: () => `/distributions/${distributionId}`, ready: "table" },
    { name: "a commons' contributors", path: () => "/commons/open-seed-drill/contributors", ready: "table" },
    {
      name: "a document with a Markdown table",
      path: () => "/commons/open-seed-drill/documents/bill-of-materials.md",
      ready: ".markdown table",
    },
    { name: "the organizations", path: () => "/orgs", ready: ".org-card" },
    { name: "the commons", path: () => "/commons", ready: ".commons-card" },
    { name: "the needs board", path: () => "/needs", ready: ".need-card" },
    { name: "a call for citizen projects", path: () => `/calls/${DEMO_CALL.slug}`, ready: ".pb-project-card" },
    { name: "a citizen project", path: () => `/calls/${DEMO_CALL.slug}/projects/1`, ready: ".pb-public-review" },
    { name: "a call's results", path: () => `/calls/${DEMO_CALL.slug}/results`, ready: ".pb-outcome" },
    { name: "a call's grants", path: () => `/calls/${DEMO_CALL.slug}/accountability`, ready: ".pb-grant table" },
    { name: "the admin's federation page", path: () => "/admin/federation", ready: "table", as: DEMO_ACCOUNTS.admin.handle },
    // A remote actor's page asks the actor's instance, which a single instance cannot stand in for: the two-instance journey's.
    { name: "the home page's posts from other instances", path: () => "/", ready: ".remote-post", as: "ada on a phone" },
    {
      name: "forking a commons from another instance",
      path: () => "/federation/fork",
      ready: 'input[name="source"]',
      as: "ada on a phone",
    },
    {
      name: "a discussion from another instance",
      path: () => `/federation/discussion?uri=${encodeURIComponent(DISCUSSION.uri)}`,
      ready: ".remote-discussion .comment",
      as: "ada on a phone",
    },
  ];

  for (const { name, path, ready, as } of NARROW_PAGES) {
    it(`lets a keyboard reach every scrolling table and keeps heading levels in order at 375 px: ${name}`, async () => {
      const page = await (as ? (signedIn[as] as BrowserContext) : anonymous).newPage();
      await page.goto(`${base}${path()}`);
      await expect.poll(() => page.locator(ready).first().isVisible(), { timeout: 10_000, message: `${ready} on ${path()}` }).toBe(true);
      expect(await axeViolations(page, ["scrollable-region-focusable", "heading-order"])).toEqual([]);
      await page.close();
    });
  }

  it("names every scrolling table, so a screen reader says what the focused region holds", async () => {
    const page = await anonymous.newPage();
    await page.goto(`${base}/commons/open-seed-drill/contributors`);
    const region = page.getByRole("region", { name: "Contributors, most accepted contributions first" });
    await expect.poll(() => region.isVisible(), { timeout: 10_000 }).toBe(true);
    await region.focus();
    expect(await region.evaluate((el) => el === document.activeElement && el.scrollWidth >= el.clientWidth)).toBe(true);
    await page.close();
  });

  it("shows the frame and the signed-in person on the first screen of a full load, before any API answer", async () => {
    const page = await (signedIn.ada as BrowserContext).newPage();
    // No API request is answered: what shows comes with the page itself.
    await page.route("**/api/**", (route) => route.abort());
    await page.goto(`${base}/commons`, { waitUntil: "load" });
    await visible(page.getByRole("banner"), "Ada Mensah");
    await visible(page.getByRole("main"), "Commons");
    expect(await page.getByText("Loading…", { exact: true }).count()).toBe(0);
    await page.unroute("**/api/**");
    // The email is not in the page; the account page shows it once the API's session brings it.
    await page.goto(`${base}/account`);
    await visible(page.getByRole("main"), demoEmail("ada"));
    await page.close();
  });

  it("keeps each purpose on one or two lines when declaring a use at 1280 px", async () => {
    const page = await (signedIn.victor as BrowserContext).newPage();
    await page.goto(`${base}/commons/open-seed-drill-furrow/uses`);
    const form = page.getByRole("form", { name: "Declare a use" });
    await expect.poll(() => form.isVisible(), { timeout: 10_000 }).toBe(true);
    const labels = form.getByRole("group", { name: "Purpose" }).locator("label");
    expect(await labels.count()).toBeGreaterThan(1);
    for (const label of await labels.all()) {
      const lineHeight = await label.evaluate((el) => Number.parseFloat(getComputedStyle(el).lineHeight));
      const box = await label.boundingBox();
      expect(box?.height, await label.innerText()).toBeLessThanOrEqual(2 * lineHeight + 1);
    }
    await page.close();
  });

  it("offers editing an existing document from Contribute, beside a new document and logged work", async () => {
    const page = await (signedIn.ada as BrowserContext).newPage();
    await page.goto(`${base}/commons/open-seed-drill`);
    await page.getByRole("link", { name: "Contribute" }).click();
    const choices = page.getByRole("group", { name: "What are you contributing?" });
    await expect.poll(() => choices.getByRole("radio").count(), { timeout: 10_000 }).toBe(3);
    for (const name of [/A new document/, /Work done/]) expect(await choices.getByRole("radio", { name }).count()).toBe(1);
    await choices.getByRole("radio", { name: /An edit of a document/ }).check();
    const edit = page.getByRole("link", { name: /^Edit / }).first();
    await expect.poll(() => edit.isVisible(), { timeout: 10_000 }).toBe(true);
    await edit.click();
    await page.waitForURL(/\/commons\/open-seed-drill\/documents\/[^/]+\/edit$/);
    await expect.poll(() => page.getByRole("button", { name: "Propose this edit" }).isVisible(), { timeout: 10_000 }).toBe(true);
    await page.close();
  });

  it("shows the not-found page for a malformed id in any page's address", async () => {
    const page = await anonymous.newPage();
    for (const path of ["/agreements/xyz", "/needs/xyz", "/threads/xyz", "/transactions/xyz", "/distributions/xyz"]) {
      await page.goto(`${base}${path}`);
      await visible(page.getByRole("main"), /does not exist/);
      expect(await page.getByText(/path\.id|Not a valid id/).count(), path).toBe(0);
    }
    await page.close();
  });
});
