import type { Command } from "commander";
import { DEMO_ACCOUNTS } from "../demo/accounts.ts";
import { DEMO_INSTANCE } from "../demo/people.ts";
import { coalitionLines, decisionsAndTreasuryLines, type WorldCounts } from "../demo/summary.ts";
import { isEmptyInstance, loadDemoWorld } from "../demo/world.ts";
import { AppError } from "../http/errors.ts";
import { fail, withDatabase } from "./context.ts";

const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
const n = (r: Record<string, number>, k: string) => r[k] ?? 0;

/** What was created and how to sign in, for the person who just ran the command. */
export function demoReport(c: WorldCounts): string {
  const accounts = [DEMO_ACCOUNTS.admin, ...DEMO_ACCOUNTS.suggested];
  const width = Math.max(...accounts.map((a) => a.email.length));
  return [
    `Loaded the demo world "${DEMO_INSTANCE.name}":`,
    `  ${c.people} people`,
    `  ${sum(c.organizations)} organizations: ${n(c.organizations, "public_body")} public body, ${n(c.organizations, "community")} community, ` +
      `${n(c.organizations, "association")} association, ${n(c.organizations, "enterprise")} enterprises`,
    `  ${sum(c.memberships)} memberships: ${n(c.memberships, "active")} active, ${n(c.memberships, "pending")} pending request, ` +
      `${n(c.memberships, "invited")} open invitation`,
    `  ${sum(c.affiliations)} affiliations: ${n(c.affiliations, "confirmed")} confirmed, ${n(c.affiliations, "claimed")} claimed, ` +
      `${n(c.affiliations, "disputed")} disputed`,
    ...decisionsAndTreasuryLines(c),
    ...coalitionLines(c),
    `  ${c.activities} activity rows`,
    "",
    `Sign in with one of these emails and the password "${DEMO_ACCOUNTS.password}":`,
    ...accounts.map((a) => `  ${a.email.padEnd(width)}  ${a.why}`),
    "",
  ].join("\n");
}

async function load(db: Parameters<typeof loadDemoWorld>[0]) {
  try {
    return await loadDemoWorld(db);
  } catch (err) {
    if (err instanceof AppError) fail(err.message);
    throw err;
  }
}

/** For `serve --demo`: loads the demo world only into an empty instance, and says what it did. */
export async function loadDemoBeforeServing(): Promise<void> {
  await withDatabase(async (database) => {
    if (!(await isEmptyInstance(database.db))) {
      process.stdout.write("The instance already has data, so the demo world was not loaded; serving what is there.\n");
      return;
    }
    process.stdout.write("The instance is empty: loading the demo world first.\n");
    process.stdout.write(demoReport(await load(database.db)));
  });
}

export function registerDemoCommands(program: Command) {
  program
    .command("demo")
    .description("Load the demo world (a town, an open farm-tools commons, its foundation and two enterprises) into an empty instance")
    .action(async () => {
      await withDatabase(async (database) => {
        process.stdout.write(demoReport(await load(database.db)));
        process.stdout.write("Start the server with `triarchy serve` (or `npm start`) and sign in.\n");
      });
    });
}
