import { replay } from "../db/replay.ts";
import type { Db, Executor } from "../db/types.ts";
import { AppError } from "../http/errors.ts";
import { people } from "../modules/accounts/schema.ts";
import { isSetUp } from "../modules/accounts/service.ts";
import { DEMO_STEPS, type DemoContext } from "./steps.ts";
import { countWorld, type WorldCounts } from "./summary.ts";

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./accounts.ts";

/** True when nobody has set the instance up or signed up: the only state the demo may load into. */
export async function isEmptyInstance(db: Executor): Promise<boolean> {
  if (await isSetUp(db)) return false;
  const anyone = await db.select({ id: people.id }).from(people).limit(1);
  return anyone.length === 0;
}

/**
 * Fills an empty instance with the demo world. It all happens in one transaction, so a
 * failure part-way leaves the instance empty rather than half a world that blocks a retry. The
 * world is replayed at its story's own dates (from 2025 to today), so histories, the who-writes
 * chart and the activity feed show a past rather than the moment of loading.
 */
export async function loadDemoWorld(db: Db): Promise<WorldCounts> {
  return db.transaction(async (tx) => {
    // A transaction is a database for the services: their own transactions become savepoints.
    if (!(await isEmptyInstance(tx))) {
      throw AppError.conflict("This instance already has data: the demo world loads only into an empty instance (no set-up, no people).");
    }
    const [first] = DEMO_STEPS;
    await replay(tx, new Date(first?.from ?? Date.now()), async (clock) => {
      const ctx: DemoContext = { db: tx, clock, people: new Map(), ids: new Map() };
      for (const step of DEMO_STEPS) {
        await clock.moveTo(step.from === "present" ? new Date() : step.from);
        await step.run(ctx);
      }
    });
    return countWorld(tx);
  });
}
