/** The reciprocity API's shapes: declared uses with their compliance, agreements and invoices. */
import type { Ownership } from "../api/schema.ts";
import type { LicenceFamily } from "./commons.ts";
import type { Money } from "./treasury.ts";

export type UsePurpose = "commercial" | "non_commercial" | "internal";
export type ComplianceStatus = "compliant" | "agreement_needed" | "agreement_in_force" | "in_arrears";
export type AgreementStatus = "proposed" | "active" | "declined" | "ended";
export type AgreementPeriod = "month" | "quarter" | "year";
export type Side = "association" | "enterprise";
export type InvoiceStatus = "open" | "paid" | "void";

interface OrgRef {
  slug: string;
  name: string;
}
interface PersonRef {
  handle: string;
  name: string;
}

export interface Compliance {
  status: ComplianceStatus;
  outcome: "free" | "agreement";
  explanation: string;
  clause: { ref: string; text: string; url: string };
  obligations: { id: string; text: string }[];
  licence: { id: string; name: string; family: LicenceFamily; url: string };
  arrears: Money[];
}

export interface Use {
  id: string;
  commons: { slug: string; title: string };
  enterprise: OrgRef & { ownership: Ownership };
  association: OrgRef | null;
  purpose: UsePurpose;
  product: string;
  description: string;
  surplusToWorkers: boolean;
  since: string;
  endedOn: string | null;
  declaredBy: PersonRef | null;
  compliance: Compliance;
  agreement: { id: string; status: AgreementStatus; startsOn: string; endsOn: string | null } | null;
  viewer: { canEdit: boolean; canOffer: boolean };
  createdAt: string;
  updatedAt: string;
}

export interface UseInput {
  enterprise: string;
  purpose: UsePurpose;
  product: string;
  description?: string;
  surplusToWorkers?: boolean;
  since?: string;
}

export interface Invoice {
  id: string;
  agreementId: string;
  periodStart: string;
  periodEnd: string;
  declaredRevenue: string | null;
  amount: string;
  currency: string;
  pledgeMinutes: number | null;
  deliveredMinutes: number | null;
  shortfallMinutes: number;
  dueOn: string;
  status: InvoiceStatus;
  overdue: boolean;
  raisedTransactionId: string | null;
  paidTransactionId: string | null;
  paidOn: string | null;
  createdAt: string;
}

export interface Agreement {
  id: string;
  commons: { slug: string; title: string };
  enterprise: OrgRef;
  association: OrgRef;
  status: AgreementStatus;
  proposedBySide: Side;
  period: AgreementPeriod;
  currency: string;
  fixedFee: string | null;
  revenueShare: string | null;
  revenueShareBp: number | null;
  pledgeMinutes: number | null;
  dueDays: number;
  startsOn: string;
  endsOn: string | null;
  terms: string;
  proposedBy: PersonRef | null;
  respondedBy: PersonRef | null;
  respondedAt: string | null;
  outstanding: Money[];
  arrears: Money[];
  pledgeShortfallMinutes: number;
  nextPeriod: { start: string; end: string } | null;
  createdAt: string;
}

export interface AgreementDetail extends Agreement {
  invoices: Invoice[];
  viewer: { sides: Side[]; canRespond: boolean; canRevise: boolean; canEnd: boolean; canRaise: boolean; canPay: boolean };
}

export interface AgreementList {
  items: Agreement[];
  outstanding: Money[];
  arrears: Money[];
  pledgeShortfallMinutes: number;
}

export interface AgreementInput {
  side?: Side;
  period: AgreementPeriod;
  currency: string;
  fixedFee?: number;
  revenueShare?: string;
  pledgeHours?: number;
  dueDays?: number;
  startsOn?: string;
  terms?: string;
}
