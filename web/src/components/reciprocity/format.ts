/** Reciprocity's words: every enum's labels as an exhaustive map, and the value lists derived from them. */
import type { AgreementPeriod, AgreementSide, AgreementStatus, ComplianceStatus, InvoiceStatus, UsePurpose } from "../../api/schema.ts";
import { keysOf } from "../../format.ts";

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

/** In the order the declare form offers them. */
export const PURPOSES = keysOf(PURPOSE_LABEL);

export const AGREEMENT_STATUS_LABEL: Record<AgreementStatus, string> = {
  proposed: "Offered",
  active: "In force",
  declined: "Declined",
  ended: "Ended",
};

export const INVOICE_STATUS_LABEL: Record<InvoiceStatus, string> = { open: "Open", paid: "Paid", void: "Void" };

export const PERIOD_LABEL: Record<AgreementPeriod, string> = { month: "Monthly", quarter: "Quarterly", year: "Yearly" };

export const PERIODS = keysOf(PERIOD_LABEL);

/** A side in a sentence: "offered by the enterprise". */
export const SIDE_WORD: Record<AgreementSide, string> = { enterprise: "enterprise", association: "association" };

/** A side as the offer form names it, after the organization: "Harrow Machinery (the enterprise)". */
export const SIDE_ROLE: Record<AgreementSide, string> = { enterprise: "the enterprise", association: "the steward association" };

/** In the order the offer form lists them. */
export const SIDES = keysOf(SIDE_ROLE);

/** Minutes as hours people read: 90 → "1.5 h". */
export const hours = (minutes: number) => `${Math.round((minutes / 60) * 100) / 100} h`;
