/** Reciprocity's words: every enum's labels as an exhaustive map, and the value lists derived from them. */
import type { AgreementPeriod, AgreementSide, AgreementStatus, ComplianceStatus, InvoiceStatus, UsePurpose } from "../../api/schema.ts";
import { keysOf, labels } from "../../format.ts";
import { i18n } from "../../i18n/i18n.ts";
import { perLocale } from "../../i18n/intl.ts";

export const COMPLIANCE_LABEL = labels<ComplianceStatus>({
  compliant: "reciprocity.compliance.compliant",
  agreement_needed: "reciprocity.compliance.agreement_needed",
  agreement_in_force: "reciprocity.compliance.agreement_in_force",
  in_arrears: "reciprocity.compliance.in_arrears",
});

export const PURPOSE_LABEL = labels<UsePurpose>({
  commercial: "reciprocity.purpose.commercial",
  non_commercial: "reciprocity.purpose.non_commercial",
  internal: "reciprocity.purpose.internal",
});

export const PURPOSE_HINT = labels<UsePurpose>({
  commercial: "reciprocity.purposeHint.commercial",
  non_commercial: "reciprocity.purposeHint.non_commercial",
  internal: "reciprocity.purposeHint.internal",
});

/** In the order the declare form offers them. */
export const PURPOSES = keysOf(PURPOSE_LABEL);

export const AGREEMENT_STATUS_LABEL = labels<AgreementStatus>({
  proposed: "reciprocity.agreementStatus.proposed",
  active: "reciprocity.agreementStatus.active",
  declined: "reciprocity.agreementStatus.declined",
  ended: "reciprocity.agreementStatus.ended",
});

/** The status inside a sentence: "Reciprocity agreement with … (in force)". */
export const AGREEMENT_STATUS_WORD = labels<AgreementStatus>({
  proposed: "reciprocity.agreementStatusWord.proposed",
  active: "reciprocity.agreementStatusWord.active",
  declined: "reciprocity.agreementStatusWord.declined",
  ended: "reciprocity.agreementStatusWord.ended",
});

export const INVOICE_STATUS_LABEL = labels<InvoiceStatus>({
  open: "reciprocity.invoiceStatus.open",
  paid: "reciprocity.invoiceStatus.paid",
  void: "reciprocity.invoiceStatus.void",
});

export const PERIOD_LABEL = labels<AgreementPeriod>({
  month: "reciprocity.period.month",
  quarter: "reciprocity.period.quarter",
  year: "reciprocity.period.year",
});

/** After the terms: "€50.00 + 10 h of contributions monthly". */
export const PERIOD_WORD = labels<AgreementPeriod>({
  month: "reciprocity.periodWord.month",
  quarter: "reciprocity.periodWord.quarter",
  year: "reciprocity.periodWord.year",
});

export const PERIODS = keysOf(PERIOD_LABEL);

/** Who offered, after the status: "Offered by the enterprise". */
export const SIDE_BY = labels<AgreementSide>({
  enterprise: "reciprocity.sideBy.enterprise",
  association: "reciprocity.sideBy.association",
});

/** A side as the offer form names it, after the organization: "Harrow Machinery (the enterprise)". */
export const SIDE_ROLE = labels<AgreementSide>({
  enterprise: "reciprocity.sideRole.enterprise",
  association: "reciprocity.sideRole.association",
});

/** In the order the offer form lists them. */
export const SIDES = keysOf(SIDE_ROLE);

/** Minutes as hours people read: 90 → "1.5 h" (« 1,5 h » in French). */
export const hours = (minutes: number) => i18n.t("reciprocity.hours", { hours: Math.round((minutes / 60) * 100) / 100 });

const decimalFormats = perLocale(
  (l) => (digits: number) => new Intl.NumberFormat(l, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }),
);

/** A decimal the server sends as text ("2.50"), with its digits kept, in the chosen language ("2,50" in French). */
export function formatDecimalText(text: string): string {
  const digits = text.split(".")[1]?.length ?? 0;
  const n = Number(text);
  return Number.isFinite(n) ? decimalFormats()(digits).format(n) : text;
}

const listFormat = perLocale((l) => new Intl.ListFormat(l, { style: "long", type: "conjunction" }));

/** ["Harrow", "Open Tools"] → "Harrow and Open Tools" (« Harrow et Open Tools »). */
export const formatList = (names: string[]) => listFormat().format(names);
