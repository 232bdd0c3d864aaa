import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../../db/types.ts";
import type { Text } from "../../text/messages.ts";
import { people } from "../accounts/schema.ts";
import { memberships } from "../memberships/schema.ts";
import { t } from "./messages.ts";

/**
 * Who keeps an organization's books, for refusals that must say who can act: a refusal that names
 * nobody leaves a new organization (whose only member is its steward) with no next step.
 */
export async function treasurersOf(db: Executor, organizationId: string): Promise<{ handle: string; name: string }[]> {
  return db
    .select({ handle: people.handle, name: people.name })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.status, "active"), eq(memberships.role, "treasurer")))
    .orderBy(asc(people.name))
    .limit(3);
}

/** "Pia Payables", "Pia Payables or Tom Till": whom to ask. */
export const either = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;

/**
 * What an organization without a treasurer does first, as a sentence that follows another (it
 * starts with a space); nothing when it has one.
 */
export const noTreasurerStep = (orgName: string, treasurers: unknown[]): Text =>
  treasurers.length ? "" : t("noTreasurerStep", { org: orgName });
