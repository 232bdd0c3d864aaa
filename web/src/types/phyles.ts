/** Phyle charters and periods, and a commons' feedback loop, as the API sends them. Money is minor units in decimal strings. */
import type { Money } from "./treasury.ts";

export type PhyleBasis = "surplus" | "revenue";
export type PhyleDestination = "steward" | "contributor_pool";

export interface Beneficiary {
  commons: { slug: string; title: string };
  steward: { slug: string; name: string } | null;
  destination: PhyleDestination;
  weightBp: number;
}

export interface Charter {
  basis: PhyleBasis;
  shareBp: number;
  mission: string;
  missionHtml: string;
  currency: string;
  adoptedBy: { handle: string; name: string } | null;
  adoptedAt: string;
  updatedAt: string;
  beneficiaries: Beneficiary[];
}

export interface CharterView {
  organization: { slug: string; name: string; kind: string };
  charter: Charter | null;
  commoners: { members: number; commoners: number; people: { handle: string; name: string }[]; enforced: false };
  viewer: { canEditCharter: boolean; canRecordPeriods: boolean; isEnterprise: boolean };
}

export interface CharterInput {
  basis: PhyleBasis;
  shareBp: number;
  mission: string;
  currency: string;
  beneficiaries: { commons: string; destination: PhyleDestination; weightBp: number }[];
}

export interface PhylePeriod {
  id: string;
  periodStart: string;
  periodEnd: string;
  currency: string;
  revenue: string;
  costs: string;
  basis: PhyleBasis;
  shareBp: number;
  committed: string;
  transferId: string | null;
  createdAt: string;
  commitments: { commons: { slug: string; title: string }; destination: PhyleDestination; amount: string }[];
}

export interface PeriodInput {
  periodStart: string;
  periodEnd: string;
  revenue: number;
  costs?: number;
}

export type FlowInterval = "month" | "quarter" | "year";
export type FlowKey = "reciprocity" | "phyle" | "sponsorship" | "donations" | "grants" | "contributors" | "fixedShares" | "infrastructure";

export interface FlowSums {
  flows: Record<FlowKey, Money[]>;
  reciprocityReceived: Money[];
  totalIn: Money[];
  totalOut: Money[];
}

export interface CommonsFlows {
  commons: { slug: string; title: string };
  steward: { slug: string; name: string; commonsStewarded: number } | null;
  interval: FlowInterval;
  from: string;
  to: string;
  kinds: { key: FlowKey; direction: "in" | "out"; scope: "commons" | "association"; label: string }[];
  periods: (FlowSums & { start: string; end: string })[];
  totals: FlowSums;
}
