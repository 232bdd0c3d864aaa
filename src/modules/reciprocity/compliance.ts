import type { Text, Translatable } from "../../text/messages.ts";
import { type Licence, type LicenceRule, licenceTerms, type Obligation, type Ownership, type UsePurpose } from "../commons/licences.ts";
import { toDecimal } from "../ledger/money.ts";
import { t } from "./messages.ts";

export const COMPLIANCE_STATUSES = ["compliant", "agreement_needed", "agreement_in_force", "in_arrears"] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

export interface ComplianceFacts {
  licence: Pick<Licence, "family" | "url" | "name">;
  use: { purpose: UsePurpose; surplusToWorkers: boolean };
  /** The enterprise's ownership form (organizations.ownership). */
  ownership: Ownership;
  /** Whether a reciprocity agreement with the commons' steward association is in force today. */
  agreementInForce: boolean;
  /** Open invoices of that agreement past their due day. */
  overdue: readonly { amount: bigint; currency: string }[];
}

/** Texts for people, written in the request's language when the response is built (views.ts). */
export interface Compliance {
  status: ComplianceStatus;
  /** What the licence says of this use without any agreement. */
  outcome: LicenceRule["outcome"];
  explanation: Text;
  clause: { ref: Text; text: Text; url: string };
  obligations: readonly { id: Obligation["id"]; text: Text }[];
}

const matches = (rule: LicenceRule, f: ComplianceFacts) =>
  rule.purposes.includes(f.use.purpose) &&
  (!rule.ownerships || rule.ownerships.includes(f.ownership)) &&
  (!rule.surplusToWorkers || f.use.surplusToWorkers);

/** Sums per currency, so arrears read "12.00 EUR and 3.00 USD" rather than one line per invoice. */
export function totals(amounts: readonly { amount: bigint; currency: string }[]) {
  const sums = new Map<string, bigint>();
  for (const a of amounts) sums.set(a.currency, (sums.get(a.currency) ?? 0n) + a.amount);
  return [...sums].map(([currency, amount]) => ({ amount, currency }));
}

/** "12.00 EUR and 3.00 USD"; in another language, that language's list ("12.00 EUR et 3.00 USD"). */
const spoken = (amounts: readonly { amount: bigint; currency: string }[]): Translatable => {
  const parts = totals(amounts).map((s) => `${toDecimal(s.amount, s.currency)} ${s.currency}`);
  return {
    in: (language) => (language === "en" ? parts.join(" and ") : new Intl.ListFormat(language, { type: "conjunction" }).format(parts)),
  };
};

/**
 * Whether a declared use complies with the commons' licence, and why, in sentences a visitor can
 * check against the quoted clause. Pure: the licence's rules are data (commons/licences.ts).
 */
export function compliance(f: ComplianceFacts): Compliance {
  const terms = licenceTerms(f.licence);
  const rule = terms.rules.find((r) => matches(r, f));
  const clause = rule?.clause ? rule.clause : { ref: t("clauseLicence"), text: t("seeLicence", { licence: f.licence.name }) };
  const base = {
    outcome: rule?.outcome ?? "agreement",
    clause: { ...clause, url: f.licence.url },
    obligations: terms.obligations,
  } as const;
  const because = rule ? rule.explanation : t("notFree", { licence: f.licence.name });
  if (f.overdue.length && f.agreementInForce) {
    return {
      ...base,
      status: "in_arrears",
      explanation: t("inArrears", { because, count: f.overdue.length, amounts: spoken(f.overdue) }),
    };
  }
  if (base.outcome === "free") {
    return {
      ...base,
      status: "compliant",
      explanation: f.agreementInForce ? t("freeAgreementToo", { because }) : because,
    };
  }
  if (f.agreementInForce) return { ...base, status: "agreement_in_force", explanation: t("agreementPermits", { because }) };
  return { ...base, status: "agreement_needed", explanation: t("agreementNeeded", { because }) };
}
