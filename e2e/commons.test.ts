import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiOf, PASSWORD, requireChromium, type Stack, setUpInstance, signUp, startStack, visible } from "./support.ts";

const run = requireChromium();

describe.skipIf(!run)("a newcomer contributes to a commons without joining anything", () => {
  let stack: Stack;
  let ada: BrowserContext;

  beforeAll(async () => {
    stack = await startStack();
    const { browser, server } = stack;
    await setUpInstance(stack);
    // Ada stewards a community and its commons, with one document to start from.
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

  it("proposes an edit, a maintainer accepts it, and the new revision and its diff show; then forks, and a need is taken up and closed", async () => {
    const { browser, server } = stack;
    const nia = await (await browser.newContext()).newPage();
    await nia.goto(server.url);
    await signUp(nia, "nia", "Nia Okafor");

    // Propose an edit, without joining the community.
    await nia.goto(`${server.url}/commons/seed-drill/documents/guide.md`);
    await visible(nia, "Bolt the frame.");
    await nia.getByRole("link", { name: "Propose an edit" }).click();
    await nia.getByLabel("Text").fill("# Assembly guide\n\nBolt the frame tightly.\nFit the hopper.\n");
    await nia.getByLabel("Proposal title").fill("Tighten the frame bolts");
    await nia.getByRole("button", { name: "Propose this edit" }).click();
    await nia.waitForURL(/\/contributions\/[0-9a-f-]{36}$/);
    const proposal = nia.url();
    // The contribution's status, in its header (not any "pending" or "review" elsewhere on the page).
    const status = (page: typeof nia) => page.locator(".contribution-head .badge");
    await expect.poll(() => status(nia).innerText(), { timeout: 10_000 }).toBe("In review");

    // The maintainer accepts it.
    const maintainer = await ada.newPage();
    await maintainer.goto(proposal);
    await expect.poll(() => status(maintainer).innerText(), { timeout: 10_000 }).toBe("In review");
    await maintainer.getByRole("button", { name: "Accept and merge" }).click();
    await expect.poll(() => status(maintainer).innerText(), { timeout: 10_000 }).toBe("Accepted");
    // Reviewed, the proposal is no longer offered for review.
    expect(await maintainer.getByRole("button", { name: "Accept and merge" }).count()).toBe(0);

    // The new revision, its history and its diff.
    await nia.goto(`${server.url}/commons/seed-drill/documents/guide.md`);
    await visible(nia, "Bolt the frame tightly.");
    await nia.goto(`${server.url}/commons/seed-drill/documents/guide.md/history`);
    await visible(nia, "Tighten the frame bolts");
    await nia.goto(`${server.url}/commons/seed-drill/documents/guide.md/diff?from=1&to=2`);
    await expect.poll(() => nia.locator(".diff").getByText("tightly").first().isVisible(), { timeout: 10_000 }).toBe(true);

    // Fork the commons into a community founded on the spot.
    await nia.goto(`${server.url}/commons/seed-drill/forks`);
    await nia.getByLabel("Address of the fork (slug)").fill("seed-drill-nia");
    await nia.getByLabel("Community name").fill("Nia's Workshop");
    await nia.getByRole("button", { name: "Fork this commons" }).click();
    await nia.waitForURL(/\/commons\/seed-drill-nia/);
    await visible(nia, "Forked from");
    await nia.goto(`${server.url}/commons/seed-drill-nia/documents/guide.md`);
    await visible(nia, "Bolt the frame tightly.");

    // A need is posted, taken up by someone, and closed as done.
    await maintainer.goto(`${server.url}/commons/seed-drill/needs`);
    await maintainer.getByRole("button", { name: "Post a need or offer" }).click();
    await maintainer.getByLabel("Title").fill("Field-test the hopper");
    await maintainer.getByRole("button", { name: "Post", exact: true }).click();
    // Posting opens the need's own page.
    await maintainer.waitForURL(/\/needs\/[0-9a-f-]{36}$/);
    const need = maintainer.url();
    await nia.goto(need);
    await nia.getByRole("button", { name: "I'm taking this up" }).click();
    await expect.poll(() => nia.getByRole("button", { name: "Step back" }).isVisible(), { timeout: 10_000 }).toBe(true);
    await maintainer.reload();
    await visible(maintainer.getByRole("region", { name: "Who is on it" }), "Nia Okafor");
    await maintainer.getByRole("button", { name: "Mark as done" }).click();
    // The need says it is done, and by whom ("Mark as done" itself matched /done/ before the click).
    await visible(maintainer.locator(".need-done"), "marked by Ada Lovelace");
    await expect.poll(() => maintainer.getByRole("button", { name: "Reopen" }).isVisible()).toBe(true);

    // Organizations have a needs board too.
    await maintainer.goto(`${server.url}/orgs/open-farm`);
    await maintainer.getByRole("link", { name: "Needs" }).first().click();
    await maintainer.waitForURL(/\/orgs\/open-farm\/needs$/);
    await maintainer.getByRole("button", { name: "Post a need or offer" }).click();
    await maintainer.getByLabel("Title").fill("Host the spring build day");
    await maintainer.getByRole("button", { name: "Post", exact: true }).click();
    await maintainer.waitForURL(/\/needs\/[0-9a-f-]{36}$/);
    await maintainer.goto(`${server.url}/orgs/open-farm/needs`);
    await visible(maintainer, "Host the spring build day");
  });
});
