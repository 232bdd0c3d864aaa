import { stringify } from "csv-stringify/sync";
import type { Executor } from "../../db/types.ts";
import { type ExportedTransaction, type ExportOptions, type LedgerExport, transactionBatches } from "./journal.ts";
import { toDecimal } from "./money.ts";

/**
 * One row per posting, in (date, seq) order (RFC 4180 quoting). Text comes from donors and treasurers,
 * so a cell a spreadsheet would read as a formula (starting with =, +, -, @, tab or carriage return)
 * gets a leading apostrophe, as OWASP advises; so does text that already starts with one, so that
 * `fromLedgerCsvText` can always take exactly one off again.
 */
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

const FORMULA_START = /^[=+\-@\t\r]/;
const safeText = (s: string) => (FORMULA_START.test(s) || s.startsWith("'") ? `'${s}` : s);
/** The text as posted, from a CSV cell written by `safeText`. */
export const fromLedgerCsvText = (s: string) => (s.startsWith("'") ? s.slice(1) : s);

export function csvRows(t: ExportedTransaction): string[][] {
  return t.postings.map((p) => [
    t.date,
    String(t.seq),
    t.id,
    t.kind,
    safeText(t.description),
    safeText(t.counterparty.name),
    t.counterparty.kind,
    t.decisionId ?? "",
    p.account,
    p.amount.toString(),
    toDecimal(p.amount, p.currency),
    p.currency,
    safeText(p.memo ?? ""),
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
