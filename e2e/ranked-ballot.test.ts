import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiOf, PASSWORD, requireChromium, type Stack, setUpInstance, startStack, visible } from "./support.ts";

const run = requireChromium();

/** The name of the control that has the keyboard's focus. */
const focused = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent);
/** What the ranking last said to a screen reader. */
const said = (ballot: Locator) => ballot.locator('[aria-live="polite"]').textContent();
const rankedNames = (ballot: Locator) => ballot.locator(".ranked-list .ranked-label").allTextContents();

describe.skipIf(!run)("a ranked-choice ballot, made with buttons and the keyboard", () => {
  let stack: Stack;
  let ada: BrowserContext;
  let call: ReturnType<typeof apiOf>;
  let proposalId: string;

  beforeAll(async () => {
    stack = await startStack();
    await setUpInstance(stack);
    ada = await stack.browser.newContext();
    call = apiOf(ada, stack.server.url);
    await call("POST", "/auth/signup", { handle: "ada", name: "Ada", email: "ada@example.test", password: PASSWORD });
    await call("POST", "/organizations", { slug: "tool-library", name: "Tool library", kind: "association" });
    const proposal = await call("POST", "/organizations/tool-library/proposals", {
      title: "What do we buy next?",
      method: "ranked",
      options: ["Lathe", "Laser cutter", "Kiln"],
      closesAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    proposalId = proposal.id;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("ranks, moves and takes out options, saying each change and keeping the focus on the next step, and counts the order cast", async () => {
    const page = await ada.newPage();
    await page.goto(`${stack.server.url}/proposals/${proposalId}`);
    const ballot = page.getByRole("group", { name: "Your ranking" });
    await visible(ballot, "Nothing ranked yet");

    await ballot.getByRole("button", { name: "Add as 1st: “Lathe”" }).click();
    await expect.poll(() => said(ballot)).toBe("“Lathe” ranked 1st.");
    // The next option down the list is next.
    await expect.poll(() => focused(page)).toBe("Add as 2nd: “Laser cutter”");

    await ballot.getByRole("button", { name: "Add as 2nd: “Kiln”" }).click();
    await expect.poll(() => rankedNames(ballot)).toEqual(["Lathe", "Kiln"]);
    await expect.poll(() => focused(page)).toBe("Add as 3rd: “Laser cutter”");

    // Moved to the top, its "up" is disabled: the focus stays on the item, on "down".
    await ballot.getByRole("button", { name: "Move “Kiln” up" }).click();
    await expect.poll(() => rankedNames(ballot)).toEqual(["Kiln", "Lathe"]);
    await expect.poll(() => said(ballot)).toBe("“Kiln” is now your 1st choice.");
    await expect.poll(() => focused(page)).toBe("Move “Kiln” down");

    // Alt+↓ on a ranked item moves it too.
    await page.keyboard.press("Alt+ArrowDown");
    await expect.poll(() => rankedNames(ballot)).toEqual(["Lathe", "Kiln"]);
    await expect.poll(() => said(ballot)).toBe("“Kiln” is now your 2nd choice.");
    await expect.poll(() => focused(page)).toBe("Move “Kiln” up");

    // Taken out, it goes back to the list, where the focus follows it.
    await ballot.getByRole("button", { name: "Remove “Lathe” from your ranking" }).click();
    await expect.poll(() => rankedNames(ballot)).toEqual(["Kiln"]);
    await expect.poll(() => said(ballot)).toBe("“Lathe” taken out of your ranking.");
    await expect.poll(() => focused(page)).toBe("Add as 2nd: “Lathe”");
    await page.keyboard.press("Enter");
    await expect.poll(() => rankedNames(ballot)).toEqual(["Kiln", "Lathe"]);

    await page.getByRole("button", { name: "Cast my vote" }).click();
    await visible(page, "Your vote is recorded.");
    const read = await call("GET", `/proposals/${proposalId}`);
    expect(read.myVote.options).toEqual([2, 0]);
    await page.close();
  });
});
