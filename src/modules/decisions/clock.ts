import type { Db } from "../../db/types.ts";
import type { Logger } from "../../logger.ts";
import { settleDue } from "./lifecycle.ts";

/**
 * Opens and closes proposals on time even when nobody visits them. Reads settle a due proposal
 * themselves too, so the tick only bounds how long an unvisited result waits to be fixed.
 */
export function startDecisionClock(db: Db, logger: Logger, everyMs = 5_000): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const moved = await settleDue(db);
      if (moved) logger.info({ proposals: moved }, "proposals opened or closed on time");
    } catch (err) {
      logger.error({ err: { message: (err as Error).message } }, "could not settle due proposals");
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
