/** The value module's shapes, as the API sends them (money as minor-unit strings). */

import type { ContributionKind } from "./commons.ts";

export type EquationOwner = "commons" | "phyle";

export type Recipient = { person: string } | { account: string };

export interface Bucket {
  label: string;
  shareBp: number;
  recipient: Recipient;
}

export interface Weight {
  kind: ContributionKind;
  perContribution: number;
  perHour: number;
  perHundredLines: number;
}

export interface EquationInput {
  buckets: Bucket[];
  weights: Weight[];
  reviewPoints: number;
  windowDays: number;
  halfLifeDays: number | null;
}

export interface OrgRef {
  slug: string;
  name: string;
}

export interface PersonRef {
  handle: string;
  name: string;
}

export interface ValueEquation extends EquationInput {
  scope: { owner: EquationOwner; slug: string; title: string };
  poolBp: number;
  isDefault: boolean;
  updatedAt: string | null;
  updatedBy: PersonRef | null;
  canEdit: boolean;
  canDistribute: boolean;
  treasury: OrgRef | null;
}

export interface StatementLine {
  position: number;
  kind: "fixed" | "contributor";
  label: string;
  person: PersonRef | null;
  account: string;
  amount: string;
  decimal: string;
  points: string | null;
  contributions: number;
  minutes: number;
  hours: number;
  lines: number;
  reviews: number;
}

export interface Statement {
  id: string | null;
  scope: { owner: EquationOwner; slug: string; title: string };
  organization: OrgRef;
  amount: string;
  decimal: string;
  currency: string;
  sourceAccount: string;
  windowFrom: string;
  windowTo: string;
  description: string;
  equation: EquationInput & { poolBp: number };
  totalPoints: string | null;
  notShared: { contributions: number; note: string | null };
  lines: StatementLine[];
  statementHash: string;
  transactionId: string | null;
  postedBy: PersonRef | null;
  postedAt: string | null;
}

export interface DistributionInput {
  amount: number;
  currency?: string;
  sourceAccount?: string;
  windowTo?: string;
  description?: string;
  statementHash?: string;
}

export interface DistributionSummary {
  id: string;
  organization: OrgRef;
  commons: { slug: string; title: string } | null;
  amount: string;
  decimal: string;
  currency: string;
  windowFrom: string;
  windowTo: string;
  description: string;
  shares: number;
  postedBy: PersonRef | null;
  postedAt: string;
}

export interface LineContribution {
  id: string;
  title: string;
  kind: ContributionKind;
  type: "new_document" | "edit" | "work" | "commit";
  performedOn: string;
  minutes: number;
  hours: number;
  lines: number;
  commons: { slug: string; title: string };
}

export interface PersonShare {
  distribution: { id: string; description: string; windowFrom: string; windowTo: string; postedAt: string };
  organization: OrgRef;
  commons: { slug: string; title: string } | null;
  position: number;
  kind: "fixed" | "contributor";
  label: string;
  amount: string;
  decimal: string;
  currency: string;
  points: string | null;
  contributions: number;
}

export interface OwedToPerson {
  organization: OrgRef;
  currency: string;
  received: string;
  paidOut: string;
  owed: string;
  owedDecimal: string;
}

export interface PersonShares {
  person: PersonRef;
  items: PersonShare[];
  organizations: OwedToPerson[];
}
