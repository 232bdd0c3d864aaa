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
