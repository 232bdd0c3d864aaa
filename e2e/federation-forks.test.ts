import { and, eq } from "drizzle-orm";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people } from "../src/modules/accounts/schema.ts";
import { commons } from "../src/modules/commons/schema.ts";
import { contributions } from "../src/modules/contributions/schema.ts";
import { storeBlob } from "../src/modules/documents/blobs.ts";
import { documents, revisions } from "../src/modules/documents/schema.ts";
import { remoteFollowers, remoteForks, upstreamOffers } from "../src/modules/federation/schema.ts";
import { organizations } from "../src/modules/organizations/schema.ts";
import { apiOf, PASSWORD, requireChromium, type Stack, setUpInstance, startStack, visible } from "./support.ts";

const run = requireChromium();

/** The next answer of the API at this path (and method), to wait for what a click or a page load asked. */
const answer = (page: Page, path: string, method = "GET") =>
  page.waitForResponse((r) => new URL(r.url()).pathname === `/api${path}` && r.request().method() === method);

/** Another instance, on a loopback address this one refuses to ask (private addresses are refused outside the two-instance test). */
const THERE = "http://127.0.0.1:9";
const ORIGIN = `${THERE}/ap/commons/0b0e2c1a-3f4d-4c5e-8a6b-7c8d9e0f1a2b`;
const elsewhere = (name: string) => ({ uri: `${THERE}/ap/actors/${name}`, handle: `@${name}@127.0.0.1:9` });

/**
 * Forks and changes across instances as the web app shows them, on one instance: what the other
 * instance would have delivered (a pending follow, a change offered, a fork made there, the answer
 * to an offer) is written straight into the database. The two instances talking is the two-instance journey's.
 */
describe.skipIf(!run)("forks and offers across instances in the web app, on one instance", () => {
  let stack: Stack;
  let base: string;
  let ada: BrowserContext;
  let bo: BrowserContext;

  beforeAll(async () => {
    stack = await startStack();
    const { browser, server } = stack;
    const db = server.database.db;
    base = server.url;
    await setUpInstance(stack);
    ada = await browser.newContext();
    const asAda = apiOf(ada, base);
    await asAda("POST", "/auth/signup", { handle: "ada", name: "Ada Lovelace", email: "ada@example.test", password: PASSWORD });
    await asAda("POST", "/organizations", { slug: "open-lab", name: "Open Lab", kind: "community" });
    await asAda("POST", "/commons", { slug: "seed-drill", title: "Open Seed Drill", licence: "CC-BY-SA-4.0", community: "open-lab" });
    // Far Drill stands for a fork of a commons on the other instance, with one document whose first revision came from there.
    await asAda("POST", "/commons", { slug: "far-drill", title: "Far Drill", licence: "CC-BY-SA-4.0", community: "open-lab" });
    const first = await asAda("POST", "/commons/far-drill/contributions", {
      type: "new_document",
      title: "Start the notes",
      path: "notes.md",
      documentTitle: "Field notes",
      content: "# Field notes\n\nSow in rows.\n",
    });
    await asAda("POST", `/contributions/${first.id}/accept`, {});
    bo = await browser.newContext();
    await apiOf(bo, base)("POST", "/auth/signup", { handle: "bo", name: "Bo Yamada", email: "bo@example.test", password: PASSWORD });

    const [seed] = await db.select({ id: commons.id }).from(commons).where(eq(commons.slug, "seed-drill"));
    const [far] = await db.select({ id: commons.id }).from(commons).where(eq(commons.slug, "far-drill"));
    const [lab] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, "open-lab"));
    const [me] = await db.select({ id: people.id }).from(people).where(eq(people.handle, "ada"));
    const [notes] = await db.select({ id: documents.id }).from(documents).where(eq(documents.path, "notes.md"));
    if (!seed || !far || !lab || !me || !notes) throw new Error("the world was not made");
    await db
      .update(commons)
      .set({ forkedFromUri: ORIGIN, forkedAt: new Date("2025-03-04T10:00:00Z") })
      .where(eq(commons.id, far.id));
    const [r1] = await db
      .update(revisions)
      .set({ upstreamUri: `${ORIGIN}/documents/5c6d7e8f-0a1b-4c2d-8e3f-4a5b6c7d8e9f/revisions/1` })
      .where(and(eq(revisions.documentId, notes.id), eq(revisions.number, 1)))
      .returning({ id: revisions.id });
    if (!r1) throw new Error("no first revision");
    // A second revision written on the fork itself: the one there is to offer back.
    const second = await asAda("POST", "/commons/far-drill/contributions", {
      type: "edit",
      title: "Deeper rows",
      document: "notes.md",
      baseRevision: 1,
      content: "# Field notes\n\nSow in deeper rows.\n",
    });
    await asAda("POST", `/contributions/${second.id}/accept`, {});
    await db.insert(upstreamOffers).values([
      {
        offerUri: `${base}/ap/offers/1`,
        personId: me.id,
        revisionId: r1.id,
        originUri: ORIGIN,
        title: "Clarify the rows",
        status: "accepted",
        createdAt: new Date("2025-03-05T10:00:00Z"),
        answeredAt: new Date("2025-03-06T10:00:00Z"),
      },
      { offerUri: `${base}/ap/offers/2`, personId: me.id, revisionId: r1.id, originUri: ORIGIN, title: "Add a parts list" },
    ]);
    // A change offered to Open Seed Drill from the other instance, waiting in its review queue.
    const dana = elsewhere("dana");
    await db.insert(contributions).values({
      commonsId: seed.id,
      type: "new_document",
      kind: "documentation",
      title: "Seed spacing for clay soils",
      performedOn: "2025-03-07",
      path: "spacing.md",
      documentTitle: "Seed spacing",
      format: "markdown",
      proposedHash: await storeBlob(db, "# Seed spacing\n\nWider on clay.\n"),
      linesAdded: 3,
      remoteAuthorUri: dana.uri,
      remoteAuthorHandle: dana.handle,
      remoteAuthorName: "Dana Reyes",
      remoteOfferUri: `${THERE}/ap/offers/9`,
    });
    // Two forks of Open Seed Drill made there; one names an address that is not a web page.
    await db.insert(remoteForks).values([
      {
        commonsId: seed.id,
        forkUri: `${THERE}/ap/commons/1`,
        title: "Hill Drill",
        url: `${THERE}/commons/hill-drill`,
        actorUri: elsewhere("gus").uri,
        actorHandle: elsewhere("gus").handle,
      },
      {
        commonsId: seed.id,
        forkUri: `${THERE}/ap/commons/2`,
        title: "Sneaky Drill",
        url: "javascript:alert(1)",
        actorUri: elsewhere("mal").uri,
        actorHandle: elsewhere("mal").handle,
      },
    ]);
    // Open Lab is followed from the other instance: two follows wait for a steward, one was accepted.
    const follower = (name: string, status: "pending" | "accepted", name2: string) => ({
      actorId: lab.id,
      followerUri: elsewhere(name).uri,
      handle: elsewhere(name).handle,
      name: name2,
      inbox: `${elsewhere(name).uri}/inbox`,
      followId: `${THERE}/follows/${name}`,
      status,
    });
    await db
      .insert(remoteFollowers)
      .values([
        follower("fred", "accepted", "Fred Olsen"),
        follower("cora", "pending", "Cora Lind"),
        follower("eve", "pending", "Eve Park"),
      ]);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("refuses a commons another instance does not give, with the reason at the address field, and forks nothing", async () => {
    const page = await ada.newPage();
    await page.goto(`${base}/commons`);
    await page.getByRole("link", { name: "Fork from another instance" }).click();
    await page.waitForURL(`${base}/federation/fork`);
    const source = page.getByLabel("Address of the commons");
    await expect.poll(() => source.isVisible(), { timeout: 10_000 }).toBe(true);
    await source.fill(`${THERE}/commons/x`);
    await page.getByLabel("Address of the fork (slug)").fill("far-away");
    // Ada stewards Open Lab: it is offered, and chosen.
    expect(await page.getByLabel("Community", { exact: true }).inputValue()).toBe("open-lab");

    const refused = answer(page, "/federation/forks", "POST");
    await page.getByRole("button", { name: "Fork it here" }).click();
    const res = await refused;
    expect(res.status()).toBe(422);
    expect((await res.json()).errors).toEqual([{ path: "body.source", message: "127.0.0.1:9 did not answer. Try again later." }]);
    await expect.poll(() => source.getAttribute("aria-invalid"), { timeout: 10_000 }).toBe("true");
    // The message is the field's description (its first), read as a screen reader reads it.
    const message = () =>
      source.evaluate((el) => document.getElementById(el.getAttribute("aria-describedby")?.split(" ")[0] ?? "")?.textContent ?? null);
    expect(await message()).toBe("127.0.0.1:9 did not answer. Try again later.");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("source");
    expect(page.url()).toBe(`${base}/federation/fork`);

    // Not an address at all: the server's rule, at the same field.
    await source.fill("not an address");
    const malformed = answer(page, "/federation/forks", "POST");
    await page.getByRole("button", { name: "Fork it here" }).click();
    expect((await malformed).status()).toBe(422);
    await expect.poll(message, { timeout: 10_000 }).toBe("Invalid URL");
    expect(await source.getAttribute("aria-invalid")).toBe("true");
    expect((await ada.request.get(`${base}/api/commons/far-away`)).status()).toBe(404);
    await page.close();
  });

  it("shows where a fork of a commons elsewhere comes from, linked to its address there", async () => {
    const page = await ada.newPage();
    await page.goto(`${base}/commons/far-drill`);
    const lineage = page.locator(".facts div", { hasText: "Lineage" });
    await visible(lineage, /^Forked from a commons on 127\.0\.0\.1:9 on .*2025$/);
    expect(await lineage.getByRole("link", { name: "a commons on 127.0.0.1:9" }).getAttribute("href")).toBe(ORIGIN);
    await visible(page.locator(".commons-head"), /^Fork of a commons on 127\.0\.0\.1:9, .*2025$/);

    await page.goto(`${base}/commons`);
    const card = page.locator(".commons-card", { hasText: "Far Drill" });
    await visible(card, "Fork of a commons on 127.0.0.1:9");
    await page.close();
  });

  it("lists the forks made on other instances on the forks page, linking only to web pages", async () => {
    const page = await ada.newPage();
    const loaded = answer(page, "/commons/seed-drill/remote-forks");
    await page.goto(`${base}/commons/seed-drill/forks`);
    expect((await loaded).status()).toBe(200);
    const section = page.getByRole("region", { name: "On other instances" });
    await visible(section, "Hill Drill");
    const hill = section.getByRole("listitem").filter({ hasText: "Hill Drill" });
    expect(await hill.getByRole("link", { name: "Hill Drill" }).getAttribute("href")).toBe(`${THERE}/commons/hill-drill`);
    await visible(hill, /^Forked by @gus@127\.0\.0\.1:9 on /);
    const sneaky = section.getByRole("listitem").filter({ hasText: "Sneaky Drill" });
    await visible(sneaky, "@mal@127.0.0.1:9");
    expect(await sneaky.locator('a[href^="javascript:"]').count()).toBe(0);
    await page.close();
  });

  it("shows a change offered from another instance in the review queue and on its page, by its handle there", async () => {
    const page = await ada.newPage();
    await page.goto(`${base}/commons/seed-drill/contributions`);
    const row = page.locator(".contribution-row", { hasText: "Seed spacing for clay soils" });
    await visible(row, "@dana@127.0.0.1:9");
    await visible(row, "from another instance");
    expect(await row.getByRole("link", { name: "@dana@127.0.0.1:9" }).getAttribute("href")).toBe(
      `/federation/actor?handle=${encodeURIComponent("@dana@127.0.0.1:9")}`,
    );
    await row.getByRole("link", { name: "Seed spacing for clay soils" }).click();
    const head = page.locator(".contribution-head");
    await visible(head, "Dana Reyes");
    await visible(head, "@dana@127.0.0.1:9");
    await visible(head, "from another instance");
    // Not a fork of a commons elsewhere: no offers to show.
    await page.goto(`${base}/commons/seed-drill/contributions`);
    await visible(row, "Seed spacing for clay soils");
    expect(await page.getByRole("heading", { name: "Offered to the origin" }).count()).toBe(0);
    await page.close();
  });

  it("offers a fork's revision to its origin elsewhere instead of proposing it upstream, and lists the offers with their answers", async () => {
    const page = await ada.newPage();
    await page.goto(`${base}/commons/far-drill/contributions`);
    const offers = page.getByRole("region", { name: "Offered to the origin" });
    const accepted = offers.getByRole("listitem").filter({ hasText: "Clarify the rows" });
    await visible(accepted, "Accepted");
    await visible(accepted, /Offered on .*2025, answered on .*2025/);
    expect(await accepted.getByRole("link", { name: "notes.md, revision 1" }).getAttribute("href")).toBe(
      "/commons/far-drill/documents/notes.md?revision=1",
    );
    await visible(offers.getByRole("listitem").filter({ hasText: "Add a parts list" }), "Waiting for an answer");

    await page.goto(`${base}/commons/far-drill/documents/notes.md`);
    const disclosure = page.locator("details", { hasText: "Offer revision 2 to the origin on 127.0.0.1:9" });
    await expect.poll(() => disclosure.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await page.getByText("Propose upstream").count()).toBe(0);
    await disclosure.getByText("Offer revision 2 to the origin on 127.0.0.1:9").click();
    await disclosure.getByLabel("Title").fill("Sow deeper");
    const sent = answer(page, "/federation/offers", "POST");
    await disclosure.getByRole("button", { name: "Offer to the origin" }).click();
    const res = await sent;
    expect(res.status()).toBe(422);
    // The origin's instance is on an address this one will not ask: the refusal names the fork, above the form.
    await visible(disclosure.getByRole("alert"), "127.0.0.1:9 did not answer. Try again later.");
    const rows = await stack.server.database.db.select().from(upstreamOffers);
    expect(rows.map((o) => o.title).sort()).toEqual(["Add a parts list", "Clarify the rows"]);
    await page.close();
  });

  it("lets a steward accept and refuse follows from other instances, pending first, and shows nothing of them to others", async () => {
    const db = stack.server.database.db;
    const page = await ada.newPage();
    await page.goto(`${base}/orgs/open-lab/members`);
    const section = page.getByRole("region", { name: "Followers on other instances" });
    const rows = section.getByRole("listitem");
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(3);
    expect(await rows.nth(2).textContent()).toContain("@fred@127.0.0.1:9");
    const cora = rows.filter({ hasText: "@cora@127.0.0.1:9" });
    await visible(cora, "Cora Lind");
    await visible(cora, /^Asked to follow on /);

    const accepted = answer(page, "/organizations/open-lab/remote-followers/answer", "POST");
    await cora.getByRole("button", { name: "Accept @cora@127.0.0.1:9" }).click();
    expect((await accepted).status()).toBe(200);
    await visible(cora, /^Following since /);
    expect(await cora.getByRole("button", { name: /^Accept/ }).count()).toBe(0);
    const status = async (name: string) =>
      (await db.select({ status: remoteFollowers.status }).from(remoteFollowers).where(eq(remoteFollowers.handle, name)))[0]?.status ??
      "gone";
    expect(await status("@cora@127.0.0.1:9")).toBe("accepted");

    const eve = rows.filter({ hasText: "@eve@127.0.0.1:9" });
    await eve.getByRole("button", { name: "Refuse @eve@127.0.0.1:9" }).click();
    const refused = answer(page, "/organizations/open-lab/remote-followers/answer", "POST");
    await eve.getByRole("group", { name: "Refuse the follow of @eve@127.0.0.1:9?" }).getByRole("button", { name: "Refuse" }).click();
    expect((await refused).status()).toBe(200);
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(2);
    expect(await status("@eve@127.0.0.1:9")).toBe("gone");
    await page.close();

    // Bo is not a steward: the API refuses him the list, and the members page does not show it.
    expect((await bo.request.get(`${base}/api/organizations/open-lab/remote-followers`)).status()).toBe(403);
    const his = await bo.newPage();
    await his.goto(`${base}/orgs/open-lab/members`);
    await visible(his.getByRole("main"), "Ada Lovelace");
    expect(await his.getByRole("heading", { name: "Followers on other instances" }).count()).toBe(0);
    await his.close();
  });
});
