import { type Licence, type LicenceRule, licenceTerms, type Obligation, type Ownership, type UsePurpose } from "../commons/licences.ts";
import { toDecimal } from "../ledger/money.ts";

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

export interface Compliance {
  status: ComplianceStatus;
  /** What the licence says of this use without any agreement. */
  outcome: LicenceRule["outcome"];
  explanation: string;
  clause: { ref: string; text: string; url: string };
  obligations: readonly Obligation[];
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

const spoken = (amounts: readonly { amount: bigint; currency: string }[]) =>
  totals(amounts)
    .map((t) => `${toDecimal(t.amount, t.currency)} ${t.currency}`)
    .join(" and ");

/**
 * Whether a declared use complies with the commons' licence, and why, in sentences a visitor can
 * check against the quoted clause. Pure: the licence's rules are data (commons/licences.ts).
 */
export function compliance(f: ComplianceFacts): Compliance {
  const terms = licenceTerms(f.licence);
  const rule = terms.rules.find((r) => matches(r, f));
  const clause = rule?.clause ?? { ref: "Licence", text: `See the ${f.licence.name}.` };
  const base = {
    outcome: rule?.outcome ?? "agreement",
    clause: { ...clause, url: f.licence.url },
    obligations: terms.obligations,
  } as const;
  const because = rule?.explanation ?? `The ${f.licence.name} does not say this use is free.`;
  if (f.overdue.length && f.agreementInForce) {
    const n = f.overdue.length;
    return {
      ...base,
      status: "in_arrears",
      explanation: `${because} A reciprocity agreement is in force, but ${n} invoice${n === 1 ? " is" : "s are"} past due: ${spoken(f.overdue)} in arrears.`,
    };
  }
  if (base.outcome === "free") {
    const extra = f.agreementInForce ? " A reciprocity agreement is in force as well, by choice." : "";
    return { ...base, status: "compliant", explanation: `${because}${extra}` };
  }
  if (f.agreementInForce) {
    return {
      ...base,
      status: "agreement_in_force",
      explanation: `${because} A reciprocity agreement with the commons' steward association is in force, which permits this use.`,
    };
  }
  return {
    ...base,
    status: "agreement_needed",
    explanation: `${because} No agreement is in force yet: the enterprise and the commons' steward association need to make one.`,
  };
}
