import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { startClock } from "./clock.ts";
import { type Config, loadConfig } from "./config.ts";
import { type Database, openDatabase, targetFromConfig } from "./db/client.ts";
import { migrate } from "./db/migrate.ts";
import { createApp } from "./http/app.ts";
import { RateLimiter } from "./http/rate-limit.ts";
import { createLogger, type Logger } from "./logger.ts";
import { pruneExpiredSessions } from "./modules/accounts/service.ts";
import { listenForSignIns } from "./modules/accounts/signed-in-cache.ts";
import { buildFederation } from "./modules/federation/federation.ts";
import { startOutbox } from "./modules/federation/outbox.ts";
import { startInbound } from "./modules/mail/inbound.ts";
import { startMailer } from "./modules/mail/worker.ts";
import { UnreadHub } from "./modules/notifications/live.ts";
import { startNotifier } from "./modules/notifications/worker.ts";
import { SOFTWARE_VERSION } from "./version.ts";

export interface RunningServer {
  url: string;
  database: Database;
  close(): Promise<void>;
}

export function buildDeps(database: Database, config: Config, logger: Logger) {
  return {
    db: database.db,
    config,
    logger,
    authLimiter: new RateLimiter(config.authRateLimit, config.authRateWindowSeconds * 1000),
    unread: new UnreadHub(database.db),
    federation: buildFederation(database.db, {
      origin: config.publicUrl,
      allowPrivateAddress: config.federationAllowPrivateAddresses,
      recoverySeconds: config.federationRecoverySeconds,
      softwareVersion: SOFTWARE_VERSION,
    }),
  };
}

/** Opens the database, applies migrations and listens. Used by `triarchy serve`, `npm start` and the end-to-end tests. */
export async function startServer(config: Config = loadConfig(), opts: { database?: Database } = {}): Promise<RunningServer> {
  const logger = createLogger(config.logLevel);
  const database = opts.database ?? (await openDatabase(targetFromConfig(config)));
  await migrate(database);
  const deps = buildDeps(database, config, logger);
  await deps.unread.start(database);
  const stopSignIns = await listenForSignIns(database);
  // Deliveries accepted before a restart go out now; the queue is the database's.
  const federationQueue = new AbortController();
  const federationQueueDone = deps.federation.startQueue(null, { signal: federationQueue.signal }).catch(() => {});
  // Before the HTTP server: a taken inbound port fails the start before anything listens.
  const inbound = config.inbound ? await startInbound(database.db, config.inbound, logger) : null;
  const app = createApp(deps);
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host}:${port}`;
  const pruner = setInterval(() => pruneExpiredSessions(database.db).catch(() => {}), 3_600_000);
  pruner.unref();
  const mail = { email: !!config.smtp };
  const stopClock = startClock(database.db, logger, mail);
  const stopNotifier = startNotifier(database.db, logger, mail);
  const stopOutbox = startOutbox(database.db, deps.federation, config.publicUrl ?? url, logger);
  const stopMailer = await startMailer(database, config, logger);
  logger.info({ url, database: database.kind, email: mail.email }, "Triarchy is listening");
  return {
    url,
    database,
    close: async () => {
      clearInterval(pruner);
      await stopClock();
      await stopNotifier();
      await stopOutbox();
      await stopMailer();
      await inbound?.stop();
      await deps.unread.close();
      await stopSignIns();
      // Deliveries under way finish (or give up) before the database closes under them.
      federationQueue.abort();
      await Promise.race([federationQueueDone, new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (!opts.database) await database.close();
    },
  };
}
