import type { Command } from "commander";
import { loadConfig } from "../config.ts";
import { startServer } from "../server.ts";
import { withDatabase } from "./context.ts";
import { loadDemoBeforeServing } from "./demo.ts";

export function registerServeCommands(program: Command) {
  program
    .command("serve")
    .description("Start the server (PGlite in DATA_DIR, or PostgreSQL when DATABASE_URL is set)")
    .option("-p, --port <port>", "port to listen on (default: PORT or 3000)")
    .option("--host <host>", "address to listen on (default: HOST or 127.0.0.1)")
    .option("--demo", "load the demo world first if the instance is empty")
    .action(async (opts: { port?: string; host?: string; demo?: boolean }) => {
      if (opts.demo) await loadDemoBeforeServing();
      const config = loadConfig(process.env, {
        ...(opts.port ? { port: Number(opts.port) } : {}),
        ...(opts.host ? { host: opts.host } : {}),
      });
      const server = await startServer(config);
      process.stdout.write(`\nTriarchy is running at ${server.url}\n`);
      process.stdout.write(
        `Database: ${server.database.kind === "pglite" ? `PGlite in ${config.dataDir}` : "PostgreSQL (DATABASE_URL)"}\n\n`,
      );
      const stop = async () => {
        await server.close();
        process.exit(0);
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });

  program
    .command("migrate")
    .description("Apply the database migrations and exit")
    .action(async () => {
      await withDatabase(async () => {});
      process.stdout.write("Migrations applied.\n");
    });
}
