import { readFile } from "node:fs/promises";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { advancePhases } from "../src/modules/budgeting/calls.ts";
import { computeResults } from "../src/modules/budgeting/results.ts";
import { nowMs } from "../src/now.ts";
import { advanceClock } from "../src/test/clock.ts";
import { cityWithBudgetLine } from "./budgets-world.ts";
import { apiOf, PASSWORD, requireChromium, type Stack, setUpInstance, startStack, visible } from "./support.ts";

const run = requireChromium();

const CITY = "city-of-lakeside";
const CALL = "lakeside-decides";
const TITLE = "Lakeside Decides";
const PHONE = { width: 375, height: 800 };
const DAY = 86_400;

/** The page is no wider than its window: nothing scrolls sideways but the tables' own regions. */
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

type Api = ReturnType<typeof apiOf>;

describe.skipIf(!run)("a public body's own forms: opening a call, its register, paper ballots and computing the results again", () => {
  let stack: Stack;
  const people: Record<string, BrowserContext> = {};
  const as: Record<string, Api> = {};
  const api = (handle: string) => as[handle] as Api;
  const contextOf = (handle: string) => people[handle] as BrowserContext;
  const db = () => stack.server.database.db;
  /** Moves the app's and the database's clock on, then lets the calls enter the phase their dates say (as the server's clock does every few seconds). */
  const later = async (days: number) => {
    await advanceClock(db(), days * DAY);
    await advancePhases(db(), computeResults);
  };

  beforeAll(async () => {
    stack = await startStack();
    const { browser, server } = stack;
    await setUpInstance(stack);
    // Cara stewards the City of Lakeside, on her phone in Paris's time zone; Rey reviews its projects (a maintainer) and
    // Tia keeps its books. Ada proposes projects; Vic is a resident on the city's register who votes on his phone.
    for (const [handle, name, phone] of [
      ["cara", "Cara City", true],
      ["rey", "Rey Reviewer", false],
      ["tia", "Tia Treasurer", false],
      ["ada", "Ada Author", false],
      ["vic", "Vic Voter", true],
    ] as const) {
      const ctx = await browser.newContext({
        timezoneId: "Europe/Paris",
        ...(phone ? { viewport: PHONE, isMobile: true, hasTouch: true } : {}),
      });
      people[handle] = ctx;
      as[handle] = apiOf(ctx, server.url);
      await api(handle)("POST", "/auth/signup", { handle, name, email: `${handle}@example.test`, password: PASSWORD });
    }
    await cityWithBudgetLine(api, db(), { slug: CITY, name: "City of Lakeside" });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("Cara opens a register call through the form, uploads the register and reads the codes; Vic claims his place and votes, Rey enters a paper ballot, and Cara computes the results again from both", async () => {
    const { server } = stack;
    const callUrl = `${server.url}/calls/${CALL}`;

    // Cara finds "Open a call" on the city's Calls tab, on her phone.
    const cara = await contextOf("cara").newPage();
    await cara.goto(`${server.url}/orgs/${CITY}/calls`);
    await cara.getByRole("link", { name: "Open a call" }).click();
    await cara.waitForURL(`${server.url}/orgs/${CITY}/calls/new`);
    const form = cara.getByRole("form", { name: "Open a call for citizen projects" });
    await form.getByLabel("Title", { exact: true }).fill(TITLE);
    await expect.poll(() => form.getByLabel("Address", { exact: true }).inputValue()).toBe(CALL);
    await form.getByLabel("Description").fill("Projects for the **lakeside**, proposed by its residents.");
    await form.getByLabel("What is eligible").fill("Public land only.");
    await form.getByLabel("Budget line").selectOption({ index: 1 });
    await expect.poll(() => form.getByLabel("Budget line").locator("option:checked").textContent()).toMatch(/Participatory budget/);
    // Too much for the line: 600,000.00 EUR, where the line holds 50,000.00.
    await form.getByLabel("Budget (EUR)", { exact: true }).fill("600000");
    // A district is added, then taken out again: the call has none.
    await form.getByRole("button", { name: "Add a district" }).click();
    await form.getByLabel("Name of district 1").fill("North shore");
    await form.getByRole("button", { name: "Remove district 1" }).click();
    await expect.poll(() => form.getByLabel("Name of district 1").count()).toBe(0);
    await form.getByLabel("Categories").fill("Green spaces\nCulture");
    // The five dates in Cara's own time (Paris): submissions open an hour ago, then a day per phase.
    const local = (days: number) =>
      cara.evaluate(
        (ms) => {
          const d = new Date(ms);
          const p = (n: number) => String(n).padStart(2, "0");
          return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
        },
        nowMs() + days * DAY * 1000,
      );
    for (const [label, days] of [
      ["Submissions open", -1 / 24],
      ["Review begins", 1],
      ["Voting opens", 2],
      ["Voting closes", 3],
      ["Implementation begins", 4],
    ] as const) {
      await form.getByLabel(label, { exact: true }).fill(await local(days));
    }
    await form.getByLabel("Ballot", { exact: true }).selectOption("approval");
    await form.getByLabel("Most projects per ballot").fill("2");
    await form.getByRole("radio", { name: "Residents on the city’s register" }).check();
    await expect.poll(() => form.getByRole("checkbox", { name: "Secret ballot" }).isChecked()).toBe(true);
    await expect.poll(() => form.getByLabel("Rule", { exact: true }).inputValue()).toBe("mes");
    await expect.poll(() => form.getByRole("checkbox", { name: "Show greedy’s outcome beside it" }).isChecked()).toBe(true);
    expect(await fitsWidth(cara)).toBe(true);

    // The server refuses the budget line, and says so at the line's field, which takes focus.
    const refused = cara.waitForResponse((r) => r.url().endsWith("/api/calls") && r.request().method() === "POST");
    await form.getByRole("button", { name: "Open the call" }).click();
    expect((await refused).status()).toBe(422);
    await expect.poll(() => form.getByLabel("Budget line").getAttribute("aria-invalid"), { timeout: 10_000 }).toBe("true");
    await visible(form, "Choose a line of the body's approved budget, in the call's currency, with room for the call's budget.");
    await expect.poll(() => cara.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("budgetLine");

    // 10,000.00 EUR fits: the call opens, and Cara lands on its page.
    await form.getByLabel("Budget (EUR)", { exact: true }).fill("10000");
    const opened = cara.waitForResponse((r) => r.url().endsWith("/api/calls") && r.request().method() === "POST");
    await form.getByRole("button", { name: "Open the call" }).click();
    expect((await opened).status()).toBe(201);
    await cara.waitForURL(callUrl);
    await visible(cara.getByRole("status"), "The call is open.");
    const facts = cara.getByRole("region", { name: "The call in figures" });
    await expect.poll(() => facts.textContent(), { timeout: 10_000 }).toMatch(/€10,000\.00[\s\S]*Residents on the city’s register/);
    await expect.poll(() => facts.textContent()).toMatch(/Choose at most 2 projects/);

    // The register: Cara reads a CSV file in the browser (the first column: the identifiers) and adds it.
    await cara.getByRole("link", { name: "Register", exact: true }).click();
    await cara.waitForURL(`${callUrl}/register`);
    await cara.getByLabel("Or read a file (text or CSV)").setInputFiles({
      name: "voters.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("LK-001,Vic Voter\nLK-002,Val Voter\nLK-001,Vic again\n"),
    });
    await visible(cara.getByRole("status"), "2 identifiers read from voters.csv.");
    await expect.poll(() => cara.getByLabel("Identifiers, one per line").inputValue()).toBe("LK-001\nLK-002");
    const uploaded = cara.waitForResponse((r) => r.url().endsWith(`/api/calls/${CALL}/register`) && r.request().method() === "POST");
    await cara.getByRole("button", { name: "Add to the register" }).click();
    expect((await uploaded).status()).toBe(200);
    const codes = cara.getByRole("region", { name: "Codes to send" });
    await visible(codes, "2 identifiers added; none was already on the register.");
    await visible(codes, "These codes are shown only now.");
    const vicCode = (
      (await codes
        .getByRole("row", { name: /LK-001/ })
        .locator("code")
        .textContent()) ?? ""
    ).trim();
    expect(vicCode).toMatch(/^[0-9A-F]{12}$/);
    // The download is the same list, as CSV, from a Blob URL made in the browser.
    const download = codes.getByRole("link", { name: "Download the 2 codes as CSV" });
    const href = (await download.getAttribute("href")) ?? "";
    expect(href).toMatch(/^blob:/);
    const downloading = cara.waitForEvent("download");
    await download.click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe(`${CALL}-register-codes.csv`);
    const csv = await readFile(await file.path(), "utf8");
    expect(csv).toContain(`LK-001,${vicCode}\r\n`);
    expect(csv.split("\r\n")[0]).toBe("identifier,code");
    await expect.poll(() => cara.getByLabel("Identifiers, one per line").inputValue()).toBe("");
    expect(await fitsWidth(cara)).toBe(true);

    // Ada's two projects, found eligible by Rey (through the API).
    for (const [title, cost] of [
      ["Lakeside benches", 400_000],
      ["Reed bed walk", 300_000],
    ] as const) {
      const p = await api("ada")("POST", `/calls/${CALL}/projects`, { title, cost });
      await api("rey")("POST", `/calls/${CALL}/projects/${p.number}/review`, { eligible: true, reason: "Feasible on public land." });
    }

    // Voting opens. Vic, on his phone, claims his place with his code, then approves both projects.
    await later(2.1);
    const vic = await contextOf("vic").newPage();
    await vic.goto(`${callUrl}/ballot`);
    await vic.getByLabel("Your code").fill(vicCode);
    await vic.getByRole("button", { name: "Claim my place" }).click();
    await visible(vic.getByRole("status"), "Your place on the register is claimed: you can vote.");
    await vic.getByRole("checkbox", { name: /Lakeside benches/ }).check();
    await vic.getByRole("checkbox", { name: /Reed bed walk/ }).check();
    const cast = vic.waitForResponse((r) => r.url().endsWith(`/api/calls/${CALL}/ballot`) && r.request().method() === "PUT");
    await vic.getByRole("button", { name: "Cast my ballot" }).click();
    expect((await cast).status()).toBe(200);
    await visible(vic.getByRole("status"), "Your ballot is counted (2 projects).");

    // Rey enters paper ballot P-001 (the reed bed walk) from the call's Paper ballots tab; the form clears for the next.
    const rey = await contextOf("rey").newPage();
    await rey.goto(callUrl);
    await rey.getByRole("link", { name: "Paper ballots" }).click();
    await rey.waitForURL(`${callUrl}/paper-ballots`);
    const paper = rey.getByRole("form", { name: "Enter a paper ballot" });
    const session = rey.getByRole("region", { name: "Paper ballots entered" });
    await visible(session, "No paper ballot entered in this session yet.");
    await paper.getByLabel("Ballot number").fill("P-001");
    await paper.getByRole("checkbox", { name: /Reed bed walk/ }).check();
    const entered = rey.waitForResponse((r) => r.url().endsWith(`/api/calls/${CALL}/paper-ballots`) && r.request().method() === "POST");
    await paper.getByRole("button", { name: "Count this ballot" }).click();
    expect((await entered).status()).toBe(201);
    await visible(session, "1 paper ballot entered in this session. Ballot P-001 is counted (1 project).");
    await expect.poll(() => paper.getByLabel("Ballot number").inputValue()).toBe("");
    await expect.poll(() => paper.getByRole("checkbox", { name: /Reed bed walk/ }).isChecked()).toBe(false);
    // The same number again is refused at its field; the session still counts one.
    await paper.getByLabel("Ballot number").fill("P-001");
    await paper.getByRole("checkbox", { name: /Lakeside benches/ }).check();
    const twice = rey.waitForResponse((r) => r.url().endsWith(`/api/calls/${CALL}/paper-ballots`) && r.request().method() === "POST");
    await paper.getByRole("button", { name: "Count this ballot" }).click();
    expect((await twice).status()).toBe(409);
    await expect.poll(() => paper.getByLabel("Ballot number").getAttribute("aria-invalid"), { timeout: 10_000 }).toBe("true");
    await visible(session, "1 paper ballot entered in this session.");

    // Voting closes; the results are computed. Cara computes them again from the results page, after confirming.
    await later(1);
    await cara.goto(`${callUrl}/results`);
    const official = cara.getByRole("region", { name: "Official result: Method of Equal Shares" });
    await visible(official, "from 2 ballots");
    await cara.getByRole("button", { name: "Compute the results again" }).click();
    const recomputed = cara.waitForResponse((r) => r.url().endsWith(`/api/calls/${CALL}/results`) && r.request().method() === "POST");
    await cara.getByRole("button", { name: "Yes, compute them again" }).click();
    expect((await recomputed).status()).toBe(200);
    await visible(cara.getByRole("status"), "The results are computed again, from 2 ballots.");
    await expect
      .poll(() => official.getByRole("list", { name: "Winners, in the order chosen" }).textContent(), { timeout: 10_000 })
      .toMatch(/Reed bed walk/);
    expect(await fitsWidth(cara)).toBe(true);

    // A resident sees no such button.
    await vic.goto(`${callUrl}/results`);
    await visible(vic.getByRole("region", { name: "Official result: Method of Equal Shares" }), "from 2 ballots");
    expect(await vic.getByRole("button", { name: "Compute the results again" }).count()).toBe(0);
  }, 120_000);
});
