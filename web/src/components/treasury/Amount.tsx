import type { Money } from "../../api/schema.ts";
import { formatMoney, toDecimal } from "./money.ts";

/** One amount, exactly as the server counted it; `data` carries the plain decimal for machines. */
export function Amount({ amount, currency, signed = false }: { amount: string | bigint; currency: string; signed?: boolean }) {
  return (
    <data className="amount" value={`${toDecimal(amount, currency)} ${currency}`}>
      {formatMoney(amount, currency, { signDisplay: signed ? "exceptZero" : "auto" })}
    </data>
  );
}

/** Amounts in several currencies, one a line; a dash when there are none. */
export function Amounts({ list, signed = false }: { list: Money[]; signed?: boolean }) {
  if (list.length === 0) return <span className="muted">—</span>;
  return (
    <span className="amounts">
      {list.map((m) => (
        <Amount key={m.currency} amount={m.amount} currency={m.currency} signed={signed} />
      ))}
    </span>
  );
}
