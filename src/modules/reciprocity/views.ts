import { z } from "@hono/zod-openapi";
import { periodEnd } from "../../calendar.ts";
import { localized } from "../../http/request-language.ts";
import { nullable } from "../../http/responses.ts";
import { NullablePersonRef, personRef } from "../accounts/views.ts";
import type { LICENCE_FAMILIES } from "../commons/licences.ts";
import { LicenceFamily } from "../commons/views.ts";
import { MoneySchema, money } from "../ledger/money.ts";
import { Ownership } from "../organizations/views.ts";
import { COMPLIANCE_STATUSES, type Compliance, totals } from "./compliance.ts";
import { nextPeriod } from "./periods.ts";
import {
  AGREEMENT_PERIODS,
  AGREEMENT_SIDES,
  AGREEMENT_STATUSES,
  INVOICE_STATUSES,
  type reciprocityAgreements,
  type reciprocityInvoices,
  USE_PURPOSES,
} from "./schema.ts";

type Agreement = typeof reciprocityAgreements.$inferSelect;
type Invoice = typeof reciprocityInvoices.$inferSelect;

export const ComplianceStatus = z.enum(COMPLIANCE_STATUSES).openapi("ComplianceStatus");
export const AgreementStatus = z.enum(AGREEMENT_STATUSES).openapi("AgreementStatus");
export const AgreementSide = z.enum(AGREEMENT_SIDES).openapi("AgreementSide");
export const AgreementPeriod = z.enum(AGREEMENT_PERIODS).openapi("AgreementPeriod");
export const InvoiceStatus = z.enum(INVOICE_STATUSES).openapi("InvoiceStatus");
export const UsePurpose = z.enum(USE_PURPOSES).openapi("UsePurpose");

const Minor = z.string().openapi({ description: "Minor units as a decimal string.", example: "2500" });
const OrgRef = z.object({ slug: z.string(), name: z.string() });
const CommonsRef = z.object({ slug: z.string(), title: z.string() });

export const ComplianceSchema = z
  .object({
    status: ComplianceStatus,
    outcome: z.enum(["free", "agreement"]).openapi({ description: "What the licence says of this use without an agreement." }),
    explanation: z.string(),
    clause: z.object({ ref: z.string(), text: z.string(), url: z.string() }),
    obligations: z.array(z.object({ id: z.string(), text: z.string() })),
    licence: z.object({ id: z.string(), name: z.string(), family: LicenceFamily, url: z.string() }),
    arrears: z.array(MoneySchema).openapi({ description: "Open invoices past their due day, per currency." }),
  })
  .openapi("Compliance");

const LiveAgreement = z
  .object({ id: z.string(), status: AgreementStatus, startsOn: z.string(), endsOn: z.string().nullable() })
  .openapi("AgreementRef");

export const UseSchema = z
  .object({
    id: z.string(),
    commons: CommonsRef,
    enterprise: OrgRef.extend({ ownership: Ownership }),
    association: OrgRef.nullable().openapi({ description: "The commons' steward association, with whom agreements are made." }),
    purpose: UsePurpose,
    product: z.string(),
    description: z.string(),
    surplusToWorkers: z.boolean(),
    since: z.string(),
    endedOn: z.string().nullable(),
    declaredBy: NullablePersonRef,
    compliance: ComplianceSchema,
    agreement: nullable(LiveAgreement).openapi({ description: "The latest agreement offered or in force for this use." }),
    viewer: z.object({ canEdit: z.boolean(), canOffer: z.boolean() }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Use");

export const InvoiceSchema = z
  .object({
    id: z.string(),
    agreementId: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    declaredRevenue: Minor.nullable(),
    amount: Minor,
    currency: z.string(),
    pledgeMinutes: z.number().int().nullable(),
    deliveredMinutes: z.number().int().nullable(),
    shortfallMinutes: z.number().int().openapi({ description: "Pledged minus delivered minutes, when positive." }),
    dueOn: z.string(),
    status: InvoiceStatus,
    overdue: z.boolean(),
    raisedTransactionId: z.string().nullable(),
    paidTransactionId: z.string().nullable(),
    paidOn: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi("ReciprocityInvoice");

export const AgreementSchema = z
  .object({
    id: z.string(),
    commons: CommonsRef,
    enterprise: OrgRef,
    association: OrgRef,
    status: AgreementStatus,
    proposedBySide: AgreementSide,
    period: AgreementPeriod,
    currency: z.string(),
    fixedFee: Minor.nullable(),
    revenueShare: z.string().nullable().openapi({ description: 'Percent, e.g. "2.50".' }),
    revenueShareBp: z.number().int().nullable(),
    pledgeMinutes: z.number().int().nullable(),
    dueDays: z.number().int(),
    startsOn: z.string(),
    endsOn: z.string().nullable(),
    terms: z.string(),
    proposedBy: NullablePersonRef,
    respondedBy: NullablePersonRef,
    respondedAt: z.string().nullable(),
    outstanding: z.array(MoneySchema).openapi({ description: "Open invoices, per currency." }),
    arrears: z.array(MoneySchema).openapi({ description: "Open invoices past their due day, per currency." }),
    pledgeShortfallMinutes: z.number().int().openapi({ description: "Minutes pledged but not delivered, over invoiced periods." }),
    nextPeriod: z
      .object({ start: z.string(), end: z.string() })
      .nullable()
      .openapi({ description: "The earliest ended period without an invoice yet." }),
    booksClosed: z.array(OrgRef).openapi({
      description: "The parties that have not opened their books: an agreement in force cannot be invoiced until they do.",
    }),
    createdAt: z.string(),
  })
  .openapi("ReciprocityAgreement");

export const AgreementDetailSchema = AgreementSchema.extend({
  invoices: z.array(InvoiceSchema),
  viewer: z.object({
    sides: z.array(AgreementSide),
    canRespond: z.boolean(),
    canRevise: z.boolean(),
    canEnd: z.boolean(),
    canRaise: z.boolean(),
    canPay: z.boolean(),
    cannotPay: z.string().nullable().openapi({
      description: "For a member of either side who cannot pay or record a payment: why, and who can. Null otherwise.",
    }),
  }),
}).openapi("ReciprocityAgreementDetail");

export const AgreementListSchema = z
  .object({
    items: z.array(AgreementSchema),
    outstanding: z.array(MoneySchema),
    arrears: z.array(MoneySchema),
    pledgeShortfallMinutes: z.number().int(),
  })
  .openapi("ReciprocityAgreements");

/** The compliance of a use, its sentences written in the request's language. */
export const complianceView = (
  c: Compliance,
  licence: { id: string; name: string; family: (typeof LICENCE_FAMILIES)[number]; url: string },
  arrears: Invoice[],
) => ({
  status: c.status,
  outcome: c.outcome,
  explanation: localized(c.explanation),
  clause: { ref: localized(c.clause.ref), text: localized(c.clause.text), url: c.clause.url },
  obligations: c.obligations.map((o) => ({ id: o.id, text: localized(o.text) })),
  licence: { id: licence.id, name: licence.name, family: licence.family, url: licence.url },
  arrears: totals(arrears.map((i) => ({ amount: BigInt(i.amount), currency: i.currency }))).map((t) => money(t.amount, t.currency)),
});

export const isOverdue = (i: Invoice, today: string) => i.status === "open" && i.dueOn < today;
const shortfall = (i: Invoice) => Math.max(0, (i.pledgeMinutes ?? 0) - (i.deliveredMinutes ?? 0));

export const invoiceView = (i: Invoice, today: string) => ({
  id: i.id,
  agreementId: i.agreementId,
  periodStart: i.periodStart,
  periodEnd: i.periodEnd,
  declaredRevenue: i.declaredRevenue === null ? null : String(i.declaredRevenue),
  amount: String(i.amount),
  currency: i.currency,
  pledgeMinutes: i.pledgeMinutes,
  deliveredMinutes: i.deliveredMinutes,
  shortfallMinutes: shortfall(i),
  dueOn: i.dueOn,
  status: i.status,
  overdue: isOverdue(i, today),
  raisedTransactionId: i.raisedTransactionId,
  paidTransactionId: i.paidTransactionId,
  paidOn: i.paidOn,
  createdAt: i.createdAt.toISOString(),
});

const sums = (invoices: Invoice[]) =>
  totals(invoices.map((i) => ({ amount: BigInt(i.amount), currency: i.currency }))).map((t) => money(t.amount, t.currency));

/** Money owed and hours missing over a set of invoices: both sides read the same sums. */
export function balanceOf(invoices: Invoice[], today: string) {
  const open = invoices.filter((i) => i.status === "open" && i.amount > 0);
  return {
    outstanding: sums(open),
    arrears: sums(open.filter((i) => isOverdue(i, today))),
    pledgeShortfallMinutes: invoices.reduce((n, i) => n + shortfall(i), 0),
  };
}

/** The earliest period that has ended (by today) and has no invoice yet. */
export function firstUninvoiced(a: Agreement, invoiced: Set<string>, today: string) {
  if (a.status === "proposed" || a.status === "declined") return null;
  for (let start = a.startsOn; ; start = nextPeriod(start, a.period)) {
    const end = periodEnd(start, a.period);
    if (end > today || (a.endsOn && start > a.endsOn)) return null;
    if (!invoiced.has(start)) return { start, end };
  }
}

export const percent = (bp: number | null) => (bp === null ? null : `${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, "0")}`);

export interface AgreementRow {
  a: Agreement;
  commons: { slug: string; title: string };
  enterprise: { slug: string; name: string };
  association: { slug: string; name: string };
  proposer: { handle: string | null; name: string | null } | null;
  responder: { handle: string | null; name: string | null } | null;
}

/** `closed`: ids of organizations that have not opened their books. */
export function agreementView(r: AgreementRow, invoices: Invoice[], today: string, closed: ReadonlySet<string>) {
  const { a } = r;
  return {
    id: a.id,
    commons: r.commons,
    enterprise: r.enterprise,
    association: r.association,
    status: a.status,
    proposedBySide: a.proposedBySide,
    period: a.period,
    currency: a.currency,
    fixedFee: a.fixedFee === null ? null : String(a.fixedFee),
    revenueShare: percent(a.revenueShareBp),
    revenueShareBp: a.revenueShareBp,
    pledgeMinutes: a.pledgeMinutes,
    dueDays: a.dueDays,
    startsOn: a.startsOn,
    endsOn: a.endsOn,
    terms: a.terms,
    proposedBy: personRef(r.proposer),
    respondedBy: personRef(r.responder),
    respondedAt: a.respondedAt?.toISOString() ?? null,
    ...balanceOf(invoices, today),
    nextPeriod: firstUninvoiced(a, new Set(invoices.map((i) => i.periodStart)), today),
    booksClosed: [...(closed.has(a.enterpriseId) ? [r.enterprise] : []), ...(closed.has(a.associationId) ? [r.association] : [])],
    createdAt: a.createdAt.toISOString(),
  };
}
