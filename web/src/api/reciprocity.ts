/** Typed calls for reciprocity: declared uses, agreements and their invoices. */
import type { PageQuery } from "../api.ts";
import type { AgreementDetail, AgreementInput, AgreementList, Use, UseInput } from "../types/reciprocity.ts";
import { get, post, request, seg } from "./client.ts";
import type { Page } from "./schema.ts";

const agreement = (id: string, action = "") => `/agreements/${seg(id)}${action}`;

export const reciprocityApi = {
  commonsUses: (slug: string, q: PageQuery) => get<Page<Use>>(`/commons/${seg(slug)}/uses`, { ...q }),
  orgUses: (slug: string, q: PageQuery) => get<Page<Use>>(`/organizations/${seg(slug)}/uses`, { ...q }),
  declareUse: (slug: string, body: UseInput) => post<Use>(`/commons/${seg(slug)}/uses`, body),
  updateUse: (id: string, body: Partial<Omit<UseInput, "enterprise">> & { endedOn?: string | null }) =>
    request<Use>("PATCH", `/uses/${seg(id)}`, body),

  orgAgreements: (slug: string) => get<AgreementList>(`/organizations/${seg(slug)}/agreements`),
  agreement: (id: string) => get<AgreementDetail>(agreement(id)),
  offer: (useId: string, body: AgreementInput) => post<AgreementDetail>(`/uses/${seg(useId)}/agreements`, body),
  accept: (id: string) => post<AgreementDetail>(agreement(id, "/accept")),
  decline: (id: string) => post<AgreementDetail>(agreement(id, "/decline")),
  end: (id: string, endsOn?: string) => post<AgreementDetail>(agreement(id, "/end"), endsOn ? { endsOn } : {}),
  raise: (id: string, body: { periodStart: string; revenue?: number }) => post<AgreementDetail>(agreement(id, "/invoices"), body),
  pay: (invoiceId: string, date?: string) => post<AgreementDetail>(`/invoices/${seg(invoiceId)}/pay`, date ? { date } : {}),
};
