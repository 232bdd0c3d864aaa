import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { remoteFollowers } from "../src/modules/federation/schema.ts";
import { apiOf, PASSWORD, requireChromium, type Stack, setUpInstance, startStack, visible } from "./support.ts";

const run = requireChromium();

const BLOCKS_POSTED = (page: Page, path: string) =>
  page.waitForResponse((r) => r.url().endsWith(`/api/federation/${path}`) && r.request().method() === "POST");

describe.skipIf(!run)("the instance admin's federation page: blocking and unblocking an instance", () => {
  let stack: Stack;
  let admin: BrowserContext;
  let ada: BrowserContext;

  beforeAll(async () => {
    stack = await startStack();
    const { browser, server } = stack;
    await setUpInstance(stack);
    admin = await browser.newContext();
    await apiOf(admin, server.url)("POST", "/auth/signin", { email: "admin@example.test", password: PASSWORD });
    ada = await browser.newContext();
    const me = await apiOf(ada, server.url)("POST", "/auth/signup", {
      handle: "ada",
      name: "Ada",
      email: "ada@example.test",
      password: PASSWORD,
    });
    // Someone on friendly.example follows Ada: the instance the page knows of.
    await server.database.db.insert(remoteFollowers).values({
      actorId: me.person.id,
      followerUri: "https://friendly.example/users/bo",
      handle: "@bo@friendly.example",
      inbox: "https://friendly.example/users/bo/inbox",
      followId: "https://friendly.example/follows/1",
      status: "accepted",
    });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("the admin finds the page from the account, blocks spam.example with a reason, sees it listed, and unblocks it", async () => {
    const page = await admin.newPage();
    await page.goto(`${stack.server.url}/account`);
    await page.getByRole("link", { name: "Federation", exact: true }).click();
    await page.waitForURL(`${stack.server.url}/admin/federation`);
    const known = page.getByRole("row", { name: /friendly\.example/ });
    await expect.poll(() => known.textContent(), { timeout: 10_000 }).toMatch(/friendly\.example\s*1\s*0\s*No/);
    await visible(page.getByRole("main"), "No inbox is failing.");

    const form = page.getByRole("form", { name: "Block an instance or an actor" });
    await form.getByLabel("What to block").fill("spam.example");
    await form.getByLabel("Reason").fill("Sends spam");
    const blocked = BLOCKS_POSTED(page, "blocks");
    await form.getByRole("button", { name: "Block" }).click();
    expect((await blocked).status()).toBe(201);
    const row = page.getByRole("row", { name: /spam\.example/ });
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toMatch(/spam\.example.*Whole instance.*Sends spam/);
    await expect.poll(() => form.getByLabel("What to block").inputValue()).toBe("");

    const unblocked = BLOCKS_POSTED(page, "blocks/undo");
    await row.getByRole("button", { name: "Unblock spam.example" }).click();
    expect((await unblocked).status()).toBe(204);
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(0);
    await visible(page.getByRole("main"), "Nothing is blocked.");
    await page.close();
  });

  it("refuses a malformed host at its field", async () => {
    const page = await admin.newPage();
    await page.goto(`${stack.server.url}/admin/federation`);
    const form = page.getByRole("form", { name: "Block an instance or an actor" });
    await form.getByLabel("What to block").fill("not a host!");
    const refused = BLOCKS_POSTED(page, "blocks");
    await form.getByRole("button", { name: "Block" }).click();
    expect((await refused).status()).toBe(422);
    const field = form.getByLabel("What to block");
    await expect.poll(() => field.getAttribute("aria-invalid"), { timeout: 10_000 }).toBe("true");
    await visible(form, "Give a host (other.example) or an actor's address (https://other.example/users/name).");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("target");
    await visible(page.getByRole("main"), "Nothing is blocked.");
    await page.close();
  });

  it("shows someone who is not the admin none of it, and the API refuses them", async () => {
    const page = await ada.newPage();
    const asked: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/api/federation/")) asked.push(r.url());
    });
    await page.goto(`${stack.server.url}/admin/federation`);
    await visible(page.getByRole("main"), "Only the instance admin can see and manage federation.");
    expect(await page.getByRole("table").count()).toBe(0);
    expect(await page.getByText("friendly.example").count()).toBe(0);
    expect(asked).toEqual([]);
    expect((await ada.request.get(`${stack.server.url}/api/federation/status`)).status()).toBe(403);
    await page.close();
  });
});
