import type { AgreementPeriod, AgreementStatus, ComplianceStatus, InvoiceStatus, UsePurpose } from "../../types/reciprocity.ts";

export const COMPLIANCE_LABEL: Record<ComplianceStatus, string> = {
  compliant: "Compliant",
  agreement_needed: "Agreement needed",
  agreement_in_force: "Agreement in force",
  in_arrears: "In arrears",
};

export const PURPOSE_LABEL: Record<UsePurpose, string> = {
  commercial: "Commercial",
  non_commercial: "Non-commercial",
  internal: "Internal",
};

export const PURPOSE_HINT: Record<UsePurpose, string> = {
  commercial: "You sell or offer on a market what you build on it.",
  non_commercial: "Not for commercial advantage or monetary compensation.",
  internal: "You use it yourselves, without offering it on a market.",
};

export const AGREEMENT_STATUS_LABEL: Record<AgreementStatus, string> = {
  proposed: "Offered",
  active: "In force",
  declined: "Declined",
  ended: "Ended",
};

export const INVOICE_STATUS_LABEL: Record<InvoiceStatus, string> = { open: "Open", paid: "Paid", void: "Void" };

export const PERIOD_LABEL: Record<AgreementPeriod, string> = { month: "Monthly", quarter: "Quarterly", year: "Yearly" };

/** Minutes as hours people read: 90 → "1.5 h". */
export const hours = (minutes: number) => `${Math.round((minutes / 60) * 100) / 100} h`;
