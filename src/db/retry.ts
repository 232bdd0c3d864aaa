import { setTimeout as sleep } from "node:timers/promises";
import { pgError } from "./errors.ts";
import type { Db } from "./types.ts";

/** Failures PostgreSQL asks the client to retry: the transaction did nothing and may run again. */
const RETRYABLE = new Set(["40P01" /* deadlock_detected */, "40001" /* serialization_failure */]);
/** Attempts in all; past this the failure is real contention and the client hears of it. */
export const TRANSACTION_ATTEMPTS = 5;

export const isRetryable = (err: unknown) => RETRYABLE.has(pgError(err)?.code ?? "");

/**
 * Makes `db.transaction` run its function again, a bounded number of times with a short random
 * pause, when PostgreSQL aborted it as a deadlock victim or a serialization failure. Such an
 * abort rolled everything back, so running again is safe as long as the function's effects stay
 * inside the transaction — which is the rule for every service (ARCHITECTURE.md): nothing leaves
 * the process before commit. Nested transactions (savepoints) are left alone: only the outermost
 * one can be retried.
 */
export function retryTransactions(db: Db): Db {
  const once = db.transaction.bind(db);
  const retrying: Db["transaction"] = async (run, config) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await once(run, config);
      } catch (err) {
        if (attempt >= TRANSACTION_ATTEMPTS || !isRetryable(err)) throw err;
        await sleep(Math.random() * 10 * 2 ** attempt);
      }
    }
  };
  db.transaction = retrying;
  return db;
}
