import type { Database } from "../../db/client.ts";
import { keptPerDatabase, movesOn } from "../../db/kept-reads.ts";
import type { Actor } from "../../http/env.ts";

/** What a session cookie or a personal API token stands for, as the sign-in check reads it. */
export interface SignIn {
  actor: Actor;
  unverifiedWhileRequired: boolean;
  /** A session's end (a kept session is not used past it). */
  expiresAt?: Date;
  csrfToken?: string;
  tokenId?: string;
  lastUsedAt?: Date | null;
}

/**
 * Who each session cookie and API token stands for, as this process last read it (db/kept-reads.ts): a
 * polled page (the bell's count) then costs no database read for the sign-in. Only while the process
 * listens on the sign-in channel (`listenForSignIns`, started with the server); otherwise every
 * request reads.
 *
 * - Every request to the routes that change them (sign-out, tokens, password, email, profile, the
 *   instance's rules) moves them all on before its answer goes out: nobody outlives their change here.
 * - A change any process commits to people, sessions, API tokens or the instance notifies this channel
 *   (migration 0036), and this process moves them on when it hears it, milliseconds after that commit.
 * - Each is read again after ten seconds whatever happens, and a session is never used past its end.
 */
export const signIns = keptPerDatabase<SignIn>({ max: 50_000, keepMs: 10_000 });
export const SIGN_INS_CHANNEL = "triarchy_sign_ins";
export const movesSignIns = movesOn(signIns);
/** The routes that change people, sessions, tokens or the instance's rules, under /api. */
export const SIGN_IN_CHANGING_PATHS = ["/auth/*", "/me", "/me/*", "/instance", "/setup"];

const listening = new WeakSet<object>();

/** Whether this process keeps sign-ins for `db` (it hears their changes). */
export const keepsSignIns = (db: object) => listening.has(db);

/** Listens for changes to sign-ins; a lost and re-made connection moves them on too (messages may have been missed). */
export async function listenForSignIns(database: Pick<Database, "db" | "listen">): Promise<() => Promise<void>> {
  const kept = signIns(database.db);
  const stop = await database.listen(
    SIGN_INS_CHANNEL,
    () => kept.moved(),
    () => kept.moved(),
  );
  listening.add(database.db);
  return async () => {
    listening.delete(database.db);
    kept.moved();
    await stop();
  };
}
