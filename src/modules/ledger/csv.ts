import { stringify } from "csv-stringify/sync";
import type { Executor } from "../../db/types.ts";
import { type ExportedTransaction, type ExportOptions, type LedgerExport, transactionBatches } from "./journal.ts";
import { toDecimal } from "./money.ts";

/** One row per posting, in (date, seq) order; text is exported exactly as posted (RFC 4180 quoting, no rewriting). */
export const CSV_COLUMNS = [
  "date",
  "seq",
  "transaction_id",
  "kind",
  "description",
  "counterparty",
  "counterparty_kind",
  "decision_id",
  "account",
  "amount_minor",
  "amount",
  "currency",
  "memo",
  "transfer_id",
  "reverses_id",
] as const;

export function csvRows(t: ExportedTransaction): string[][] {
  return t.postings.map((p) => [
    t.date,
    String(t.seq),
    t.id,
    t.kind,
    t.description,
    t.counterparty.name,
    t.counterparty.kind,
    t.decisionId ?? "",
    p.account,
    p.amount.toString(),
    toDecimal(p.amount, p.currency),
    p.currency,
    p.memo ?? "",
    t.transferId ?? "",
    t.reversesId ?? "",
  ]);
}

/** The books as CSV, streamed: the header row, then one chunk per batch of transactions. */
export async function* ledgerCsv(db: Executor, exp: LedgerExport, opts: ExportOptions = {}): AsyncGenerator<string> {
  yield stringify([[...CSV_COLUMNS]]);
  let done = 0;
  for await (const batch of transactionBatches(db, exp, opts.batchSize)) {
    const chunk = stringify(batch.flatMap(csvRows));
    done += batch.length;
    yield chunk;
    opts.onProgress?.(done);
  }
}
