import { existsSync } from "node:fs";
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { expect, inject } from "vitest";
import { loadConfig } from "../src/config.ts";
import type { Db } from "../src/db/types.ts";
import { type RunningServer, startServer } from "../src/server.ts";
import { createTestDatabase } from "../src/test/database.ts";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);

/**
 * End-to-end tests need a real Chromium. Without one they are skipped with a clear
 * message, except under CI=true, where a missing browser is an error.
 */
export function requireChromium(): boolean {
  if (hasChromium) return true;
  if (process.env.CI === "true") throw new Error(`CI=true but no Chromium at ${CHROMIUM}: install it (apt-get install -y chromium).`);
  process.stderr.write(
    `\n*** End-to-end tests SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH). ***\n\n`,
  );
  return false;
}

export interface Stack {
  server: RunningServer;
  browser: Browser;
  stop(): Promise<void>;
}

/**
 * Starts the real server on the web app built once by e2e/global-setup.ts, a fresh migrated database (PGlite in memory, or
 * PostgreSQL with TEST_DATABASE_URL) and a free port, and launches
 * Chromium. `world` fills the database first (e.g. the demo world's loadDemoWorld).
 */
export async function startStack(opts: { world?: (db: Db) => Promise<unknown> } = {}): Promise<Stack> {
  const webDist = inject("webDist");
  // The database is handed to the server, so no data directory is opened.
  const config = loadConfig({ ...process.env, DATABASE_URL: "", PORT: "0", LOG_LEVEL: "warn", WEB_DIST: webDist });
  // A copy of the migrated template the database tests use (src/test/template.ts), rather than an
  // initdb and every migration for each journey; the server's start-up still runs the migrator.
  const database = await createTestDatabase();
  const server = await startServer(config, { database });
  // After start-up, which migrated the database; before the browser asks anything.
  if (opts.world) await opts.world(database.db);
  const browser = await launchChromium();
  return {
    server,
    browser,
    stop: async () => {
      await browser.close();
      await server.close();
      await database.close();
    },
  };
}

/** Chromium, headless, with the flags this machine needs (no sandbox, no GPU, no network of its own). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export const PASSWORD = "a long enough passphrase";

/** The first-run set-up every journey starts from: the Riverton instance and its admin, made through the API. */
export async function setUpInstance(stack: Stack): Promise<void> {
  const admin = await stack.browser.newContext();
  await apiOf(admin, stack.server.url)("POST", "/setup", {
    instanceName: "Riverton",
    handle: "admin",
    name: "Instance Admin",
    email: "admin@example.test",
    password: PASSWORD,
  });
  await admin.close();
}

/** Signs up through the web app's own form, from any page that links to it. */
export async function signUp(page: Page, handle: string, name: string) {
  await page.getByRole("link", { name: "Sign up" }).first().click();
  await page.getByLabel("Handle").fill(handle);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Email").fill(`${handle}@example.test`);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign up" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signup"));
}

/** Calls the API as the context's signed-in person (cookie + the CSRF token the session gave). */
export function apiOf(ctx: BrowserContext, base: string) {
  let csrf: string | null = null;
  return async (method: string, path: string, data?: unknown) => {
    const res = await ctx.request.fetch(`${base}/api${path}`, { method, data, headers: csrf ? { "x-csrf-token": csrf } : {} });
    const body = await res.json().catch(() => null);
    if (body && typeof body === "object" && "csrfToken" in body) csrf = body.csrfToken;
    if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${JSON.stringify(body)}`);
    return body;
  };
}

/**
 * Waits until `text` is visible in `scope` (a page, or the region of it that the action changes) and fails
 * the test if it does not show within ten seconds. Scope it to what changes: text that was already on the
 * page before the action proves nothing about the action.
 */
export async function visible(scope: Page | Locator, text: string | RegExp): Promise<void> {
  await expect.poll(() => scope.getByText(text).first().isVisible(), { timeout: 10_000, message: `${String(text)} is visible` }).toBe(true);
}
