import { and, eq } from "drizzle-orm";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people } from "../src/modules/accounts/schema.ts";
import { comments } from "../src/modules/discussions/schema.ts";
import { documents, revisions } from "../src/modules/documents/schema.ts";
import { remoteTakeUps } from "../src/modules/federation/schema.ts";
import { needRemoteTakers } from "../src/modules/needs/schema.ts";
import { DISCUSSION, ELSEWHERE, followElsewhere, NEED_TITLE, NEED_URI } from "./remote-world.ts";
import { apiOf, PASSWORD, requireChromium, type Stack, setUpInstance, startStack, visible } from "./support.ts";

const run = requireChromium();

/** The next answer of the API at this path (and method), to wait for what a click or a page load asked. */
const answer = (page: Page, path: string, method = "GET") =>
  page.waitForResponse((r) => new URL(r.url()).pathname === `/api${path}` && r.request().method() === method);

/**
 * Federation as a person on this instance sees it, on one instance: what the people and organizations
 * they follow elsewhere published reaches them in the database as if delivered (remote-world.ts).
 * Following, replying and both instances talking are the two-instance journey's.
 */
describe.skipIf(!run)("federation in the web app, on one instance", () => {
  let stack: Stack;
  let base: string;
  let ada: BrowserContext;
  let bo: BrowserContext;
  let threadId: string;
  let needId: string;

  beforeAll(async () => {
    stack = await startStack();
    const { browser, server } = stack;
    base = server.url;
    await setUpInstance(stack);
    ada = await browser.newContext();
    const asAda = apiOf(ada, base);
    await asAda("POST", "/auth/signup", { handle: "ada", name: "Ada Lovelace", email: "ada@example.test", password: PASSWORD });
    await asAda("POST", "/organizations", { slug: "open-lab", name: "Open Lab", kind: "community" });
    const need = await asAda("POST", "/organizations/open-lab/needs", { type: "need", title: "A room for the repair café" });
    const thread = await asAda("POST", "/threads", { subjectType: "need", subjectId: need.id, body: "The library has one on Sundays." });
    threadId = thread.id;
    needId = need.id;
    // Ada takes her need up here; someone on another instance took it up there (as the need's inbox records it).
    await asAda("POST", `/needs/${need.id}/take-up`);
    await server.database.db.insert(needRemoteTakers).values({
      needId: need.id,
      actorUri: "https://b.test/ap/actors/quinn",
      handle: "@quinn@b.test",
      name: "Quinn Ortiz",
      offerUri: "https://b.test/ap/offers/1",
    });
    // A commons whose document's first revision was written on another instance (as a fork of a commons there keeps it).
    await asAda("POST", "/commons", { slug: "seed-drill", title: "Open Seed Drill", licence: "CC-BY-SA-4.0", community: "open-lab" });
    const first = await asAda("POST", "/commons/seed-drill/contributions", {
      type: "new_document",
      title: "Start the guide",
      path: "guide.md",
      documentTitle: "Assembly guide",
      content: "# Assembly guide\n\nBolt the frame.\n",
    });
    await asAda("POST", `/contributions/${first.id}/accept`, {});
    const [guide] = await server.database.db.select({ id: documents.id }).from(documents).where(eq(documents.path, "guide.md"));
    if (!guide) throw new Error("no guide");
    await server.database.db
      .update(revisions)
      .set({ authorId: null, remoteAuthorUri: "https://a.test/ap/actors/maya", remoteAuthorHandle: "@maya@a.test" })
      .where(and(eq(revisions.documentId, guide.id), eq(revisions.number, 1)));
    // A reply to the thread, written on another instance and taken in by the organization's inbox.
    await server.database.db.insert(comments).values({
      threadId,
      remoteUri: "https://b.test/ap/notes/7",
      remoteAuthorUri: "https://b.test/ap/actors/bobby",
      remoteAuthorHandle: "@bobby@b.test",
      remoteAuthorName: "Bobby Tables",
      body: "Our hall is free on Saturdays.",
      html: "<p>Our hall is free on Saturdays.</p>",
    });
    // Ada follows the Seed Library elsewhere, which has published more than a page of posts; Bo follows nobody.
    await followElsewhere(server.database.db, "ada", 21);
    bo = await browser.newContext();
    await apiOf(bo, base)("POST", "/auth/signup", { handle: "bo", name: "Bo Yamada", email: "bo@example.test", password: PASSWORD });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("shows a visitor an organization's handle to follow it from another instance, and copies it", async () => {
    const visitor = await stack.browser.newContext();
    await visitor.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
    const page = await visitor.newPage();
    await page.goto(`${base}/orgs/open-lab`);
    const handle = `@open-lab@${new URL(base).host}`;
    const disclosure = page.locator("details", { hasText: "Follow from another instance" });
    await expect.poll(() => disclosure.isVisible(), { timeout: 10_000 }).toBe(true);
    const shown = disclosure.locator("code", { hasText: handle });
    expect(await shown.isVisible()).toBe(false);
    await disclosure.getByText("Follow from another instance").click();
    await expect.poll(() => shown.isVisible(), { timeout: 10_000 }).toBe(true);
    await visible(disclosure, "“Following elsewhere”");
    await disclosure.getByRole("button", { name: `Copy ${handle}` }).click();
    await visible(disclosure, "Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(handle);
    await visitor.close();
  });

  it("fills Account → Following elsewhere in from ?follow=, ready to confirm", async () => {
    const page = await ada.newPage();
    await page.goto(`${base}/account?follow=${encodeURIComponent("@open-lab@riverton.example")}`);
    const field = page.locator("#following").getByLabel("Handle");
    await expect.poll(() => field.inputValue(), { timeout: 10_000 }).toBe("@open-lab@riverton.example");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("handle");
    // The follow already there links to its card.
    const row = page.locator("#following li", { hasText: ELSEWHERE.handle });
    expect(await row.getByRole("link", { name: ELSEWHERE.name }).getAttribute("href")).toBe(
      `/federation/actor?handle=${encodeURIComponent(ELSEWHERE.handle)}`,
    );
    await page.close();
  });

  it("shows the server's refusal of a malformed handle at the remote actor page's field", async () => {
    const page = await ada.newPage();
    // Opened with a malformed handle: the page's own request is refused, at the field.
    const refused = answer(page, "/federation/actor");
    await page.goto(`${base}/federation/actor?handle=${encodeURIComponent("not a handle")}`);
    expect((await refused).status()).toBe(422);
    const form = page.getByRole("form", { name: "Someone on another instance" });
    const field = form.getByLabel("Handle");
    await expect.poll(() => field.getAttribute("aria-invalid"), { timeout: 10_000 }).toBe("true");
    await visible(form, "Write a handle as @name@instance.example.");

    // Looked up from the field: the refusal lands there too, and the focus with it.
    await page.goto(`${base}/federation/actor`);
    await expect.poll(() => form.getByLabel("Handle").inputValue(), { timeout: 10_000 }).toBe("");
    expect(await form.getByText("Write a handle").count()).toBe(0);
    await field.fill("still@not@one");
    const lookedUp = answer(page, "/federation/actor");
    await form.getByRole("button", { name: "Look up" }).click();
    expect((await lookedUp).status()).toBe(422);
    await expect.poll(() => field.getAttribute("aria-invalid"), { timeout: 10_000 }).toBe("true");
    await visible(form, "Write a handle as @name@instance.example.");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("handle");
    expect(page.url()).toBe(`${base}/federation/actor`);
    await page.close();
  });

  it("lists what reached Ada from elsewhere on her home page, a page at a time", async () => {
    const page = await ada.newPage();
    await page.goto(base);
    const feed = page.getByRole("region", { name: "From other instances" });
    const posts = feed.locator(".remote-post");
    await expect.poll(() => posts.count(), { timeout: 10_000 }).toBe(20);
    const need = posts.filter({ hasText: NEED_TITLE });
    await visible(need, "Need");
    await visible(need, "@cora@127.0.0.1:9");
    expect(await need.getByRole("link", { name: /View the original/ }).getAttribute("rel")).toContain("noopener");
    const discussion = posts.filter({ hasText: DISCUSSION.title });
    expect(await discussion.getByRole("link", { name: /Open discussion/ }).getAttribute("href")).toBe(
      `/federation/discussion?uri=${encodeURIComponent(DISCUSSION.uri)}`,
    );
    // The reply is in its discussion, not in the feed.
    expect(await feed.getByText(DISCUSSION.reply).count()).toBe(0);

    const more = answer(page, "/federation/feed");
    await feed.getByRole("button", { name: "Load more" }).click();
    expect(new URL((await more).url()).searchParams.get("cursor")).toBeTruthy();
    await expect.poll(() => posts.count(), { timeout: 10_000 }).toBe(23);
    await visible(feed, "News line 21.");
    await page.close();
  });

  it("offers to take up a need from elsewhere, and shows the server's refusal beside the button", async () => {
    const page = await ada.newPage();
    await page.goto(base);
    const feed = page.getByRole("region", { name: "From other instances" });
    const need = feed.locator(".remote-post").filter({ hasText: NEED_TITLE });
    const takeUp = need.getByRole("button", { name: /^Take it up\b.*A welder for the seed drill frame/ });
    await expect.poll(() => takeUp.isVisible(), { timeout: 10_000 }).toBe(true);
    // Only a need is taken up: a discussion has no such button.
    expect(await feed.locator(".remote-post").filter({ hasText: DISCUSSION.title }).getByRole("button").count()).toBe(0);

    // The need's organization is on an address this instance will not ask: the refusal is shown beside the button, which stays.
    const refused = answer(page, "/federation/take-ups", "POST");
    await takeUp.click();
    const response = await refused;
    expect(response.status()).toBe(422);
    const unreachable = "The instance of 127.0.0.1:9 did not answer. Try again later.";
    expect((await response.json()).errors).toEqual([{ path: "body.proposal", message: unreachable }]);
    await visible(need.getByRole("alert"), unreachable);
    expect(await takeUp.isEnabled()).toBe(true);
    expect(await need.getByText("Sent").count()).toBe(0);
    await page.close();
  });

  it("says where a take-up stands in place of the button once it was sent, and brings the button back after a no", async () => {
    const db = stack.server.database.db;
    const [me] = await db.select({ id: people.id }).from(people).where(eq(people.handle, "ada"));
    const [takeUp] = await db
      .insert(remoteTakeUps)
      .values({
        personId: me!.id,
        proposalUri: NEED_URI,
        groupUri: ELSEWHERE.uri,
        offerUri: "http://here.test/ap/offers/1",
        title: NEED_TITLE,
      })
      .returning();
    try {
      const page = await ada.newPage();
      await page.goto(base);
      const need = page.getByRole("region", { name: "From other instances" }).locator(".remote-post").filter({ hasText: NEED_TITLE });
      await visible(need.getByRole("status"), "Offered — waiting for 127.0.0.1:9 to answer.");
      expect(await need.getByRole("button", { name: /^Take it up/ }).count()).toBe(0);

      await db.update(remoteTakeUps).set({ status: "accepted", answeredAt: new Date() }).where(eq(remoteTakeUps.id, takeUp!.id));
      await page.reload();
      await visible(need.getByRole("status"), "You are taking it up: 127.0.0.1:9 recorded you.");
      expect(await need.getByRole("button", { name: /^Take it up/ }).count()).toBe(0);

      await db.update(remoteTakeUps).set({ status: "rejected" }).where(eq(remoteTakeUps.id, takeUp!.id));
      await page.reload();
      await visible(need.getByRole("status"), "127.0.0.1:9 said no: the need is done.");
      expect(await need.getByRole("button", { name: /^Take it up/ }).isEnabled()).toBe(true);
      await page.close();
    } finally {
      await db.delete(remoteTakeUps).where(eq(remoteTakeUps.id, takeUp!.id));
    }
  });

  it("lists a need's takers from another instance after those here, marked with their handle", async () => {
    const page = await ada.newPage();
    await page.goto(`${base}/needs/${needId}`);
    const takers = page.getByRole("region", { name: "Who is on it" }).locator(".takers > li");
    await expect.poll(() => takers.count(), { timeout: 10_000 }).toBe(2);
    await visible(takers.nth(0), "Ada Lovelace");
    const remote = takers.nth(1);
    await visible(remote, "Quinn Ortiz");
    await visible(remote, "@quinn@b.test");
    await visible(remote, "from another instance");
    expect(await remote.getByRole("link", { name: "@quinn@b.test" }).getAttribute("href")).toBe(
      `/federation/actor?handle=${encodeURIComponent("@quinn@b.test")}`,
    );
    await page.close();
  });

  it("names a revision written on another instance by its author's handle there in the document's history", async () => {
    const page = await ada.newPage();
    const loaded = answer(page, "/commons/seed-drill/documents/guide.md/revisions");
    await page.goto(`${base}/commons/seed-drill/documents/guide.md/history`);
    expect((await loaded).status()).toBe(200);
    const first = page.locator(".revision-row", { hasText: "#1" });
    await visible(first, "@maya@a.test");
    await visible(first, "from another instance");
    expect(await first.getByText("Former member").count()).toBe(0);
    await page.close();
  });

  it("shows nothing of it to someone who follows nobody elsewhere", async () => {
    const page = await bo.newPage();
    const fed = answer(page, "/federation/feed");
    const follows = answer(page, "/federation/follows");
    await page.goto(base);
    expect((await fed).status()).toBe(200);
    expect((await follows).status()).toBe(200);
    await visible(page.getByRole("main"), "The idea");
    expect(await page.getByRole("heading", { name: "From other instances" }).count()).toBe(0);
    await page.close();
  });

  it("opens a discussion from elsewhere with its reply, and shows the server's refusals of a reply", async () => {
    const page = await ada.newPage();
    await page.goto(base);
    const opened = answer(page, "/federation/discussion");
    await page.getByRole("link", { name: /Open discussion.*Opening hours for the spring swap/ }).click();
    expect((await opened).status()).toBe(200);
    await visible(page.getByRole("heading", { level: 1 }), DISCUSSION.title);
    await visible(page.getByRole("main"), "We could open on Saturdays from ten.");
    const replies = page.getByRole("region", { name: "1 reply" });
    const reply = replies.getByRole("listitem").filter({ hasText: DISCUSSION.reply });
    await visible(reply, DISCUSSION.replier);
    await visible(reply, "Bobby Tables");

    const form = page.locator("form.comment-form");
    const empty = answer(page, "/federation/replies", "POST");
    await form.getByRole("button", { name: "Reply" }).click();
    expect((await empty).status()).toBe(422);
    const text = form.getByLabel("Your reply");
    await expect.poll(() => text.getAttribute("aria-invalid"), { timeout: 10_000 }).toBe("true");

    // The organization it came through is on an address this instance will not ask: the refusal names the discussion, above the form.
    await text.fill("Count me in.");
    const unreachable = answer(page, "/federation/replies", "POST");
    await form.getByRole("button", { name: "Reply" }).click();
    expect((await unreachable).status()).toBe(422);
    await visible(form.getByRole("alert"), "The instance of 127.0.0.1:9 did not answer. Try again later.");
    expect(await replies.getByRole("listitem").count()).toBe(1);
    await page.close();
  });

  it("marks a thread's reply from another instance with its handle, and lets a moderator hide it", async () => {
    const page = await ada.newPage();
    await page.goto(`${base}/threads/${threadId}`);
    const remote = page.locator(".comment", { hasText: "Our hall is free on Saturdays." });
    await visible(remote, "@bobby@b.test");
    await visible(remote, "from another instance");
    expect(await remote.locator('a[href^="/people/"]').count()).toBe(0);

    const id = (await remote.getAttribute("id"))?.replace("comment-", "");
    await remote.getByRole("button", { name: "Hide", exact: true }).click();
    await remote.getByLabel("Why hide this comment?").fill("Off topic");
    const hidden = answer(page, `/comments/${id}/hide`, "POST");
    await remote.getByRole("button", { name: "Hide comment" }).click();
    expect((await hidden).status()).toBe(200);
    const gone = page.locator(`#comment-${id}.comment--hidden`);
    await visible(gone, "Off topic");
    await visible(gone, "@bobby@b.test");
    await page.close();
  });
});
