import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/types.ts";
import { AppError } from "../../http/errors.ts";
import type { Translatable } from "../../text/messages.ts";
import { activities } from "../activity/schema.ts";
import { recordActivity } from "../activity/service.ts";
import { bookOf } from "../ledger/books.ts";
import type { Organization } from "../organizations/service.ts";
import { t } from "./messages.ts";

/**
 * An invoice is a bill in the enterprise's books and a receivable in the association's, so it cannot
 * be raised until both have opened theirs. A newly created company often has not: the treasurer who
 * tries is told what to do and by whom, and the company's members are told that someone is waiting.
 */
export const BOOKS_CLOSED = "invoice.books_closed";

type Party = Pick<Organization, "id" | "name" | "slug">;

export interface ClosedBooks {
  /** The parties whose books are not open, enterprise first. */
  parties: { org: Party; side: "enterprise" | "association" }[];
  periodStart: string;
  periodEnd: string;
  amount: bigint;
  currency: string;
}

/** Which of the two parties have not opened their books. */
export async function closedParties(tx: Executor, enterprise: Party, association: Party): Promise<ClosedBooks["parties"]> {
  const [e, a] = await Promise.all([bookOf(tx, enterprise.id), bookOf(tx, association.id)]);
  return [
    ...(e ? [] : [{ org: enterprise, side: "enterprise" as const }]),
    ...(a ? [] : [{ org: association, side: "association" as const }]),
  ];
}

/**
 * Tells each party with closed books, once per agreement and period (a treasurer's retries and the
 * clock's ticks add nothing), in an activity row its members see.
 */
export async function noticeClosedBooks(
  tx: Executor,
  agreement: { id: string; commonsTitle: string; other: Record<"enterprise" | "association", Party> },
  closed: ClosedBooks,
  by: string | null,
) {
  for (const { org, side } of closed.parties) {
    const [seen] = await tx
      .select({ id: activities.id })
      .from(activities)
      .where(
        and(
          eq(activities.objectType, "agreement"),
          eq(activities.objectId, agreement.id),
          eq(activities.verb, BOOKS_CLOSED),
          eq(activities.organizationId, org.id),
          sql`${activities.data}->>'periodStart' = ${closed.periodStart}`,
        ),
      )
      .limit(1);
    if (seen) continue;
    const counterpart = agreement.other[side === "enterprise" ? "association" : "enterprise"];
    await recordActivity(tx, {
      actorId: by,
      verb: BOOKS_CLOSED,
      objectType: "agreement",
      objectId: agreement.id,
      targetType: "organization",
      targetId: org.id,
      organizationId: org.id,
      visibility: "members",
      data: {
        periodStart: closed.periodStart,
        periodEnd: closed.periodEnd,
        amount: String(closed.amount),
        currency: closed.currency,
        commons: agreement.commonsTitle,
        counterpart: { slug: counterpart.slug, name: counterpart.name },
      },
    });
  }
}

/** The refusal: whose books, why they matter, who opens them and where, and that they have been told. */
export function closedBooksProblem(closed: ClosedBooks): AppError {
  const parties = closed.parties.map(({ org, side }) => t("booksClosedParty", { organization: org.name, side }));
  const each: Translatable = { in: (language) => parties.map((p) => p.in(language)).join(" ") };
  return AppError.conflict(t("booksClosed", { parties: each }), "path.id");
}
