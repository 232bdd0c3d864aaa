import { eq, sql } from "drizzle-orm";
import { isUniqueViolation } from "../../db/errors.ts";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { now } from "../../now.ts";
import { requireAdmin } from "../accounts/policy.ts";
import { people } from "../accounts/schema.ts";
import { insertPerson, type NewPerson } from "../accounts/service.ts";
import { createSession } from "../accounts/sessions.ts";
import { recordActivity } from "../activity/service.ts";
import { organizations } from "../organizations/schema.ts";
import type { Setup } from "./inputs.ts";
import { t } from "./messages.ts";
import { instance } from "./schema.ts";

export async function getInstanceInfo(db: Executor, emailEnabled: boolean) {
  const [row] = await db.select().from(instance).limit(1);
  const [counts] = await db
    .select({
      people: sql<number>`(select count(*)::int from ${people})`,
      organizations: sql<number>`(select count(*)::int from ${organizations})`,
    })
    .from(sql`(select 1) as one`);
  return {
    setUp: !!row,
    name: row?.name ?? "Triarchy",
    description: row?.description ?? "",
    counts: counts ?? { people: 0, organizations: 0 },
    email: { enabled: emailEnabled, requireVerified: row?.requireVerifiedEmail ?? false },
  };
}

/**
 * Creates the instance row and its admin together. The row's primary key lets only one
 * set-up through, however many arrive at once.
 */
export async function setUpInstance(db: Db, input: Setup, opts: { ttlDays: number; withSession: boolean }) {
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(instance)
        .values({ name: input.instanceName, description: input.description ?? "" })
        .returning();
      const admin = await insertPerson(tx, input, { isAdmin: true });
      await recordActivity(tx, {
        actorId: admin.id,
        verb: "instance.set_up",
        objectType: "instance",
        objectId: admin.id,
        data: { name: row?.name },
      });
      const session = opts.withSession ? await createSession(tx, admin.id, opts.ttlDays) : null;
      return { admin, session };
    });
  } catch (err) {
    if (isUniqueViolation(err, "instance_pkey")) throw AppError.conflict(t("alreadySetUp"));
    throw err;
  }
}

export async function updateInstance(
  db: Db,
  actor: Actor | null,
  patch: { name?: string; description?: string; requireVerifiedEmail?: boolean },
) {
  return db.transaction(async (tx) => {
    const me = requireAdmin(actor);
    const [row] = await tx
      .update(instance)
      .set({ ...patch, updatedAt: now() })
      .where(eq(instance.id, 1))
      .returning();
    if (!row) throw new AppError(409, "setup-required", t("setUpFirst"));
    await recordActivity(tx, {
      actorId: me.id,
      verb: "instance.updated",
      objectType: "instance",
      objectId: me.id,
      data: { name: row.name },
    });
    return row;
  });
}

/** For the CLI: an extra admin, or the first one on an instance that has none. */
export async function createAdmin(db: Db, input: NewPerson) {
  return db.transaction(async (tx) => {
    await tx.insert(instance).values({ name: "Triarchy" }).onConflictDoNothing();
    return insertPerson(tx, input, { isAdmin: true });
  });
}
