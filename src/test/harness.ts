import { afterAll, beforeAll, expect } from "vitest";
import { loadConfig } from "../config.ts";
import type { Database } from "../db/client.ts";
import type { Db } from "../db/types.ts";
import { createApp } from "../http/app.ts";
import { RateLimiter } from "../http/rate-limit.ts";
import { createLogger } from "../logger.ts";
import { buildFederation } from "../modules/federation/federation.ts";
import { UnreadHub } from "../modules/notifications/live.ts";
import { SOFTWARE_VERSION } from "../version.ts";
import { type Contract, contractFor, writeContractCount } from "./contract.ts";
import { createTestDatabase } from "./database.ts";

export interface Call {
  status: number;
  headers: Headers;
  body: any;
}

export interface TestApi {
  db: Db;
  database: Database;
  /** One request; `as` is a Bearer token. */
  call(method: string, path: string, opts?: { as?: string; body?: unknown; headers?: Record<string, string> }): Promise<Call>;
  /** A browser-like client that keeps cookies and sends the CSRF token it was given. */
  browser(): Browser;
  /** The raw response, unread and unchecked: for streams, which a call would wait on forever. */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** The app's live unread counts (its LISTEN connection is closed with the database). */
  unread: UnreadHub;
}

export interface Browser {
  call(method: string, path: string, body?: unknown, opts?: { csrf?: boolean; headers?: Record<string, string> }): Promise<Call>;
  csrfToken: string | null;
}

/**
 * Starts a fresh database and app for one test file; the app is called in-process. Every response
 * is checked against the OpenAPI document (src/test/contract.ts): an undocumented route or status,
 * or a body that does not match its declared schema, fails the call.
 */
export function setupApi(configOverrides: Partial<ReturnType<typeof loadConfig>> = {}): TestApi {
  const api = {} as TestApi;
  let contract: Contract | undefined;
  let testFile: string | undefined;
  beforeAll(async () => {
    testFile = expect.getState().testPath;
    const database = await createTestDatabase();
    const config = loadConfig({ LOG_LEVEL: "silent", WEB_DIST: "/nonexistent" }, configOverrides);
    const unread = new UnreadHub(database.db);
    await unread.start(database);
    const app = createApp({
      db: database.db,
      config,
      logger: createLogger("silent"),
      authLimiter: new RateLimiter(config.authRateLimit, config.authRateWindowSeconds * 1000),
      unread,
      // Its queue is not started: what a test makes the instance send to other instances waits there.
      federation: buildFederation(database.db, { softwareVersion: SOFTWARE_VERSION }),
    });
    contract = contractFor(await (await app.request("/api/openapi.json")).text());
    const send = async (method: string, path: string, body: unknown, headers: Record<string, string>) => {
      const init: RequestInit = { method, headers: { ...headers } };
      if (body instanceof FormData) init.body = body;
      else if (body !== undefined) {
        init.body = typeof body === "string" ? body : JSON.stringify(body);
        (init.headers as Record<string, string>)["content-type"] ??= "application/json";
      }
      const res = await app.request(path, init);
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {}
      contract?.check(method, path, { status: res.status, contentType: res.headers.get("content-type"), text, body: parsed });
      return { status: res.status, headers: res.headers, body: parsed };
    };
    Object.assign(api, {
      db: database.db,
      database,
      unread,
      request: async (path: string, init?: RequestInit) => app.request(path, init),
      call: (method: string, path: string, opts: { as?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
        send(method, path, opts.body, { ...(opts.as ? { authorization: `Bearer ${opts.as}` } : {}), ...opts.headers }),
      browser: () => {
        const jar = new Map<string, string>();
        const browser: Browser = {
          csrfToken: null,
          call: async (method, path, body, opts = {}) => {
            const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
            const headers: Record<string, string> = { ...opts.headers };
            if (cookie) headers.cookie = cookie;
            if (opts.csrf !== false && browser.csrfToken) headers["x-csrf-token"] = browser.csrfToken;
            const res = await send(method, path, body, headers);
            for (const set of res.headers.getSetCookie()) {
              const [pair] = set.split(";");
              const [k, v] = (pair ?? "").split("=");
              if (!k) continue;
              if (!v || /max-age=0/i.test(set)) jar.delete(k);
              else jar.set(k, v);
            }
            const token = (res.body as { csrfToken?: string | null } | null)?.csrfToken;
            if (token !== undefined) browser.csrfToken = token;
            return res;
          },
        };
        return browser;
      },
    });
  });
  afterAll(async () => {
    if (contract && testFile) writeContractCount(testFile, contract.validated);
    await api.unread?.close();
    await api.database?.close();
  });
  return api;
}
