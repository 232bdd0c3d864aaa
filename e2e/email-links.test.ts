import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../src/db/types.ts";
import { unsubscribeToken } from "../src/modules/mail/sender.ts";
import { mailSecret } from "../src/modules/mail/signing.ts";
import { apiOf, PASSWORD, requireChromium, type Stack, setUpInstance, startStack, visible } from "./support.ts";

const run = requireChromium();

/** The header's bell: a link named by the unread count in words. */
const bell = (page: Page) => page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /unread notification/ });
const bellName = (page: Page) => bell(page).getAttribute("aria-label");

type Api = ReturnType<typeof apiOf>;
interface Preference {
  kind: string;
  delivery: string;
}

describe.skipIf(!run)("the pages behind the links in notification emails", () => {
  let stack: Stack;
  let db: Db;
  let ada: BrowserContext;
  let asAda: Api;
  let adaId: string;
  let threadId: string;
  /** Ada's two notifications of Nia's replies, oldest first. */
  let replies: string[];

  /** An unsubscribe link's token, signed as the server signs the one it puts in the email (mail/sender.ts). */
  const tokenFor = async (topic: string) => unsubscribeToken(await mailSecret(db), adaId, topic);
  const adaDelivery = async (kind: string) =>
    ((await asAda("GET", "/me/notification-preferences")) as Preference[]).find((p) => p.kind === kind)?.delivery;

  beforeAll(async () => {
    stack = await startStack({
      world: async (database) => {
        db = database;
      },
    });
    const { browser, server } = stack;
    await setUpInstance(stack);
    // Ada stewards a commons and starts a discussion there; Nia answers it twice, so Ada hears of two replies.
    ada = await browser.newContext();
    asAda = apiOf(ada, server.url);
    const session = await asAda("POST", "/auth/signup", {
      handle: "ada",
      name: "Ada Lovelace",
      email: "ada@example.test",
      password: PASSWORD,
    });
    adaId = session.person.id;
    await asAda("POST", "/organizations", { slug: "open-farm", name: "Open Farm Tools", kind: "community" });
    const commons = await asAda("POST", "/commons", {
      slug: "seed-drill",
      title: "Open Seed Drill",
      licence: "CC-BY-SA-4.0",
      community: "open-farm",
    });
    const thread = await asAda("POST", "/threads", {
      subjectType: "commons",
      subjectId: commons.id,
      title: "Which steel for the frame?",
      body: "Mild steel, or stainless?",
    });
    threadId = thread.id;
    const nia = await browser.newContext();
    const asNia = apiOf(nia, server.url);
    await asNia("POST", "/auth/signup", { handle: "nia", name: "Nia Okafor", email: "nia@example.test", password: PASSWORD });
    await asNia("POST", `/threads/${threadId}/comments`, { body: "Mild steel, painted." });
    await asNia("POST", `/threads/${threadId}/comments`, { body: "Stainless for the hopper." });
    await nia.close();
    // The fan-out worker runs every second (expect.poll cannot run in a hook: this waits the same way).
    for (const deadline = Date.now() + 15_000; ; await new Promise((r) => setTimeout(r, 200))) {
      replies = ((await asAda("GET", "/notifications?kind=reply")).items as { id: string }[]).map((n) => n.id).reverse();
      if (replies.length === 2) break;
      if (Date.now() > deadline) throw new Error(`Ada has ${replies.length} reply notifications, not 2`);
    }
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("a notification's link opens its thread after signing in, marks it read, and Back does not come back to it", async () => {
    const { browser, server } = stack;
    expect((await asAda("GET", "/notifications/unread")).unread).toBe(2);

    // Signed out, the email's link asks Ada to sign in, then opens the discussion.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/notifications/${replies[0]}`);
    await page.waitForURL(/\/signin\?next=/);
    await page.getByLabel("Email").fill("ada@example.test");
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${server.url}/threads/${threadId}`);
    await visible(page.getByRole("heading", { level: 1 }), "Which steel for the frame?");
    // Read: one of the two is left.
    await expect.poll(() => bellName(page), { timeout: 10_000 }).toBe("1 unread notification");
    expect((await asAda("GET", `/notifications/${replies[0]}`)).readAt).not.toBeNull();

    // Signed in, from another page: the link opens the discussion in its own place in the history.
    await page.goto(`${server.url}/commons/seed-drill`);
    await expect.poll(() => bellName(page), { timeout: 10_000 }).toBe("1 unread notification");
    await page.goto(`${server.url}/notifications/${replies[1]}`);
    await page.waitForURL(`${server.url}/threads/${threadId}`);
    await expect.poll(() => bellName(page), { timeout: 10_000 }).toBe("No unread notifications");
    await page.goBack();
    await page.waitForURL(`${server.url}/commons/seed-drill`);
    await context.close();
  });

  it("someone else's notification, or one that does not exist, says so and links to the notifications", async () => {
    const { browser, server } = stack;
    const context = await browser.newContext();
    const asOmar = apiOf(context, server.url);
    await asOmar("POST", "/auth/signup", { handle: "omar", name: "Omar Haddad", email: "omar@example.test", password: PASSWORD });
    const page = await context.newPage();
    for (const id of [replies[0], "999999"]) {
      await page.goto(`${server.url}/notifications/${id}`);
      const alert = page.getByRole("alert");
      await visible(alert, "This notification is not yours or no longer exists.");
      await expect.poll(() => alert.getByRole("link", { name: "All your notifications" }).getAttribute("href")).toBe("/notifications");
      expect(page.url()).toBe(`${server.url}/notifications/${id}`);
    }
    await context.close();
  });

  it("an unsubscribe link says what it stops, changes nothing until the button is pressed, then stops it (signed out, at 375 px)", async () => {
    const { browser, server } = stack;
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    expect(await adaDelivery("reply")).toBe("email");

    await page.goto(`${server.url}/unsubscribe?token=${encodeURIComponent(await tokenFor("reply"))}`);
    await visible(page.locator(".unsubscribe-ask"), "Emails about: Replies");
    // The page has read the link (the preview answered); nothing has changed yet.
    expect(await adaDelivery("reply")).toBe("email");
    const stop = page.getByRole("button", { name: "Stop these emails" });
    // The page fits the phone's width: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await stop.click();
    const done = page.getByRole("status");
    await visible(done, "Done: these emails will no longer come.");
    await visible(done, "Those notifications stay in the app");
    await expect
      .poll(() => done.getByRole("link", { name: "Your notification preferences" }).getAttribute("href"))
      .toBe("/account/notifications");
    expect(await adaDelivery("reply")).toBe("app");
    // Other kinds are left as they were.
    expect(await adaDelivery("mention")).toBe("email");

    // A digest's link names the digest and what it gathers.
    await page.goto(`${server.url}/unsubscribe?token=${encodeURIComponent(await tokenFor("digest:daily"))}`);
    await visible(page.locator(".unsubscribe-ask"), "Your daily digest");
    await visible(page.locator(".unsubscribe-ask"), "It gathers: Decisions opening");
    expect(await adaDelivery("decision_opened")).toBe("daily");
    await context.close();
  });

  it("a tampered unsubscribe link says it is not valid and links to the preferences", async () => {
    const { browser, server } = stack;
    const context = await browser.newContext();
    const page = await context.newPage();
    const token = await tokenFor("mention");
    // Another topic under the signature made for "mention", and the signature changed by one character.
    const tampered = [token.replace(":mention.", ":reply."), `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`];
    for (const bad of tampered) {
      await page.goto(`${server.url}/unsubscribe?token=${encodeURIComponent(bad)}`);
      const alert = page.getByRole("alert");
      await visible(alert, "This unsubscribe link is not valid");
      await expect
        .poll(() => alert.getByRole("link", { name: "Your notification preferences" }).getAttribute("href"))
        .toBe("/account/notifications");
      expect(await page.getByRole("button", { name: "Stop these emails" }).count()).toBe(0);
    }
    expect(await adaDelivery("mention")).toBe("email");
    await context.close();
  });
});
