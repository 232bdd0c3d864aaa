import { expect } from "vitest";
import { loadConfig } from "../../config.ts";
import type { Db } from "../../db/types.ts";
import { createApp } from "../../http/app.ts";
import { RateLimiter } from "../../http/rate-limit.ts";
import { createLogger } from "../../logger.ts";
import { createTestDatabase } from "../../test/database.ts";
import { SOFTWARE_VERSION } from "../../version.ts";
import { UnreadHub } from "../notifications/live.ts";
import { buildFederation } from "./federation.ts";

/**
 * For tests: an instance at `origin` (a made-up https host) with its own database, its app and its
 * federation, private addresses allowed unless said otherwise. Nothing is started: a test starts
 * the queue or the outbox if it needs them.
 */
export async function federatedApp(origin: string, env: Record<string, string> = {}, allowPrivateAddress = true) {
  const database = await createTestDatabase();
  const db = database.db as Db;
  const config = loadConfig({ LOG_LEVEL: "silent", WEB_DIST: "/nonexistent", PUBLIC_URL: origin, ...env });
  const federation = buildFederation(db, { origin, allowPrivateAddress, softwareVersion: SOFTWARE_VERSION });
  const app = createApp({
    db,
    config,
    logger: createLogger("silent"),
    authLimiter: new RateLimiter(1000, 60_000),
    unread: new UnreadHub(db),
    federation,
  });
  return { db, app, federation, close: () => database.close() };
}

/** For tests: a call to an app's API as a person (by their API token), failing the test unless it succeeds. */
export function apiCaller(app: { fetch: (request: Request) => Response | Promise<Response> }, origin: string) {
  return async (method: string, path: string, as: { token: string }, body?: unknown) => {
    const res = await app.fetch(
      new Request(`${origin}${path}`, {
        method,
        headers: { accept: "application/json", authorization: `Bearer ${as.token}`, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
    const json = (await res.json()) as Record<string, any>;
    expect(res.status, `${method} ${path}: ${JSON.stringify(json)}`).toBeLessThan(300);
    return json;
  };
}

/** For tests: every fetch fails until the returned function puts fetch back, so nothing reaches a network. */
export function refuseNetwork(): () => void {
  const real = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    throw new Error(`no network in tests: ${input instanceof Request ? input.url : String(input)}`);
  }) as typeof fetch;
  return () => {
    globalThis.fetch = real;
  };
}
