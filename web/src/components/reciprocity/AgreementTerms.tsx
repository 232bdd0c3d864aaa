import type { ReactNode } from "react";
import type { ReciprocityAgreement as Agreement } from "../../api/schema.ts";
import { formatDate } from "../../format.ts";
import { Amount, Amounts } from "../treasury/Amount.tsx";
import { hours, PERIOD_LABEL } from "./format.ts";

/** What the enterprise gives each period, in one line: "€50.00 + 2.50% of revenue + 10 h of contributions". */
export function TermsSummary({ agreement: a }: { agreement: Agreement }) {
  const parts: { key: string; node: ReactNode }[] = [];
  if (a.fixedFee !== null) parts.push({ key: "fee", node: <Amount amount={a.fixedFee} currency={a.currency} /> });
  if (a.revenueShare !== null) parts.push({ key: "share", node: `${a.revenueShare}% of revenue` });
  if (a.pledgeMinutes !== null) parts.push({ key: "pledge", node: `${hours(a.pledgeMinutes)} of contributions` });
  return (
    <span className="terms-summary">
      {parts.map((p, i) => (
        <span key={p.key}>
          {i > 0 ? " + " : ""}
          {p.node}
        </span>
      ))}{" "}
      {PERIOD_LABEL[a.period].toLowerCase()}
    </span>
  );
}

/** The agreement's terms and balances as a definition list. */
export function AgreementTerms({ agreement: a }: { agreement: Agreement }) {
  return (
    <dl className="agreement-terms">
      <div>
        <dt>Each period</dt>
        <dd>
          <TermsSummary agreement={a} />
        </dd>
      </div>
      <div>
        <dt>In force</dt>
        <dd>
          from {formatDate(a.startsOn)}
          {a.endsOn ? ` to ${formatDate(a.endsOn)}` : ""}
        </dd>
      </div>
      <div>
        <dt>Payment due</dt>
        <dd>{a.dueDays} days after each period ends</dd>
      </div>
      <div>
        <dt>Outstanding</dt>
        <dd>
          <Amounts list={a.outstanding} />
        </dd>
      </div>
      <div>
        <dt>In arrears</dt>
        <dd>
          <Amounts list={a.arrears} />
        </dd>
      </div>
      {a.pledgeMinutes !== null ? (
        <div>
          <dt>Hours short of the pledge</dt>
          <dd>{hours(a.pledgeShortfallMinutes)}</dd>
        </div>
      ) : null}
    </dl>
  );
}
