import { randomBytes } from "node:crypto";
import type { Db } from "../db/types.ts";
import { apiTokens, people } from "../modules/accounts/schema.ts";
import { API_TOKEN_PREFIX, hashPassword, randomToken, sha256 } from "../modules/accounts/secrets.ts";
import { commons } from "../modules/commons/schema.ts";
import { instance } from "../modules/instance/schema.ts";
import { memberships } from "../modules/memberships/schema.ts";
import { organizations } from "../modules/organizations/schema.ts";

/** Test data straight into the database, so each test states only what it is about. */
export const PASSWORD = "correct horse battery staple";
let passwordHash: Promise<string> | undefined;
// 48 bits: the policy matrices make a world per cell, a thousand names in one database, where 32 bits
// gave two organizations the same slug about once in ten thousand runs (CI saw it).
const unique = () => randomBytes(6).toString("hex");

export interface TestPerson {
  id: string;
  handle: string;
  name: string;
  email: string;
  password: string;
  /** A personal API token, for Bearer requests. */
  token: string;
  isAdmin: boolean;
}

export async function ensureInstance(db: Db) {
  await db.insert(instance).values({ name: "Test instance" }).onConflictDoNothing();
}

export async function makePerson(
  db: Db,
  over: { handle?: string; name?: string; email?: string; isAdmin?: boolean } = {},
): Promise<TestPerson> {
  passwordHash ??= hashPassword(PASSWORD);
  const handle = over.handle ?? `p-${unique()}`;
  const [row] = await db
    .insert(people)
    .values({
      handle,
      name: over.name ?? `Person ${handle}`,
      email: over.email ?? `${handle}@example.test`,
      passwordHash: await passwordHash,
      isAdmin: over.isAdmin ?? false,
    })
    .returning();
  if (!row) throw new Error("no person");
  const token = `${API_TOKEN_PREFIX}${randomToken()}`;
  await db.insert(apiTokens).values({ personId: row.id, name: "test", tokenHash: sha256(token), prefix: token.slice(0, 8) });
  return { id: row.id, handle: row.handle, name: row.name, email: row.email, password: PASSWORD, token, isAdmin: row.isAdmin };
}

type Kind = (typeof organizations.$inferInsert)["kind"];

export async function makeOrg(db: Db, steward: TestPerson, over: Partial<typeof organizations.$inferInsert> & { kind?: Kind } = {}) {
  const kind = over.kind ?? "community";
  const slug = over.slug ?? `org-${unique()}`;
  const [org] = await db
    .insert(organizations)
    .values({
      slug,
      name: over.name ?? `Organization ${slug}`,
      kind,
      ownership: kind === "enterprise" ? (over.ownership ?? "cooperative") : null,
      description: over.description ?? "",
      joinPolicy: over.joinPolicy ?? (kind === "community" ? "open" : "approval"),
      createdBy: steward.id,
    })
    .returning();
  if (!org) throw new Error("no org");
  await db.insert(memberships).values({ organizationId: org.id, personId: steward.id, role: "steward", status: "active" });
  return org;
}

export async function addMember(
  db: Db,
  org: { id: string },
  person: TestPerson,
  role: (typeof memberships.$inferInsert)["role"] = "member",
  status: (typeof memberships.$inferInsert)["status"] = "active",
) {
  await db.insert(memberships).values({ organizationId: org.id, personId: person.id, role, status });
}

/** A commons stewarded by a fresh community whose steward is `steward`. */
export async function makeCommons(db: Db, steward: TestPerson, over: Partial<typeof commons.$inferInsert> = {}) {
  const community = await makeOrg(db, steward, { kind: "community" });
  const slug = over.slug ?? `commons-${unique()}`;
  const [row] = await db
    .insert(commons)
    .values({ slug, title: `Commons ${slug}`, licence: "CC-BY-SA-4.0", communityId: community.id, createdBy: steward.id, ...over })
    .returning();
  if (!row) throw new Error("no commons");
  return { ...row, community };
}
