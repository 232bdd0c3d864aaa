import { eq, sql } from "drizzle-orm";
import type { Db, Executor } from "../../db/types.ts";
import { writtenAt } from "../../db/written-at.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { nowMs } from "../../now.ts";
import { renderMarkdown } from "../../text/markdown.ts";
import { recordActivity } from "../activity/service.ts";
import { threads } from "../discussions/schema.ts";
import type { Organization } from "../organizations/service.ts";
import { findOrganization, lockedStanding } from "../organizations/service.ts";
import { applyDecision } from "../treasury/decided.ts";
import type { NewProposal } from "./inputs.ts";
import { openVoting, type Proposal, settle } from "./lifecycle.ts";
import { t } from "./messages.ts";
import { authorizeManage, authorizePropose } from "./policy.ts";
import { proposals } from "./schema.ts";

const DEFAULT_SCORE_MAX = 5;

/**
 * Writes a proposal and its discussion thread; if voting opens now, freezes the electorate and opens
 * it in the same transaction. The treasury calls this too, inside its own transaction, to put an
 * expense or a budget to the members.
 */
export async function insertProposal(
  tx: Executor,
  me: Actor,
  org: Pick<Organization, "id" | "slug">,
  input: NewProposal,
): Promise<Proposal> {
  const [row] = await tx
    .insert(proposals)
    .values({
      organizationId: org.id,
      authorId: me.id,
      title: input.title,
      body: input.body ?? "",
      html: renderMarkdown(input.body ?? ""),
      method: input.method,
      options: input.options ?? [],
      thresholdNumerator: input.threshold?.numerator ?? null,
      thresholdDenominator: input.threshold?.denominator ?? null,
      scoreMax: input.method === "score" ? (input.scoreMax ?? DEFAULT_SCORE_MAX) : null,
      electorateRoles: input.electorateRoles ? [...new Set(input.electorateRoles)] : null,
      quorumPercent: input.quorumPercent,
      ballot: input.ballot,
      opensAt: input.opensAt ? new Date(input.opensAt) : sql`triarchy_now()`,
      closesAt: new Date(input.closesAt),
    })
    .returning();
  if (!row) throw new Error("insert returned no proposal");
  // A proposal holds one discussion, opened with it, so two first comments cannot start two.
  await tx
    .insert(threads)
    .values({ subjectType: "proposal", subjectId: row.id, organizationId: org.id, title: row.title, authorId: me.id });
  await recordActivity(tx, {
    actorId: me.id,
    verb: "proposal.created",
    objectType: "proposal",
    objectId: row.id,
    organizationId: org.id,
    data: { title: row.title, method: row.method, organization: org.slug },
  });
  return row.opensAt.getTime() <= nowMs() ? openVoting(tx, row) : row;
}

export async function createProposal(db: Db, actor: Actor | null, orgSlug: string, input: NewProposal): Promise<Proposal> {
  return db.transaction(async (tx) => {
    const org = await findOrganization(tx, orgSlug);
    const me = authorizePropose(actor, await lockedStanding(tx, org.id, actor));
    return insertProposal(tx, me, org, input);
  });
}

/** Locks a proposal, brought up to date with the clock, for a change by its author or a steward. */
async function lockForManager(tx: Executor, actor: Actor | null, id: string) {
  const p = await settle(tx, id);
  if (!p) throw AppError.notFound(t("proposal"));
  const me = authorizeManage(actor, await lockedStanding(tx, p.organizationId, actor), p.authorId);
  return { p, me };
}

/**
 * Cancels a proposal before it closes (its author or a steward), with a public reason. Whatever it
 * was deciding goes back to wait for another decision.
 */
export async function cancelProposal(db: Db, actor: Actor | null, id: string, reason: string): Promise<Proposal> {
  return db.transaction(async (tx) => {
    const { p, me } = await lockForManager(tx, actor, id);
    if (p.status === "closed" || p.status === "cancelled") throw AppError.conflict(t("alreadyEnded", { status: p.status }));
    const [cancelled] = await tx
      .update(proposals)
      .set({ status: "cancelled", cancelledReason: reason, updatedAt: writtenAt })
      .where(eq(proposals.id, p.id))
      .returning();
    if (!cancelled) throw new Error("update returned no proposal");
    await recordActivity(tx, {
      actorId: me.id,
      verb: "proposal.cancelled",
      objectType: "proposal",
      objectId: p.id,
      organizationId: p.organizationId,
      data: { title: p.title, reason },
    });
    await applyDecision(tx, cancelled);
    return cancelled;
  });
}
