import { z } from "@hono/zod-openapi";
import { and, eq, gte, inArray, lte } from "drizzle-orm";
import { isUniqueViolation } from "../../db/errors.ts";
import { keyset } from "../../db/keyset.ts";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { decodeCursor, page } from "../../http/pagination.ts";
import { recordActivity } from "../activity/service.ts";
import { commons } from "../commons/schema.ts";
import { BANK, ensureAccount } from "../ledger/books.ts";
import { findOrganizationById } from "../organizations/service.ts";
import { booksOf, orgContext, today } from "../treasury/context.ts";
import { postTransfer } from "../treasury/transfer.ts";
import { splitExactly } from "../value/split.ts";
import type { PeriodBody } from "./inputs.ts";
import { t } from "./messages.ts";
import { authorizeRecordPeriod, requireEnterprise } from "./policy.ts";
import { type PHYLE_BASES, phyleBeneficiaries, phyleCharters, phyleCommitments, phylePeriods } from "./schema.ts";

export type Period = typeof phylePeriods.$inferSelect;

/** The enterprise's side of every commitment, and the steward's by destination (opened on first use). */
export const COMMITTED_ACCOUNT = { code: "expenses:commons", name: "Committed to the commons", type: "expense" } as const;
export const RECEIVED_ACCOUNT = {
  steward: { code: "income:phyle", name: "Phyle commitments", type: "income" },
  contributor_pool: { code: "liabilities:contributor-pool", name: "Held for contributors", type: "liability" },
} as const;

/** floor(share × base / 10,000), where the base is the revenue, or the surplus (never below zero). */
export function committedAmount(basis: (typeof PHYLE_BASES)[number], shareBp: number, revenue: number, costs: number): bigint {
  const base = basis === "revenue" ? BigInt(revenue) : BigInt(Math.max(0, revenue - costs));
  return (BigInt(shareBp) * base) / 10_000n;
}

const PERIOD_CONFLICTS = "body.periodStart";

/**
 * Records one period's revenue, computes what the charter commits from it, splits that exactly across
 * the beneficiaries by weight and pays each part into its commons' steward's books, all in one
 * transaction. The charter row's lock queues concurrent recordings, so the overlap check holds.
 */
export async function recordPeriod(db: Db, actor: Actor | null, slug: string, body: PeriodBody): Promise<Period> {
  try {
    return await db.transaction(async (tx) => {
      const { org, standing } = await orgContext(tx, actor, slug);
      const me = authorizeRecordPeriod(actor, standing);
      requireEnterprise(org);
      const [charter] = await tx.select().from(phyleCharters).where(eq(phyleCharters.enterpriseId, org.id)).for("update");
      if (!charter) throw AppError.conflict(t("noCharter", { organization: org.name }));
      const [overlap] = await tx
        .select({ start: phylePeriods.periodStart, end: phylePeriods.periodEnd })
        .from(phylePeriods)
        .where(
          and(
            eq(phylePeriods.enterpriseId, org.id),
            lte(phylePeriods.periodStart, body.periodEnd),
            gte(phylePeriods.periodEnd, body.periodStart),
          ),
        )
        .limit(1);
      if (overlap) throw AppError.conflict(t("periodOverlap", { start: overlap.start, end: overlap.end }), PERIOD_CONFLICTS);

      const committed = committedAmount(charter.basis, charter.shareBp, body.revenue, body.costs);
      const beneficiaries = await tx
        .select({
          commonsId: phyleBeneficiaries.commonsId,
          destination: phyleBeneficiaries.destination,
          weightBp: phyleBeneficiaries.weightBp,
          title: commons.title,
          stewardId: commons.stewardAssociationId,
        })
        .from(phyleBeneficiaries)
        .innerJoin(commons, eq(commons.id, phyleBeneficiaries.commonsId))
        .where(eq(phyleBeneficiaries.enterpriseId, org.id));
      const keyOf = (b: { commonsId: string; destination: string }) => `${b.commonsId}/${b.destination}`;
      const parts = splitExactly(
        committed,
        beneficiaries.map((b) => ({ key: keyOf(b), weight: BigInt(b.weightBp) })),
      );

      // Each beneficiary's payment is its own transfer: one entry in each organization's books.
      const transfers = new Map<string, string>();
      if (committed > 0n) {
        const book = await booksOf(tx, org, "body.revenue");
        await ensureAccount(tx, book, COMMITTED_ACCOUNT);
        for (const b of beneficiaries) {
          const amount = parts.get(keyOf(b)) ?? 0n;
          if (amount === 0n) continue;
          if (!b.stewardId) throw AppError.conflict(t("noStewardPart", { commons: b.title }));
          const steward = await findOrganizationById(tx, b.stewardId);
          const stewardBook = await booksOf(tx, steward, "body.revenue");
          const received = RECEIVED_ACCOUNT[b.destination];
          await ensureAccount(tx, stewardBook, received);
          const { transferId } = await postTransfer(tx, {
            from: { org, book, debit: COMMITTED_ACCOUNT.code, credit: BANK },
            to: { org: steward, book: stewardBook, debit: BANK, credit: received.code },
            kind: "phyle",
            amount,
            currency: charter.currency,
            date: today(),
            description: `Phyle commitment for ${body.periodStart} to ${body.periodEnd}: ${b.title}`,
            postedBy: me.id,
            commonsId: b.commonsId,
            path: "body.revenue",
          });
          transfers.set(keyOf(b), transferId);
        }
      }

      const [period] = await tx
        .insert(phylePeriods)
        .values({
          enterpriseId: org.id,
          periodStart: body.periodStart,
          periodEnd: body.periodEnd,
          currency: charter.currency,
          revenue: body.revenue,
          costs: body.costs,
          basis: charter.basis,
          shareBp: charter.shareBp,
          committed: Number(committed),
          recordedBy: me.id,
        })
        .returning();
      if (!period) throw new Error("period not written");
      await tx.insert(phyleCommitments).values(
        beneficiaries.map((b) => ({
          periodId: period.id,
          commonsId: b.commonsId,
          destination: b.destination,
          amount: Number(parts.get(keyOf(b)) ?? 0n),
          transferId: transfers.get(keyOf(b)) ?? null,
        })),
      );
      await recordActivity(tx, {
        actorId: me.id,
        verb: "phyle.period_recorded",
        objectType: "phyle_period",
        objectId: period.id,
        organizationId: org.id,
        data: {
          periodStart: body.periodStart,
          periodEnd: body.periodEnd,
          committed: String(committed),
          currency: charter.currency,
        },
      });
      return period;
    });
  } catch (err) {
    if (isUniqueViolation(err, "phyle_periods_key")) throw AppError.conflict(t("periodExists"), PERIOD_CONFLICTS);
    throw overdraftProblem(err) ?? err;
  }
}

/** The ledger's overdraft refusal, said in terms of the period: the enterprise cannot pay what it commits. */
function overdraftProblem(err: unknown) {
  if (!(err instanceof AppError) || err.errors[0]?.path !== "body.revenue" || !/below zero/.test(err.message)) return undefined;
  return AppError.conflict(t("overdraft"), "body.revenue");
}

const PeriodCursor = z.tuple([z.string(), z.string()]);
const latestFirst = keyset(
  [
    { column: phylePeriods.periodStart, type: "date" },
    { column: phylePeriods.id, type: "uuid" },
  ],
  "desc",
);

/** The enterprise's periods, latest first, each with its commitments. */
export async function listPeriods(db: Executor, slug: string, q: { cursor?: string; limit: number }) {
  const { org } = await orgContext(db, null, slug);
  const after = decodeCursor(q.cursor, PeriodCursor);
  const rows = await db
    .select()
    .from(phylePeriods)
    .where(and(eq(phylePeriods.enterpriseId, org.id), latestFirst.after(after)))
    .orderBy(...latestFirst.orderBy)
    .limit(q.limit + 1);
  const byPeriod = await commitmentsOf(
    db,
    rows.map((r) => r.id),
  );
  return page(
    rows,
    q.limit,
    (r) => ({ period: r, commitments: byPeriod.get(r.id) ?? [] }),
    (r) => [r.periodStart, r.id],
  );
}

/** Each period's commitments, by period id. */
async function commitmentsOf(db: Executor, ids: string[]) {
  const rows = ids.length
    ? await db
        .select({
          periodId: phyleCommitments.periodId,
          destination: phyleCommitments.destination,
          amount: phyleCommitments.amount,
          transferId: phyleCommitments.transferId,
          commonsSlug: commons.slug,
          commonsTitle: commons.title,
        })
        .from(phyleCommitments)
        .innerJoin(commons, eq(commons.id, phyleCommitments.commonsId))
        .where(inArray(phyleCommitments.periodId, ids))
        .orderBy(commons.slug, phyleCommitments.destination)
    : [];
  const byPeriod = new Map<string, typeof rows>();
  for (const c of rows) byPeriod.set(c.periodId, [...(byPeriod.get(c.periodId) ?? []), c]);
  return byPeriod;
}

/** One period with its commitments, as recorded. */
export async function periodWithCommitments(db: Executor, period: Period) {
  return { period, commitments: (await commitmentsOf(db, [period.id])).get(period.id) ?? [] };
}
