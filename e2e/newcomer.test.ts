import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PASSWORD, requireChromium, type Stack, signUp, startStack } from "./support.ts";

const run = requireChromium();

describe.skipIf(!run)("a newcomer founds a community and a second person joins it", () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("runs first-run set-up, sign-up, creation, joining, and shows it all in the activity feed", async () => {
    const { browser, server } = stack;
    const admin = await browser.newPage();
    await admin.goto(server.url);
    // An empty instance sends everyone to the first-run page.
    await admin.waitForURL(/\/setup$/);
    await admin.getByLabel("Instance name").fill("Riverton Commons");
    await admin.getByLabel("Handle").fill("admin");
    await admin.getByLabel("Name", { exact: true }).fill("Instance Admin");
    await admin.getByLabel("Email").fill("admin@example.test");
    await admin.getByLabel("Password").fill(PASSWORD);
    await admin.getByRole("button", { name: /create|set up/i }).click();
    await expect.poll(() => admin.url()).not.toMatch(/\/setup$/);
    await admin.close();

    const ada = await (await browser.newContext()).newPage();
    await ada.goto(server.url);
    await signUp(ada, "ada", "Ada Lovelace");
    await ada.getByRole("link", { name: "New organization" }).first().click();
    await ada.getByLabel("Name", { exact: true }).fill("Open Tractor Lab");
    await ada.getByLabel(/slug/i).fill("open-tractor-lab");
    await ada.getByLabel("Kind").selectOption("community");
    await ada.getByLabel("Description").fill("Open-source farm machines anyone can build.");
    await ada.getByRole("button", { name: "Create organization" }).click();
    await ada.waitForURL(/\/orgs\/open-tractor-lab$/);
    await expect.poll(() => ada.getByRole("heading", { name: "Open Tractor Lab" }).count()).toBeGreaterThan(0);

    // Field errors from the API appear next to the field they concern.
    await ada.goto(`${server.url}/orgs/new`);
    await ada.getByLabel("Name", { exact: true }).fill("Duplicate");
    await ada.getByLabel(/slug/i).fill("open-tractor-lab");
    await ada.getByRole("button", { name: "Create organization" }).click();
    await expect.poll(() => ada.getByText("This address is taken by another organization.").count()).toBeGreaterThan(0);

    const bo = await (await browser.newContext()).newPage();
    await bo.goto(server.url);
    await signUp(bo, "bo", "Bo Yamada");
    await bo.goto(`${server.url}/orgs/open-tractor-lab`);
    await bo.getByRole("button", { name: "Join" }).click();
    await expect.poll(() => bo.getByText("Bo Yamada joined Open Tractor Lab").count(), { timeout: 10_000 }).toBeGreaterThan(0);

    // The founder sees it on the organization page too.
    await ada.goto(`${server.url}/orgs/open-tractor-lab`);
    await expect.poll(() => ada.getByText("Bo Yamada joined Open Tractor Lab").count(), { timeout: 10_000 }).toBeGreaterThan(0);

    // Following someone on another instance starts from a handle; a malformed one is refused at its field.
    await ada.goto(`${server.url}/account#following`);
    const following = ada.locator("#following");
    await expect.poll(() => following.getByText("You follow nobody on other instances yet.").count()).toBe(1);
    await following.getByLabel("Handle").fill("not a handle");
    await following.getByRole("button", { name: "Follow" }).click();
    await expect.poll(() => following.getByText("Write a handle as @name@instance.example.").count(), { timeout: 10_000 }).toBe(1);

    await ada.setViewportSize({ width: 375, height: 800 });
    const overflow = await ada.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    expect(overflow).toBe(false);
  });
});
