/** Typed calls for value equations, distributions and the shares people received. */

import type { PageQuery } from "../api.ts";
import type {
  DistributionInput,
  DistributionSummary,
  EquationInput,
  EquationOwner,
  LineContribution,
  PersonShares,
  Statement,
  ValueEquation,
} from "../types/value.ts";
import { get, post, put, seg } from "./client.ts";
import type { Page } from "./schema.ts";

/** A commons' equation lives under /commons/:slug, a phyle enterprise's under /organizations/:slug. */
const base = (owner: EquationOwner, slug: string) => `/${owner === "commons" ? "commons" : "organizations"}/${seg(slug)}`;

export const valueApi = {
  equation: (owner: EquationOwner, slug: string) => get<ValueEquation>(`${base(owner, slug)}/value-equation`),
  saveEquation: (owner: EquationOwner, slug: string, body: EquationInput) =>
    put<ValueEquation>(`${base(owner, slug)}/value-equation`, body),
  distributions: (owner: EquationOwner, slug: string, q: PageQuery) =>
    get<Page<DistributionSummary>>(`${base(owner, slug)}/distributions`, { ...q }),
  preview: (owner: EquationOwner, slug: string, body: DistributionInput) =>
    post<Statement>(`${base(owner, slug)}/distributions/preview`, body),
  distribute: (owner: EquationOwner, slug: string, body: DistributionInput) => post<Statement>(`${base(owner, slug)}/distributions`, body),
  distribution: (id: string) => get<Statement>(`/distributions/${seg(id)}`),
  lineContributions: (id: string, position: number, q: PageQuery) =>
    get<Page<LineContribution>>(`/distributions/${seg(id)}/lines/${position}/contributions`, { ...q }),
  shares: (handle: string) => get<PersonShares>(`/people/${seg(handle)}/shares`),
  payout: (slug: string, body: { person: string; amount?: number; date?: string }) =>
    post<{ transactionId: string; amount: string; owed: string; currency: string }>(`/organizations/${seg(slug)}/payouts`, body),
};
