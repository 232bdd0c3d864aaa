import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiOf, PASSWORD, requireChromium, type Stack, setUpInstance, startStack, visible } from "./support.ts";

const run = requireChromium();

const ORG = "riverside-tools";
const LIB = "riverside-library";
const TYPE = "cargo-bike";
const ZONE = "Europe/Paris";
const HOURS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, [["08:00", "20:00"]]]);

/** A day of the library's calendar, `offset` days from today there. */
function libraryDay(offset = 0): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(new Date());
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

/** The page is no wider than its window: nothing scrolls sideways but the tables' own regions. */
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

/** A list item (a booking, a desk row) that names all of these. */
const item = (scope: Page | Locator, ...texts: (string | RegExp)[]) => {
  let found = scope.getByRole("listitem");
  for (const text of texts) found = found.filter({ hasText: text });
  return found;
};

describe.skipIf(!run)("a library of things: booking, the waitlist, the desk, and an offer taken", () => {
  let stack: Stack;
  const people: Record<string, BrowserContext> = {};
  const as: Record<string, ReturnType<typeof apiOf>> = {};
  const contextOf = (handle: string) => people[handle] as BrowserContext;

  beforeAll(async () => {
    stack = await startStack();
    const { browser, server } = stack;
    await setUpInstance(stack);
    // Sam stewards a community (anyone may join) whose library lends two cargo bikes; Mo, Lin and Kai are members.
    for (const [handle, name] of [
      ["sam", "Sam Steward"],
      ["mo", "Mo Member"],
      ["lin", "Lin Member"],
      ["kai", "Kai Member"],
    ] as const) {
      const ctx = await browser.newContext();
      people[handle] = ctx;
      as[handle] = apiOf(ctx, server.url);
      await as[handle]("POST", "/auth/signup", { handle, name, email: `${handle}@example.test`, password: PASSWORD });
    }
    const steward = as.sam as ReturnType<typeof apiOf>;
    await steward("POST", "/organizations", { slug: ORG, name: "Riverside Tools", kind: "community" });
    for (const handle of ["mo", "lin", "kai"]) await (as[handle] as ReturnType<typeof apiOf>)("POST", `/organizations/${ORG}/join`, {});
    await steward("POST", "/libraries", {
      organization: ORG,
      slug: LIB,
      name: "Riverside Library of Things",
      description: "Tools and bikes for the neighbourhood.",
      timeZone: ZONE,
      address: "12 Quai des Ateliers",
      openingHours: Object.fromEntries(HOURS),
    });
    await steward("POST", `/libraries/${LIB}/resources`, {
      slug: TYPE,
      name: "Cargo bike",
      kind: "vehicle",
      category: "cargo-bikes",
      description: "A long-tail cargo bike with an electric assist.",
      careNotes: "Charge the battery after each ride.",
    });
    await steward("POST", `/libraries/${LIB}/resources/${TYPE}/units`, { code: "BIKE-1" });
    await steward("POST", `/libraries/${LIB}/resources/${TYPE}/units`, { code: "BIKE-2" });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("Mo books a bike, Lin is offered the next free days and joins the waitlist, the desk lends and takes back Mo's bike as out of service, and Lin takes the bike Kai gave up", async () => {
    const { browser, server } = stack;
    const today = libraryDay(0);
    const tomorrow = libraryDay(1);

    // A visitor finds the bike in the library's catalogue, free for today, at 375 px wide.
    const visitorContext = await browser.newContext({ viewport: { width: 375, height: 812 } });
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${server.url}/libraries/${LIB}`);
    await visitor.getByRole("heading", { name: "Riverside Library of Things", level: 1 }).waitFor();
    await visitor.getByLabel("Free from").fill(today);
    await visitor.getByRole("button", { name: "Show", exact: true }).click();
    const card = item(visitor, "Cargo bike");
    await expect.poll(() => card.textContent(), { timeout: 10_000 }).toMatch(/2 free of 2 units for these dates/);
    expect(await fitsWidth(visitor)).toBe(true);
    await card.getByRole("link", { name: "Cargo bike" }).click();
    await visitor.waitForURL(new RegExp(`/libraries/${LIB}/resources/${TYPE}\\?from=${today}`));
    await visitor.getByRole("region", { name: /^Calendar, week of/ }).waitFor();
    expect(await fitsWidth(visitor)).toBe(true);
    await visitorContext.close();

    // Mo books a bike for today on its page, through the calendar's day button and the form.
    const mo = await contextOf("mo").newPage();
    await mo.goto(`${server.url}/libraries/${LIB}/resources/${TYPE}`);
    const week = mo.getByRole("region", { name: /^Calendar, week of/ });
    // The first day the week offers to choose is today (days gone by are not buttons).
    await week
      .getByRole("button", { name: /\(choose .* for the booking\)$/ })
      .first()
      .click();
    await expect.poll(() => mo.getByLabel("First day").inputValue()).toBe(today);
    await expect.poll(() => mo.getByLabel("Last day").inputValue()).toBe(today);
    const booked = mo.waitForResponse((r) => r.url().endsWith(`/resources/${TYPE}/bookings`) && r.request().method() === "POST");
    await mo.getByRole("button", { name: "Book", exact: true }).click();
    expect((await booked).status()).toBe(201);
    await visible(mo.getByRole("status"), "Booked: unit BIKE-1");
    // The calendar shows the unit busy, never by whom.
    await expect.poll(() => week.getByRole("row", { name: /BIKE-1/ }).textContent()).toMatch(/Busy/);

    // Kai books the other bike for today (through the API).
    await (as.kai as ReturnType<typeof apiOf>)("POST", `/libraries/${LIB}/resources/${TYPE}/bookings`, { firstDay: today, lastDay: today });

    // Lin asks for today too: nothing is free, the next free periods are offered, and she joins the waitlist instead.
    const lin = await contextOf("lin").newPage();
    await lin.goto(`${server.url}/libraries/${LIB}/resources/${TYPE}`);
    await lin.getByLabel("First day").fill(today);
    await lin.getByLabel("Last day").fill(today);
    const refused = lin.waitForResponse((r) => r.url().endsWith(`/resources/${TYPE}/bookings`) && r.request().method() === "POST");
    await lin.getByRole("button", { name: "Book", exact: true }).click();
    expect((await refused).status()).toBe(409);
    const nothingFree = lin.getByRole("region", { name: /^Nothing is free for / });
    await nothingFree.waitFor();
    // The first period offered is tomorrow: it fills the form.
    await nothingFree.getByRole("listitem").first().getByRole("button").click();
    await expect.poll(() => lin.getByLabel("First day").inputValue()).toBe(tomorrow);
    await visible(lin.getByRole("status"), "The form now asks for");
    const joined = lin.waitForResponse((r) => r.url().endsWith(`/resources/${TYPE}/waitlist`) && r.request().method() === "POST");
    await nothingFree.getByRole("button", { name: /^Join the waitlist for / }).click();
    expect((await joined).status()).toBe(201);
    await visible(nothingFree.getByRole("status"), "You are number 1 in line");

    // At the desk, Sam hands Mo's bike out, then (on the day it is due back) takes it in with a problem that takes it out of service.
    const sam = await contextOf("sam").newPage();
    await sam.goto(`${server.url}/libraries/${LIB}/desk`);
    const pickups = sam.getByRole("region", { name: /^Pick-ups/ });
    const moPickup = item(pickups, "Mo Member", "BIKE-1");
    await moPickup.waitFor();
    await moPickup.getByLabel("Condition on leaving").selectOption({ label: "Good" });
    const checkedOut = sam.waitForResponse((r) => /\/api\/bookings\/[0-9a-f-]+\/check-out$/.test(r.url()));
    await moPickup.getByRole("button", { name: "Check out" }).click();
    expect((await checkedOut).status()).toBe(201);
    await expect.poll(() => item(pickups, "Mo Member").count(), { timeout: 10_000 }).toBe(0);

    // A whole-day loan is due back at the end of its last day: today's desk lists it among the returns.
    const returns = sam.getByRole("region", { name: /^Returns due/ });
    const moReturn = item(returns, "Mo Member", "BIKE-1");
    await moReturn.waitFor();
    await moReturn.getByLabel("Condition on return").selectOption({ label: "Damaged" });
    await moReturn.getByLabel("Problem seen").selectOption({ label: "Out of service" });
    await moReturn.getByLabel("What is wrong?").fill("The chain snapped on the way back.");
    const checkedIn = sam.waitForResponse((r) => /\/api\/loans\/[0-9a-f-]+\/check-in$/.test(r.url()));
    await moReturn.getByRole("button", { name: "Check in" }).click();
    expect((await checkedIn).status()).toBe(200);
    await expect.poll(() => item(returns, "Mo Member").count(), { timeout: 10_000 }).toBe(0);
    await expect
      .poll(() => item(sam.getByRole("region", { name: /^Units held/ }), "BIKE-1").textContent(), { timeout: 10_000 })
      .toMatch(/Out of service/);
    await expect
      .poll(() => item(sam.getByRole("region", { name: /^Open problem reports/ }), "BIKE-1").textContent())
      .toMatch(/The chain snapped on the way back\./);

    // Kai gives up the other bike from "My bookings": what it frees is offered to Lin, first in line.
    const kai = await contextOf("kai").newPage();
    await kai.goto(`${server.url}/me/bookings`);
    const kaiBooking = item(kai.getByRole("region", { name: /^Upcoming/ }), "BIKE-2");
    await kaiBooking.getByRole("button", { name: "Cancel the booking" }).click();
    const cancelled = kai.waitForResponse((r) => /\/api\/bookings\/[0-9a-f-]+\/cancel$/.test(r.url()));
    await kaiBooking.getByRole("button", { name: "Yes, cancel it" }).click();
    expect((await cancelled).status()).toBe(200);
    await visible(kai.getByRole("status"), "Your booking of Cargo bike is cancelled.");

    // Lin's "My bookings" shows the offer of the other bike; she takes it, and it becomes her booking.
    await lin.goto(`${server.url}/me/bookings`);
    const offers = lin.getByRole("region", { name: /^Offered to you/ });
    const offer = item(offers, "BIKE-2");
    await offer.waitFor();
    const accepted = lin.waitForResponse((r) => /\/api\/waitlist\/[0-9a-f-]+\/accept$/.test(r.url()));
    await offer.getByRole("button", { name: "Take it" }).click();
    expect((await accepted).status()).toBe(204);
    await visible(lin.getByRole("status"), "Cargo bike is yours");
    await expect.poll(() => item(lin.getByRole("region", { name: /^Upcoming/ }), "BIKE-2").count(), { timeout: 10_000 }).toBe(1);
    expect(await offers.count()).toBe(0);

    // Mo answers the one question after the return.
    await mo.goto(`${server.url}/me/bookings`);
    const past = item(mo.getByRole("region", { name: /^Past/ }), "BIKE-1");
    await past.getByRole("radio", { name: "Yes, I would have bought one" }).check();
    const answered = mo.waitForResponse((r) => /\/api\/loans\/[0-9a-f-]+\/answer$/.test(r.url()));
    await past.getByRole("button", { name: "Send my answer" }).click();
    expect((await answered).status()).toBe(200);
    await visible(past, "You answered the question after this loan: thank you.");

    // Signed out, a visitor reads what the library's sharing did, each figure with what it was counted from.
    const reader = await (await browser.newContext()).newPage();
    await reader.goto(`${server.url}/libraries/${LIB}/impact`);
    const loans = reader.getByRole("region", { name: "Loans", exact: true });
    await expect.poll(() => loans.locator(".impact-value").first().textContent(), { timeout: 10_000 }).toBe("1 loan");
    await visible(reader.getByRole("region", { name: "What borrowing avoided" }), "from 1 answer to the question after a return");
  }, 120_000);
});
