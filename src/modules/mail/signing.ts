import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { sql } from "drizzle-orm";
import { rowsOf } from "../../db/rows.ts";
import type { Executor } from "../../db/types.ts";

const secrets = new WeakMap<object, Promise<string>>();

/** The instance's signing key (mail_key), made by whichever process first needs it. */
export function mailSecret(db: Executor): Promise<string> {
  let secret = secrets.get(db);
  if (!secret) {
    secret = (async () => {
      await db.execute(sql`insert into mail_key (id, secret) values (1, ${randomBytes(32).toString("base64url")}) on conflict do nothing`);
      const [row] = await rowsOf<{ secret: string }>(db, sql`select secret from mail_key where id = 1`);
      if (!row) throw new Error("mail_key has no row");
      return row.secret;
    })();
    secret.catch(() => secrets.delete(db));
    secrets.set(db, secret);
  }
  return secret;
}

const mac = (secret: string, purpose: string, payload: string) =>
  createHmac("sha256", secret).update(`${purpose}\u0000${payload}`).digest("base64url");

/**
 * `payload.signature`, the signature binding the payload to one purpose (a token made to unsubscribe
 * cannot be replayed as a reply address). The payload is readable: put nothing secret in it.
 */
export function sign(secret: string, purpose: string, payload: string): string {
  return `${payload}.${mac(secret, purpose, payload)}`;
}

/** The payload a token signs for `purpose`, or null if it was not made with this key for this purpose. */
export function verify(secret: string, purpose: string, token: string): string | null {
  const dot = token.lastIndexOf(".");
  if (dot <= 0) return null;
  const payload = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(mac(secret, purpose, payload));
  return given.length === expected.length && timingSafeEqual(given, expected) ? payload : null;
}
