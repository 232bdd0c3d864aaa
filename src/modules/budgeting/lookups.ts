import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/types.ts";
import { AppError } from "../../http/errors.ts";
import { findCall } from "./calls.ts";
import { t } from "./messages.ts";
import { pbGrants, pbProjects, pbTranches } from "./schema.ts";

/** A project by its call and number, as the API's paths name it. */
export async function projectIdOf(db: Executor, slug: string, number: string): Promise<string> {
  const call = await findCall(db, slug);
  const [p] = await db
    .select({ id: pbProjects.id })
    .from(pbProjects)
    .where(and(eq(pbProjects.callId, call.id), eq(pbProjects.number, number)));
  if (!p) throw AppError.notFound(t("project"));
  return p.id;
}

/** The grant of a call's project, by the project's number. */
export async function grantIdOf(db: Executor, slug: string, number: string): Promise<string> {
  const projectId = await projectIdOf(db, slug, number);
  const [g] = await db.select({ id: pbGrants.id }).from(pbGrants).where(eq(pbGrants.projectId, projectId));
  if (!g) throw AppError.notFound(t("grant"));
  return g.id;
}

export async function trancheIdOf(db: Executor, slug: string, number: string, position: number): Promise<string> {
  const grantId = await grantIdOf(db, slug, number);
  const [x] = await db
    .select({ id: pbTranches.id })
    .from(pbTranches)
    .where(and(eq(pbTranches.grantId, grantId), eq(pbTranches.position, position)));
  if (!x) throw AppError.notFound(t("tranche"));
  return x.id;
}
