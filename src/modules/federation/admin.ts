import { sql } from "drizzle-orm";
import { rowsOf } from "../../db/rows.ts";
import type { Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { allBlocks, failingInboxes } from "./blocks.ts";
import { authorizeBlocks } from "./policy.ts";
import { DrizzleMessageQueue } from "./queue.ts";

export interface KnownInstance {
  host: string;
  followers: number;
  follows: number;
  blocked: boolean;
}

/**
 * The instances this one deals with: every host named by a remote follower or a remote follow, with
 * how many follows go each way and whether the whole instance is blocked. The host is the third part
 * of the actor's address (`https://host[:port]/…`), as blocks.ts stores an instance's target.
 */
export function knownInstances(db: Executor) {
  return rowsOf<KnownInstance>(
    db,
    sql`with ties as (
          select split_part(follower_uri, '/', 3) as host, 1 as follower, 0 as follow from remote_followers
          union all
          select split_part(actor_uri, '/', 3), 0, 1 from remote_following)
        select t.host, sum(t.follower)::int as followers, sum(t.follow)::int as follows,
               exists (select 1 from federation_blocks b where b.kind = 'instance' and b.target = t.host) as blocked
          from ties t group by t.host order by t.host`,
  );
}

/**
 * What the admin's federation page shows. The queue's messages carry private keys, so only what
 * failingInboxes and getDepth read from them (inboxes, counts, attempts) leaves this function.
 */
export async function federationStatus(db: Executor, actor: Actor | null) {
  authorizeBlocks(actor);
  const queue = await new DrizzleMessageQueue(db).getDepth();
  return { queue, failing: await failingInboxes(db), instances: await knownInstances(db), blocks: await allBlocks(db) };
}
