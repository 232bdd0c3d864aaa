import { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import type { Database } from "../db/client.ts";
import { createLogger } from "../logger.ts";
import { UnreadHub } from "../modules/notifications/live.ts";
import { createTestDatabase } from "../test/database.ts";
import { ensureInstance, PASSWORD } from "../test/factories.ts";
import { createApp } from "./app.ts";
import { RateLimiter } from "./rate-limit.ts";

let database: Database;
const lines: string[] = [];
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureInstance(database.db);
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  app = createApp({
    db: database.db,
    config: loadConfig({ WEB_DIST: "/nonexistent" }),
    logger: createLogger("trace", sink),
    unread: new UnreadHub(database.db),
    authLimiter: new RateLimiter(100, 60_000),
  });
});
afterAll(() => database.close());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json", ...headers } });

describe("logs", () => {
  it("never contain emails, passwords, hashes, tokens or session cookies, even when a query fails", async () => {
    const email = "secret.person@example.test";
    const signup = await post("/api/auth/signup", { handle: "secret", name: "Secret", email, password: PASSWORD });
    expect(signup.status).toBe(201);
    const cookie = signup.headers.getSetCookie()[0]?.split(";")[0] ?? "";
    await post("/api/auth/signin", { email, password: "wrong password!" });
    const token = await post("/api/me/tokens", { name: "t" }, { cookie, "x-csrf-token": (await signup.json()).csrfToken });
    const secret = (await token.json()).token as string;
    // Break the database under the app to force an unexpected query error carrying the email as a parameter.
    await database.db.execute(sql`alter table people rename column email to email_gone`);
    const failing = await post("/api/auth/signin", { email, password: PASSWORD });
    expect(failing.status).toBe(500);
    expect(await failing.json()).toMatchObject({ type: "/problems/internal" });
    await database.db.execute(sql`alter table people rename column email_gone to email`);

    const log = lines.join("");
    expect(log).toContain("unhandled error");
    expect(log).toContain('"path":"/api/auth/signin"');
    for (const forbidden of [email, PASSWORD, "wrong password!", "scrypt$", secret, cookie.split("=")[1] ?? "<none>"]) {
      expect(log).not.toContain(forbidden);
    }
  });
});
