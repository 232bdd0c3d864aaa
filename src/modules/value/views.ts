import { z } from "@hono/zod-openapi";
import { localized } from "../../http/request-language.ts";
import { NullablePersonRef, PersonRef } from "../accounts/views.ts";
import { ContributionKind, ContributionType } from "../contributions/views.ts";
import { toDecimal } from "../ledger/money.ts";
import { Bucket, type Equation, pointsText, poolBp, Weight } from "./equation.ts";
import { t } from "./messages.ts";
import { SHARE_KINDS } from "./schema.ts";
import type { Statement } from "./statement.ts";

export const ShareKind = z.enum(SHARE_KINDS).openapi("ShareKind");

const Minor = z.string().openapi({ description: "Minor units as a decimal string.", example: "2500" });
const Decimal = z.string().openapi({ description: "The same amount in major units.", example: "25.00" });
const Owner = z.enum(["commons", "phyle"]);
const ScopeRefView = z.object({ owner: Owner, slug: z.string(), title: z.string() });
const OrgRef = z.object({ slug: z.string(), name: z.string() });

export const EquationSchema = z
  .object({
    scope: ScopeRefView,
    buckets: z.array(Bucket),
    weights: z.array(Weight),
    reviewPoints: z.number().int(),
    windowDays: z.number().int(),
    halfLifeDays: z.number().int().nullable(),
    poolBp: z.number().int().openapi({ description: "What the contributor pool gets: 10000 − the fixed shares, in basis points." }),
    isDefault: z.boolean().openapi({ description: "True when no equation was saved and the default applies." }),
    updatedAt: z.string().nullable(),
    updatedBy: NullablePersonRef,
    canEdit: z.boolean(),
    canDistribute: z.boolean().openapi({ description: "Whether the viewer is a treasurer of the books a distribution is posted in." }),
    treasury: OrgRef.nullable().openapi({ description: "Whose books a distribution is posted in." }),
  })
  .openapi("ValueEquation");

export const equationFields = (e: Equation) => ({ ...e, poolBp: poolBp(e) });

export const LineSchema = z
  .object({
    position: z.number().int(),
    kind: ShareKind,
    label: z.string(),
    person: NullablePersonRef,
    account: z.string(),
    amount: Minor,
    decimal: Decimal,
    points: z.string().nullable().openapi({ description: "A contributor's points (six decimals); null on fixed shares." }),
    contributions: z.number().int(),
    minutes: z.number().int(),
    hours: z.number(),
    lines: z.number().int(),
    reviews: z.number().int(),
  })
  .openapi("StatementLine");
export type LineView = z.infer<typeof LineSchema>;

export const StatementSchema = z
  .object({
    id: z.string().nullable().openapi({ description: "The posted distribution's id; null on a preview." }),
    scope: ScopeRefView,
    organization: OrgRef.openapi({ description: "Whose books it is (or would be) posted in." }),
    amount: Minor,
    decimal: Decimal,
    currency: z.string(),
    sourceAccount: z.string(),
    windowFrom: z.string(),
    windowTo: z.string(),
    description: z.string(),
    equation: z.object({
      buckets: z.array(Bucket),
      weights: z.array(Weight),
      reviewPoints: z.number().int(),
      windowDays: z.number().int(),
      halfLifeDays: z.number().int().nullable(),
      poolBp: z.number().int(),
    }),
    totalPoints: z.string().nullable(),
    notShared: z.object({
      contributions: z.number().int(),
      note: z.string().nullable().openapi({ example: "not shared: 3 contributions by unknown authors" }),
    }),
    lines: z.array(LineSchema),
    statementHash: z.string(),
    transactionId: z.string().nullable(),
    postedBy: NullablePersonRef,
    postedAt: z.string().nullable(),
  })
  .openapi("DistributionStatement");
export type StatementView = z.infer<typeof StatementSchema>;

/** Written when the response is built, in the request's language. */
export const notSharedNote = (n: number) => (n ? localized(t("notShared", { count: n })) : null);

export const hoursOf = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

export function lineView(
  l: { position: number; kind: "fixed" | "contributor"; label: string; account: string; contributions: number; reviews: number },
  person: { handle: string; name: string } | null,
  amount: bigint | string,
  points: string | null,
  minutes: number,
  lines: number,
  currency: string,
): LineView {
  return {
    position: l.position,
    kind: l.kind,
    label: l.label,
    person: person ? { handle: person.handle, name: person.name } : null,
    account: l.account,
    amount: String(amount),
    decimal: toDecimal(amount, currency),
    points,
    contributions: l.contributions,
    minutes,
    hours: hoursOf(minutes),
    lines,
    reviews: l.reviews,
  };
}

/** A computed statement (a preview) as the API shows it. */
export function previewView(
  s: Statement,
  ctx: { scope: z.infer<typeof ScopeRefView>; organization: z.infer<typeof OrgRef>; description: string },
): StatementView {
  return {
    id: null,
    scope: ctx.scope,
    organization: ctx.organization,
    amount: String(s.amount),
    decimal: toDecimal(s.amount, s.currency),
    currency: s.currency,
    sourceAccount: s.sourceAccount,
    windowFrom: s.windowFrom,
    windowTo: s.windowTo,
    description: ctx.description,
    equation: equationFields(s.equation),
    totalPoints: pointsText(s.totalUnits),
    notShared: { contributions: s.unknownContributions, note: notSharedNote(s.unknownContributions) },
    lines: s.lines.map((l) =>
      lineView(
        l,
        l.person,
        l.amount,
        l.kind === "contributor" ? pointsText(l.units) : null,
        Number(l.minutes),
        Number(l.lines),
        s.currency,
      ),
    ),
    statementHash: s.hash,
    transactionId: null,
    postedBy: null,
    postedAt: null,
  };
}

export const DistributionSummarySchema = z
  .object({
    id: z.string(),
    organization: OrgRef,
    commons: z.object({ slug: z.string(), title: z.string() }).nullable(),
    amount: Minor,
    decimal: Decimal,
    currency: z.string(),
    windowFrom: z.string(),
    windowTo: z.string(),
    description: z.string(),
    shares: z.number().int(),
    postedBy: NullablePersonRef,
    postedAt: z.string(),
  })
  .openapi("DistributionSummary");

export const LineContributionSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: ContributionKind,
    type: ContributionType,
    performedOn: z.string(),
    minutes: z.number().int(),
    hours: z.number(),
    lines: z.number().int(),
    commons: z.object({ slug: z.string(), title: z.string() }),
  })
  .openapi("ShareContribution");

export const PersonShareSchema = z
  .object({
    distribution: z.object({
      id: z.string(),
      description: z.string(),
      windowFrom: z.string(),
      windowTo: z.string(),
      postedAt: z.string(),
    }),
    organization: OrgRef,
    commons: z.object({ slug: z.string(), title: z.string() }).nullable(),
    position: z.number().int(),
    kind: ShareKind,
    label: z.string(),
    amount: Minor,
    decimal: Decimal,
    currency: z.string(),
    points: z.string().nullable(),
    contributions: z.number().int(),
  })
  .openapi("PersonShare");

export const OwedSchema = z
  .object({
    organization: OrgRef,
    currency: z.string(),
    received: Minor.openapi({ description: "Everything credited to them from distributions." }),
    paidOut: Minor,
    owed: Minor.openapi({ description: "What the organization owes them now: their account's balance." }),
    owedDecimal: Decimal,
  })
  .openapi("OwedToPerson");

export const PersonSharesSchema = z
  .object({ person: PersonRef, items: z.array(PersonShareSchema), organizations: z.array(OwedSchema) })
  .openapi("PersonShares");

export const PayoutSchema = z
  .object({
    transactionId: z.string(),
    person: PersonRef,
    amount: Minor,
    owed: Minor.openapi({ description: "What is still owed after this payout." }),
    currency: z.string(),
  })
  .openapi("PayoutResult");
