import type { Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { now } from "../../now.ts";
import { requireBook } from "../ledger/books.ts";
import type { Standing } from "../organizations/policy.ts";
import { findOrganization, findOrganizationById, type Organization, standingOf } from "../organizations/service.ts";

/** The organization, the actor's standing in it, and its books: what every treasury write starts from. */
export async function orgContext(tx: Executor, actor: Actor | null, slug: string) {
  const org = await findOrganization(tx, slug);
  const standing = await standingOf(tx, org.id, actor);
  return { org, standing };
}

/** The same, for a row that names its organization by id. */
export async function orgContextById(tx: Executor, actor: Actor | null, organizationId: string) {
  const org = await findOrganizationById(tx, organizationId);
  return { org, standing: await standingOf(tx, org.id, actor) };
}

export async function booksOf(tx: Executor, org: Pick<Organization, "id" | "name">, path?: string) {
  return requireBook(tx, org.id, org.name, path);
}

export type { Standing };

/** Today's date as the books record it (UTC). */
export const today = () => now().toISOString().slice(0, 10);
