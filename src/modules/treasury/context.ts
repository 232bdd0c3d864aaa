import { dayOf } from "../../calendar.ts";
import type { Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { now } from "../../now.ts";
import { requireBook } from "../ledger/books.ts";
import type { Standing } from "../organizations/policy.ts";
import { findOrganization, findOrganizationById, lockedStanding, type Organization, standingOf } from "../organizations/service.ts";

/**
 * The organization and the actor's standing in it: what every treasury write starts from. Called
 * inside the write's transaction, it locks the standing until the write commits (lockedStanding),
 * so a treasurer removed meanwhile is either removed after the write or refused by it.
 */
export async function orgContext(tx: Executor, actor: Actor | null, slug: string) {
  const org = await findOrganization(tx, slug);
  const standing = await lockedStanding(tx, org.id, actor);
  return { org, standing };
}

/** The same, for a row that names its organization by id. */
export async function orgContextById(tx: Executor, actor: Actor | null, organizationId: string) {
  const org = await findOrganizationById(tx, organizationId);
  return { org, standing: await lockedStanding(tx, org.id, actor) };
}

/** The organization and a viewer's standing in it, for reads: nothing is locked. */
export async function viewContext(db: Executor, viewer: Actor | null, slug: string) {
  const org = await findOrganization(db, slug);
  return { org, standing: await standingOf(db, org.id, viewer) };
}

export async function booksOf(tx: Executor, org: Pick<Organization, "id" | "name">, path?: string) {
  return requireBook(tx, org.id, org.name, path);
}

export type { Standing };

/** Today's date as the books record it (UTC). */
export const today = () => dayOf(now());
