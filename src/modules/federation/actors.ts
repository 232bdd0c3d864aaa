import { exportJwk, generateCryptoKeyPair, importJwk } from "@fedify/fedify";
import { eq, sql } from "drizzle-orm";
import { rowsOf } from "../../db/rows.ts";
import type { Executor } from "../../db/types.ts";
import { people } from "../accounts/schema.ts";
import { organizations } from "../organizations/schema.ts";
import { actorKeys } from "./schema.ts";

/** A local actor: a person (ActivityPub `Person`) or an organization (`Group`, FEP-1b12). */
export type LocalActor =
  | { kind: "person"; id: string; username: string; name: string; summary: string; joinPolicy: null }
  | { kind: "organization"; id: string; username: string; name: string; summary: string; joinPolicy: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The local actor whose row has this id (actors are addressed by id: a handle or slug may change). */
export async function localActor(db: Executor, id: string): Promise<LocalActor | null> {
  if (!UUID.test(id)) return null;
  const [person] = await db
    .select({ id: people.id, username: people.handle, name: people.name, summary: people.bio })
    .from(people)
    .where(eq(people.id, id));
  if (person) return { kind: "person", ...person, joinPolicy: null };
  const [org] = await db
    .select({
      id: organizations.id,
      username: organizations.slug,
      name: organizations.name,
      summary: organizations.description,
      joinPolicy: organizations.joinPolicy,
    })
    .from(organizations)
    .where(eq(organizations.id, id));
  return org ? { kind: "organization", ...org } : null;
}

/** WebFinger's `acct:name@host`: a person's handle, or else an organization's slug. */
export async function actorIdByName(db: Executor, name: string): Promise<string | null> {
  const lower = name.toLowerCase();
  const [person] = await db.select({ id: people.id }).from(people).where(eq(people.handle, lower));
  if (person) return person.id;
  const [org] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, lower));
  return org?.id ?? null;
}

const ALGORITHMS = ["RSASSA-PKCS1-v1_5", "Ed25519"] as const;

/**
 * The actor's key pairs, RSA first (HTTP Signatures) then Ed25519 (Object Integrity Proofs), made and
 * stored the first time they are asked for; two processes asking at once keep the first one written.
 */
export async function actorKeyPairs(db: Executor, actorId: string): Promise<CryptoKeyPair[]> {
  let rows = await db.select().from(actorKeys).where(eq(actorKeys.actorId, actorId));
  const missing = ALGORITHMS.filter((a) => !rows.some((r) => r.algorithm === a));
  if (missing.length) {
    for (const algorithm of missing) {
      const pair = await generateCryptoKeyPair(algorithm);
      await db
        .insert(actorKeys)
        .values({ actorId, algorithm, publicKey: await exportJwk(pair.publicKey), privateKey: await exportJwk(pair.privateKey) })
        .onConflictDoNothing();
    }
    rows = await db.select().from(actorKeys).where(eq(actorKeys.actorId, actorId));
  }
  const ordered = ALGORITHMS.map((a) => rows.find((r) => r.algorithm === a)).filter((r) => r !== undefined);
  return Promise.all(
    ordered.map(async (r) => ({
      publicKey: await importJwk(r.publicKey as JsonWebKey, "public"),
      privateKey: await importJwk(r.privateKey as JsonWebKey, "private"),
    })),
  );
}

/** How many local people and organizations there are, for NodeInfo. */
export async function localCounts(db: Executor) {
  const [row] = await rowsOf<{ people: number; organizations: number }>(
    db,
    sql`select (select count(*) from people)::int as people, (select count(*) from organizations)::int as organizations`,
  );
  return row ?? { people: 0, organizations: 0 };
}
