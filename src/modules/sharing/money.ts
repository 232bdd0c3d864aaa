import { Temporal } from "temporal-polyfill";
import type { Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { localized } from "../../http/request-language.ts";
import { nowMs } from "../../now.ts";
import { ensureAccount, requireBook } from "../ledger/books.ts";
import { postTransaction } from "../ledger/post.ts";
import { findOrganizationById } from "../organizations/service.ts";
import { t } from "./messages.ts";
import type { Booking, Library } from "./schema.ts";

/**
 * A library's money goes through its organization's double-entry books, taken at the desk in cash:
 * a rental fee and a late fee are income; a deposit is held as a liability (it is the borrower's) and
 * handed back on return. Public books name the counterparty "A borrower", never the person.
 */
const CASH = "assets:cash";

async function booksFor(tx: Executor, library: Library) {
  const org = await findOrganizationById(tx, library.organizationId);
  const book = await requireBook(tx, org.id, org.name, "path.id");
  if (book.currency !== library.currency)
    throw AppError.conflict(t("currencyMismatch", { library: library.currency, books: book.currency }));
  const account = (code: string, name: string, type: "asset" | "income" | "liability") => ensureAccount(tx, book, { code, name, type });
  return { org, book, account };
}

const dayIn = (library: Library) =>
  Temporal.Instant.fromEpochMilliseconds(nowMs()).toZonedDateTimeISO(library.timeZone).toPlainDate().toString();

async function post(
  tx: Executor,
  me: Actor,
  library: Library,
  entry: {
    kind: "rental" | "deposit";
    description: string;
    lines: { code: string; name: string; type: "asset" | "income" | "liability"; amount: bigint }[];
  },
) {
  const { org, book, account } = await booksFor(tx, library);
  const postings = [];
  for (const line of entry.lines) {
    const acc = await account(line.code, line.name, line.type);
    postings.push({ accountId: acc.id, amount: line.amount, currency: book.currency });
  }
  return postTransaction(tx, {
    bookId: book.id,
    organizationId: org.id,
    kind: entry.kind,
    date: dayIn(library),
    description: entry.description,
    counterparty: { kind: "individual", name: localized(t("aBorrower")) },
    postedBy: me.id,
    postings,
    path: "path.id",
  });
}

const cash = () => ({ code: CASH, name: localized(t("accountCash")), type: "asset" as const });

/** At check-out: the fee as income, the deposit held. Nothing is posted for a free loan without deposit. */
export async function chargeAtCheckOut(tx: Executor, me: Actor, library: Library, booking: Booking, what: string) {
  if (booking.fee > 0n) {
    await post(tx, me, library, {
      kind: "rental",
      description: localized(t("rentalOf", { what })),
      lines: [
        { ...cash(), amount: booking.fee },
        { code: "income:rentals", name: localized(t("accountRentals")), type: "income", amount: -booking.fee },
      ],
    });
  }
  if (booking.deposit > 0n) {
    await post(tx, me, library, {
      kind: "deposit",
      description: localized(t("depositFor", { what })),
      lines: [
        { ...cash(), amount: booking.deposit },
        { code: "liabilities:deposits-held", name: localized(t("accountDeposits")), type: "liability", amount: -booking.deposit },
      ],
    });
  }
}

/** At check-in: the deposit handed back, and a late fee per day (or part of one) past the due time. */
export async function settleAtCheckIn(
  tx: Executor,
  me: Actor,
  library: Library,
  booking: Booking | undefined,
  loan: { dueAt: Date; checkedInAt: Date },
  lateFeePerDay: number,
  what: string,
) {
  if (booking && booking.deposit > 0n) {
    await post(tx, me, library, {
      kind: "deposit",
      description: localized(t("depositBack", { what })),
      lines: [
        { code: "liabilities:deposits-held", name: localized(t("accountDeposits")), type: "liability", amount: booking.deposit },
        { ...cash(), amount: -booking.deposit },
      ],
    });
  }
  const lateMs = loan.checkedInAt.getTime() - loan.dueAt.getTime();
  const lateDays = lateMs > 0 ? Math.ceil(lateMs / 86_400_000) : 0;
  const fee = BigInt(lateFeePerDay) * BigInt(lateDays);
  if (fee > 0n) {
    await post(tx, me, library, {
      kind: "rental",
      description: localized(t("lateFeeFor", { what, days: lateDays })),
      lines: [
        { ...cash(), amount: fee },
        { code: "income:late-fees", name: localized(t("accountLateFees")), type: "income", amount: -fee },
      ],
    });
  }
  return { lateDays, lateFee: fee };
}
