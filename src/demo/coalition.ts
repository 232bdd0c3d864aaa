import { addAccount } from "../modules/ledger/service.ts";
import { adoptCharter } from "../modules/phyles/charter.ts";
import { CharterInput, PeriodInput } from "../modules/phyles/inputs.ts";
import { recordPeriod } from "../modules/phyles/periods.ts";
import { offerAgreement, respondToAgreement } from "../modules/reciprocity/agreements.ts";
import { AgreementInput, InvoiceInput, PayInvoiceInput, UseInput } from "../modules/reciprocity/inputs.ts";
import { payInvoice, raiseInvoice } from "../modules/reciprocity/invoices.ts";
import { declareUse } from "../modules/reciprocity/uses.ts";
import { EquationInput, PayoutInput, PostInput } from "../modules/value/inputs.ts";
import { payout } from "../modules/value/payout.ts";
import { postDistribution, saveEquation } from "../modules/value/service.ts";
import { actor, type DemoContext, type DemoStep } from "./context.ts";
import { DEMO_COMMONS } from "./documents.ts";
import { CURRENCY, FOUNDATION } from "./treasury.ts";

/**
 * The entrepreneurial coalition around the seed drill, a Peer Production License commons. Furrow
 * Works, worker-owned, builds kits on it for free and has adopted a phyle charter; Harrow Machinery,
 * a private company, sells a tractor built on it and so holds a reciprocity agreement with the
 * foundation: a quarterly fee plus a share of the tractor's revenue, and a pledge of hours.
 */
export const DEMO_USES = [
  {
    by: "rosa",
    enterprise: "furrow-works",
    purpose: "commercial" as const,
    product: "FW-2 seed drill kits",
    description: "Kits of the drill's frame, metering unit and coulters, cut and drilled in the cooperative's workshop.",
    surplusToWorkers: false,
    since: "2025-03-01",
  },
  {
    by: "victor",
    enterprise: "harrow-machinery",
    purpose: "commercial" as const,
    product: "Harrow HT-40 with seed drill",
    description: "The HT-40 two-wheel tractor, sold with a seed drill built to the commons' drawings.",
    surplusToWorkers: false,
    since: "2026-01-15",
  },
];

/** Offered by the foundation's treasurer, accepted by Harrow's steward. */
export const DEMO_AGREEMENT = {
  offeredBy: "kofi",
  acceptedBy: "victor",
  terms: {
    period: "quarter" as const,
    currency: CURRENCY,
    fixedFee: 150_000,
    revenueShare: "1.5",
    pledgeHours: 20,
    dueDays: 30,
    startsOn: "2026-07-01",
    terms:
      "Royalties under §4(d) of the Peer Production License for the HT-40's seed drill, and twenty hours a quarter of work on the commons by Harrow's engineers.",
  },
  /** The third quarter: the revenue Harrow declared, and the day it paid. */
  invoice: { by: "dmitri", periodStart: "2026-07-01", revenue: 4_200_000, paidOn: "2026-10-20" },
};

/** Furrow Works commits a fifth of its surplus, half to the foundation and half to the commons' contributors. */
export const DEMO_PHYLE = {
  by: "rosa",
  charter: {
    basis: "surplus" as const,
    shareBp: 2_000,
    mission:
      "Furrow Works is owned by the people who work in it, all of whom contribute to the open seed drill. " +
      "A fifth of every quarter's surplus goes back to the commons: half to the foundation that keeps it, half to the people who write it.",
    currency: CURRENCY,
    beneficiaries: [
      { commons: DEMO_COMMONS.slug, destination: "steward" as const, weightBp: 5_000 },
      { commons: DEMO_COMMONS.slug, destination: "contributor_pool" as const, weightBp: 5_000 },
    ],
  },
  period: { by: "amara", periodStart: "2026-07-01", periodEnd: "2026-09-30", revenue: 3_600_000, costs: 2_900_000 },
};

/**
 * The seed drill's value equation, set by Ada for the community: 5% is set aside for the foundation's
 * infrastructure, the rest shared by the year's accepted contributions, design and code weighing a
 * little more, an hour of logged work three points, a review one.
 */
export const DEMO_EQUATION = {
  by: "ada",
  infrastructure: { code: "liabilities:infrastructure-fund", name: "Set aside for infrastructure", by: "kofi" },
  equation: {
    buckets: [{ label: "Infrastructure", shareBp: 500, recipient: { account: "liabilities:infrastructure-fund" } }],
    weights: (["code", "design", "research", "documentation", "translation", "facilitation", "care"] as const).map((kind) => ({
      kind,
      perContribution: kind === "code" || kind === "design" ? 3 : 2,
      perHour: 3,
      perHundredLines: 1,
    })),
    reviewPoints: 1,
    windowDays: 365,
    halfLifeDays: null,
  },
};

/** Kofi shares Harrow's third-quarter fee with the contributors, then pays one of them out. */
export const DEMO_DISTRIBUTION = {
  by: "kofi",
  amount: 180_000,
  description: "Harrow's reciprocity fee for the third quarter of 2026, shared with the seed drill's contributors",
  payout: { to: "ada" },
};

export const coalitionStep: DemoStep = {
  name: "coalition",
  from: "2026-06-22T09:00:00Z",
  async run(ctx: DemoContext) {
    const uses = new Map<string, string>();
    for (const { by, ...u } of DEMO_USES) {
      await ctx.clock.pass(20);
      const use = await declareUse(ctx.db, actor(ctx, by), DEMO_COMMONS.slug, UseInput.parse(u));
      uses.set(u.enterprise, use.id);
    }
    const a = DEMO_AGREEMENT;
    await ctx.clock.pass(48);
    const offered = await offerAgreement(
      ctx.db,
      actor(ctx, a.offeredBy),
      requireId(uses, "harrow-machinery"),
      AgreementInput.parse(a.terms),
    );
    await ctx.clock.pass(30);
    await respondToAgreement(ctx.db, actor(ctx, a.acceptedBy), offered.id, "accept");
    // The invoice for the first quarter is raised once the quarter is over, and paid on its day.
    await ctx.clock.moveTo("2026-10-02T10:00:00Z");
    const invoice = await raiseInvoice(
      ctx.db,
      actor(ctx, a.invoice.by),
      offered.id,
      InvoiceInput.parse({ periodStart: a.invoice.periodStart, revenue: a.invoice.revenue }),
    );
    await ctx.clock.moveTo(`${a.invoice.paidOn}T15:00:00Z`);
    await payInvoice(ctx.db, actor(ctx, a.invoice.by), invoice.id, PayInvoiceInput.parse({ date: a.invoice.paidOn }));

    const p = DEMO_PHYLE;
    await ctx.clock.moveTo("2026-06-29T16:00:00Z");
    await adoptCharter(ctx.db, actor(ctx, p.by), "furrow-works", CharterInput.parse(p.charter));
    const { by, ...period } = p.period;
    await ctx.clock.moveTo("2026-10-06T10:00:00Z");
    await recordPeriod(ctx.db, actor(ctx, by), "furrow-works", PeriodInput.parse(period));

    const e = DEMO_EQUATION;
    await ctx.clock.moveTo("2026-10-22T09:00:00Z");
    await addAccount(ctx.db, actor(ctx, e.infrastructure.by), FOUNDATION, { code: e.infrastructure.code, name: e.infrastructure.name });
    const commons = { owner: "commons" as const, slug: DEMO_COMMONS.slug };
    await saveEquation(ctx.db, actor(ctx, e.by), commons, EquationInput.parse(e.equation));
    const d = DEMO_DISTRIBUTION;
    await postDistribution(ctx.db, actor(ctx, d.by), commons, PostInput.parse({ amount: d.amount, description: d.description }));
    await ctx.clock.pass(26);
    await payout(ctx.db, actor(ctx, d.by), FOUNDATION, PayoutInput.parse({ person: d.payout.to }));
  },
};

function requireId(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`the demo has no use by ${key}`);
  return id;
}
