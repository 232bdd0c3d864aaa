import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ReciprocityAgreement as Agreement } from "../../api/schema.ts";
import { formatDate } from "../../format.ts";
import { Amount, Amounts } from "../treasury/Amount.tsx";
import { formatDecimalText, hours, PERIOD_WORD } from "./format.ts";

/** What the enterprise gives each period, in one line: "€50.00 + 2.50% of revenue + 10 h of contributions". */
export function TermsSummary({ agreement: a }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const parts: { key: string; node: ReactNode }[] = [];
  if (a.fixedFee !== null) parts.push({ key: "fee", node: <Amount amount={a.fixedFee} currency={a.currency} /> });
  if (a.revenueShare !== null)
    parts.push({ key: "share", node: t("reciprocity.terms.revenueShare", { share: formatDecimalText(a.revenueShare) }) });
  if (a.pledgeMinutes !== null) parts.push({ key: "pledge", node: t("reciprocity.terms.pledge", { hours: hours(a.pledgeMinutes) }) });
  return (
    <span className="terms-summary">
      {parts.map((p, i) => (
        <span key={p.key}>
          {i > 0 ? t("reciprocity.terms.plus") : ""}
          {p.node}
        </span>
      ))}{" "}
      {PERIOD_WORD[a.period]}
    </span>
  );
}

/** The agreement's terms and balances as a definition list. */
export function AgreementTerms({ agreement: a }: { agreement: Agreement }) {
  const { t } = useTranslation();
  return (
    <dl className="agreement-terms">
      <div>
        <dt>{t("reciprocity.terms.eachPeriod")}</dt>
        <dd>
          <TermsSummary agreement={a} />
        </dd>
      </div>
      <div>
        <dt>{t("reciprocity.terms.inForce")}</dt>
        <dd>
          {a.endsOn
            ? t("reciprocity.terms.fromTo", { from: formatDate(a.startsOn), to: formatDate(a.endsOn) })
            : t("reciprocity.terms.from", { from: formatDate(a.startsOn) })}
        </dd>
      </div>
      <div>
        <dt>{t("reciprocity.terms.due")}</dt>
        <dd>{t("reciprocity.terms.dueDays", { count: a.dueDays })}</dd>
      </div>
      <div>
        <dt>{t("reciprocity.terms.outstanding")}</dt>
        <dd>
          <Amounts list={a.outstanding} />
        </dd>
      </div>
      <div>
        <dt>{t("reciprocity.terms.arrears")}</dt>
        <dd>
          <Amounts list={a.arrears} />
        </dd>
      </div>
      {a.pledgeMinutes !== null ? (
        <div>
          <dt>{t("reciprocity.terms.shortfall")}</dt>
          <dd>{hours(a.pledgeShortfallMinutes)}</dd>
        </div>
      ) : null}
    </dl>
  );
}
