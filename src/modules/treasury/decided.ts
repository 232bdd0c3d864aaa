import { and, eq, ne } from "drizzle-orm";
import type { Executor } from "../../db/types.ts";
import { writtenAt } from "../../db/written-at.ts";
import { recordActivity } from "../activity/service.ts";
import type { proposals } from "../decisions/schema.ts";
import { budgets, expenses } from "./schema.ts";

type DecidedProposal = typeof proposals.$inferSelect;

/**
 * What a closed or cancelled proposal means for the expense or budget it was about, applied in the
 * transaction that closes it. Passed approves; rejected rejects; a vote without quorum, or a cancelled
 * one, decided nothing, so the expense or budget goes back to wait for another decision.
 */
export async function applyDecision(tx: Executor, p: DecidedProposal) {
  const decided = p.status === "closed" && (p.outcome === "passed" || p.outcome === "rejected");
  const passed = decided && p.outcome === "passed";

  const [expense] = await tx
    .update(expenses)
    .set(
      decided
        ? { status: passed ? "approved" : "rejected", approval: passed ? "decision" : null, decidedAt: writtenAt, updatedAt: writtenAt }
        : { proposalId: null, updatedAt: writtenAt },
    )
    .where(and(eq(expenses.proposalId, p.id), eq(expenses.status, "submitted")))
    .returning({ id: expenses.id, purpose: expenses.purpose });
  if (expense && decided) {
    await recordActivity(tx, {
      actorId: null,
      verb: passed ? "expense.approved" : "expense.rejected",
      objectType: "expense",
      objectId: expense.id,
      targetType: "proposal",
      targetId: p.id,
      organizationId: p.organizationId,
      data: { purpose: expense.purpose, by: "decision" },
    });
  }

  const [budget] = await tx
    .select()
    .from(budgets)
    .where(and(eq(budgets.proposalId, p.id), eq(budgets.status, "proposed")));
  if (!budget) return;
  if (passed) {
    // The newest approved budget for a year replaces the one before it (an amendment).
    await tx
      .update(budgets)
      .set({ status: "superseded" })
      .where(
        and(
          eq(budgets.organizationId, budget.organizationId),
          eq(budgets.year, budget.year),
          eq(budgets.status, "approved"),
          ne(budgets.id, budget.id),
        ),
      );
  }
  await tx
    .update(budgets)
    .set(decided ? { status: passed ? "approved" : "rejected" } : { status: "draft", proposalId: null })
    .where(eq(budgets.id, budget.id));
  if (decided) {
    await recordActivity(tx, {
      actorId: null,
      verb: passed ? "budget.approved" : "budget.rejected",
      objectType: "budget",
      objectId: budget.id,
      targetType: "proposal",
      targetId: p.id,
      organizationId: p.organizationId,
      data: { title: budget.title, year: budget.year },
    });
  }
}
