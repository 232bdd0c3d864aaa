import type { Db } from "../../db/types.ts";
import type { Logger } from "../../logger.ts";
import { raiseDueFixedFees } from "../reciprocity/invoices.ts";
import { settleDue } from "./lifecycle.ts";

/**
 * Opens and closes proposals on time even when nobody visits them. Reads settle a due proposal
 * themselves too, so the tick only bounds how long an unvisited result waits to be fixed.
 */
export function startDecisionClock(db: Db, logger: Logger, everyMs = 5_000): () => Promise<void> {
  let running: Promise<void> | null = null;
  const tick = () => {
    running ??= settleDue(db)
      .then((moved) => {
        if (moved) logger.info({ proposals: moved }, "proposals opened or closed on time");
      })
      .then(async () => void (await raiseDueFixedFees(db)))
      .catch((err: Error) => logger.error({ err: { message: err.message } }, "could not settle due proposals"))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  tick();
  // Stopping waits for a tick in flight, so the database is not closed under it.
  return async () => {
    clearInterval(timer);
    await running;
  };
}
