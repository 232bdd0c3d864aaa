import type { Command } from "commander";
import { sql } from "drizzle-orm";
import { rowsOf } from "../db/rows.ts";
import { AppError } from "../http/errors.ts";
import { allBlocks, failingInboxes, removeBlock, writeBlock } from "../modules/federation/blocks.ts";
import { DrizzleMessageQueue } from "../modules/federation/queue.ts";
import { english } from "../text/messages.ts";
import { fail, withDatabase } from "./context.ts";

const say = (line: string) => process.stdout.write(`${line}\n`);

/** An AppError from a service, as one line (its field's message, or its detail). */
const asLine = (err: unknown): never => {
  if (err instanceof AppError) fail(english(err.errors[0]?.message ?? err.detail));
  throw err;
};

export function registerFederationCommands(program: Command) {
  const federation = program.command("federation").description("ActivityPub: what waits to be delivered, what fails, and blocks");

  federation
    .command("status")
    .description("The delivery queue's depth, the inboxes whose deliveries keep failing, the remote followers and the blocks")
    .action(() =>
      withDatabase(async ({ db }) => {
        const depth = await new DrizzleMessageQueue(db).getDepth();
        say(`Queue: ${depth.queued} message(s), ${depth.ready} ready, ${depth.delayed} waiting to be retried or delayed.`);
        const failing = await failingInboxes(db);
        if (failing.length) {
          say("Failing inboxes (deliveries being retried):");
          for (const f of failing) say(`  ${f.inbox}  ${f.waiting} waiting, ${f.attempts} attempt(s) so far`);
        } else say("No inbox is failing.");
        const [followers] = await rowsOf<{ accepted: number; pending: number; hosts: number }>(
          db,
          sql`select count(*) filter (where status = 'accepted')::int as accepted, count(*) filter (where status = 'pending')::int as pending,
                     count(distinct split_part(follower_uri, '/', 3))::int as hosts from remote_followers`,
        );
        say(
          `Remote followers: ${followers?.accepted ?? 0} accepted, ${followers?.pending ?? 0} pending, from ${followers?.hosts ?? 0} instance(s).`,
        );
        const blocks = await allBlocks(db);
        say(blocks.length ? `Blocked: ${blocks.map((b) => b.target).join(", ")}` : "Nothing is blocked.");
      }),
    );

  federation
    .command("block <target>")
    .description("Block a remote instance (its host) or one actor (its address): refuse its activities and end its follows")
    .option("--reason <text>", "why, for the other admins", "")
    .action((target: string, opts: { reason: string }) =>
      withDatabase(async ({ db }) => {
        const row = await writeBlock(db, null, { target, reason: opts.reason }).catch(asLine);
        say(`Blocked ${row.kind === "instance" ? "the instance" : "the actor"} ${row.target}.`);
      }),
    );

  federation
    .command("unblock <target>")
    .description("Lift a block")
    .action((target: string) =>
      withDatabase(async ({ db }) => {
        const row = await removeBlock(db, target).catch(asLine);
        say(`Unblocked ${row.target}.`);
      }),
    );
}
