import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiOf, PASSWORD, requireChromium, type Stack, setUpInstance, signUp, startStack, visible } from "./support.ts";

const run = requireChromium();

/** The header's bell: a link named by the unread count in words. */
const bell = (page: Page) => page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /unread notification/ });
const bellName = (page: Page) => bell(page).getAttribute("aria-label");

describe.skipIf(!run)("a proposal is accepted, and its author hears of it at once", () => {
  let stack: Stack;
  let ada: BrowserContext;

  beforeAll(async () => {
    stack = await startStack();
    const { browser, server } = stack;
    await setUpInstance(stack);
    // Ada stewards an open community and its commons, with one document to start from.
    ada = await browser.newContext();
    const asAda = apiOf(ada, server.url);
    await asAda("POST", "/auth/signup", { handle: "ada", name: "Ada Lovelace", email: "ada@example.test", password: PASSWORD });
    await asAda("POST", "/organizations", { slug: "open-farm", name: "Open Farm Tools", kind: "community" });
    await asAda("POST", "/commons", { slug: "seed-drill", title: "Open Seed Drill", licence: "CC-BY-SA-4.0", community: "open-farm" });
    const first = await asAda("POST", "/commons/seed-drill/contributions", {
      type: "new_document",
      title: "Start the guide",
      path: "guide.md",
      documentTitle: "Assembly guide",
      content: "# Assembly guide\n\nBolt the frame.\nFit the hopper.\n",
    });
    await asAda("POST", `/contributions/${first.id}/accept`, {});
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("the author's bell counts the review live, the notification opens the proposal and is read, and the bell goes back to zero", async () => {
    const { browser, server } = stack;
    const niaContext = await browser.newContext();
    const nia = await niaContext.newPage();
    await nia.goto(server.url);
    await signUp(nia, "nia", "Nia Okafor");
    // Nia joins the community (its policy is open), then proposes an edit through the web app.
    const asNia = apiOf(niaContext, server.url);
    await asNia("GET", "/auth/session");
    await asNia("POST", "/organizations/open-farm/join", {});
    await expect.poll(async () => (await asNia("GET", "/organizations/open-farm")).viewer.status).toBe("active");

    await nia.goto(`${server.url}/commons/seed-drill/documents/guide.md`);
    await visible(nia, "Bolt the frame.");
    await nia.getByRole("link", { name: "Propose an edit" }).click();
    await nia.getByLabel("Text").fill("# Assembly guide\n\nBolt the frame tightly.\nFit the hopper.\n");
    await nia.getByLabel("Proposal title").fill("Tighten the frame bolts");
    await nia.getByRole("button", { name: "Propose this edit" }).click();
    await nia.waitForURL(/\/contributions\/[0-9a-f-]{36}$/);
    const proposal = nia.url();

    // Nia waits on another page, with nothing unread; a mark on the window shows later that it never reloaded.
    await nia.goto(`${server.url}/commons/seed-drill`);
    await expect.poll(() => bellName(nia), { timeout: 10_000 }).toBe("No unread notifications");
    expect(await bell(nia).locator(".bell-badge").count()).toBe(0);
    await nia.evaluate(() => {
      (window as unknown as { stayed: boolean }).stayed = true;
    });

    // The maintainer accepts the proposal in her own browser.
    const maintainer = await ada.newPage();
    await maintainer.goto(proposal);
    const status = maintainer.locator(".contribution-head .badge");
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).toBe("In review");
    await maintainer.getByRole("button", { name: "Accept and merge" }).click();
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).toBe("Accepted");

    // Nia's bell counts it without a reload (the fan-out worker runs every second; the count comes over the event stream).
    await expect.poll(() => bellName(nia), { timeout: 15_000 }).toBe("1 unread notification");
    await expect.poll(() => bell(nia).locator(".bell-badge").innerText(), { timeout: 5_000 }).toBe("1");
    expect(await nia.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

    // The notifications page lists it under Today, unread, as a sentence naming the proposal.
    await bell(nia).click();
    await nia.waitForURL(/\/notifications$/);
    const today = nia.getByRole("region", { name: "Today" });
    await visible(today, "Ada Lovelace accepted “Tighten the frame bolts” into Assembly guide (Open Seed Drill)");
    const item = today.getByRole("listitem").filter({ hasText: "Tighten the frame bolts" });
    await expect.poll(() => item.getByRole("button", { name: /^Mark read/ }).isVisible(), { timeout: 10_000 }).toBe(true);
    await visible(nia.locator(".lede"), "1 unread notification.");

    // Opening it lands on the proposal, marked read: the bell goes back to zero.
    await item.getByRole("link", { name: "“Tighten the frame bolts”" }).click();
    await nia.waitForURL(proposal);
    await visible(nia.getByRole("heading", { level: 1 }), "Tighten the frame bolts");
    await expect.poll(() => bellName(nia), { timeout: 10_000 }).toBe("No unread notifications");
    expect(await bell(nia).locator(".bell-badge").count()).toBe(0);

    // Back on the list, it is read (no "Mark read"), and "Unread" shows nothing left.
    await bell(nia).click();
    await nia.waitForURL(/\/notifications$/);
    await visible(nia.getByRole("region", { name: "Today" }), "Tighten the frame bolts");
    await expect.poll(() => nia.getByRole("button", { name: /^Mark read/ }).count(), { timeout: 10_000 }).toBe(0);
    await nia.getByLabel("Show").selectOption("unread");
    await visible(nia, "You have read everything.");
    await nia.close();
  });

  it("a person follows a commons and chooses how a kind reaches them; both are kept", async () => {
    const { browser, server } = stack;
    const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
    await page.goto(server.url);
    await signUp(page, "omar", "Omar Haddad");

    // Follow the commons: the button says it is pressed, and still does on a fresh load.
    await page.goto(`${server.url}/commons/seed-drill`);
    const follow = page.getByRole("button", { name: "Follow" });
    await expect.poll(() => follow.getAttribute("aria-pressed"), { timeout: 10_000 }).toBe("false");
    await follow.click();
    await expect.poll(() => follow.getAttribute("aria-pressed"), { timeout: 10_000 }).toBe("true");
    await page.reload();
    await expect.poll(() => page.getByRole("button", { name: "Follow" }).getAttribute("aria-pressed"), { timeout: 10_000 }).toBe("true");

    // The preferences: email is not sent here yet, and a choice is saved and shown again after a reload.
    await page.goto(`${server.url}/account`);
    await page.getByRole("link", { name: "Notification preferences" }).click();
    await page.waitForURL(/\/account\/notifications$/);
    await visible(page.getByRole("note"), "This instance does not send email yet.");
    const off = () => page.getByRole("radio", { name: "What you follow: Off" });
    await expect.poll(() => page.getByRole("radio", { name: /^What you follow: In the app/ }).isChecked(), { timeout: 10_000 }).toBe(true);
    await off().check();
    await page.getByRole("button", { name: "Save preferences" }).click();
    await visible(page.getByRole("status"), "Saved");
    await page.reload();
    await expect.poll(() => off().isChecked(), { timeout: 10_000 }).toBe(true);
    await page.close();
  });
});
