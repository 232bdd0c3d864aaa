import { NewTransactionInput } from "../modules/ledger/inputs.ts";
import { openBooks, postManual } from "../modules/ledger/service.ts";
import { changeRole } from "../modules/memberships/service.ts";
import { draftBudget, listBudgets } from "../modules/treasury/budgets.ts";
import { approveWithinBudget, attachReceipt, payExpense, submitExpense } from "../modules/treasury/expenses.ts";
import { confirmDonation, recordDonation, recordFee, setFeeSchedule } from "../modules/treasury/income.ts";
import { BudgetInput, DonationInput, ExpenseInput, FeeScheduleInput, PaymentInput } from "../modules/treasury/inputs.ts";
import { payOrganization } from "../modules/treasury/payments.ts";
import { actor, type DemoContext, type DemoStep, idOf } from "./context.ts";

/**
 * The money side of the Open Farm Tools Foundation, the association that pays for the commons'
 * hosting, its workshop at the Riverton library and its build days. Everything is in euro cents.
 * Its income arrives on dates over 2026; what the members decide by vote (see decisions.ts) is
 * paid on the day the demo loads, after the vote has closed.
 */
export const FOUNDATION = "open-farm-tools-foundation";
export const CURRENCY = "EUR";

/**
 * Each organization's books: who opens them (a steward or treasurer), the treasurer who keeps them,
 * and what was in the bank on 1 January, posted against opening balances.
 */
const BOOKS: { slug: string; openedBy: string; treasurer: string; opening: number; note: string }[] = [
  {
    slug: FOUNDATION,
    openedBy: "kofi",
    treasurer: "kofi",
    opening: 124_000,
    note: "Balance carried over from the foundation's old bank book",
  },
  { slug: "furrow-works", openedBy: "rosa", treasurer: "amara", opening: 1_850_000, note: "Balance of the cooperative's current account" },
  { slug: "harrow-machinery", openedBy: "victor", treasurer: "dmitri", opening: 14_000_000, note: "Balance of the operating account" },
];

/** Harrow had no treasurer: Victor makes Dmitri one, so the company's sponsorship can be posted. */
const NEW_TREASURERS = [{ slug: "harrow-machinery", by: "victor", handle: "dmitri" }];

export const FEE_SCHEDULE = { amount: 3_000, period: "yearly" as const, startsOn: "2026-01-01" };

/** Members who paid their 2026 fee, and when; Elena has not paid yet. */
export const DEMO_FEES: { member: string; date: string }[] = [
  { member: "priya", date: "2026-01-09" },
  { member: "kofi", date: "2026-01-09" },
  { member: "ada", date: "2026-01-15" },
  { member: "hugo", date: "2026-02-02" },
  { member: "lena", date: "2026-02-20" },
  { member: "grace", date: "2026-03-11" },
];

interface DemoDonation {
  by: string;
  amount: number;
  anonymous?: boolean;
  message?: string;
  /** The day a treasurer confirmed the money arrived; absent, it is still waiting. */
  confirmedOn?: string;
}

export const DEMO_DONATIONS: DemoDonation[] = [
  { by: "hugo", amount: 5_000, message: "For the test plots. The clay needs more of them.", confirmedOn: "2026-04-22" },
  { by: "yusuf", amount: 2_500, anonymous: true, message: "From the orchard crew.", confirmedOn: "2026-05-30" },
  { by: "marta", amount: 10_000, message: "A personal one, for the build weekend.", confirmedOn: "2026-06-25" },
  { by: "noor", amount: 1_500, message: "Thank you for publishing the sensor kit drawings.", confirmedOn: "2026-07-14" },
  { by: "felix", amount: 2_000, anonymous: true, confirmedOn: "2026-08-03" },
  { by: "grace", amount: 4_000, confirmedOn: "2026-10-12" },
  { by: "sam", amount: 1_000, message: "The first of many, I hope. Thanks for the welcome at the build day." },
];

/** What the two enterprises pay the foundation, posted by their treasurers into both books. */
export const DEMO_SPONSORSHIPS: { from: string; by: string; amount: number; date: string; description: string }[] = [
  {
    from: "furrow-works",
    by: "amara",
    amount: 120_000,
    date: "2026-03-02",
    description: "Sponsorship 2026: the foundation's hosting and the spring build day",
  },
  {
    from: "harrow-machinery",
    by: "dmitri",
    amount: 250_000,
    date: "2026-05-15",
    description: "Sponsorship 2026, first half: field trials and documentation",
  },
  { from: "harrow-machinery", by: "dmitri", amount: 250_000, date: "2026-09-15", description: "Sponsorship 2026, second half" },
  { from: "furrow-works", by: "amara", amount: 60_000, date: "2026-10-01", description: "Sponsorship of the autumn build weekend" },
];

/** Kofi's budget for the rest of 2026, which the members approve by vote (decisions.ts). */
export const DEMO_BUDGET = {
  by: "kofi",
  year: 2026,
  title: "Running costs 2026",
  lines: [
    { name: "Hosting", account: "expenses:infrastructure", amount: 60_000 },
    { name: "Workshop", account: "expenses:operations", amount: 150_000 },
    { name: "Events", account: "expenses:events", amount: 120_000 },
    { name: "Bank fees", account: "expenses:bank-fees", amount: 6_000 },
  ],
};

type BudgetLineName = (typeof DEMO_BUDGET.lines)[number]["name"];

/**
 * Expenses members submit. `line` is paid from an approved budget line by the treasurer; `vote` goes
 * to the members (decisions.ts puts it to them, under that key). `paid` says the treasurer paid it.
 */
export interface DemoExpense {
  key: string;
  by: string;
  purpose: string;
  amount: number;
  account: string;
  payeeName?: string;
  receipt?: { name: string; lines: string[] };
  settle: { line: BudgetLineName; paid: boolean } | { vote: true; paid: boolean };
}

export const DEMO_EXPENSES: DemoExpense[] = [
  {
    key: "hosting",
    by: "kofi",
    purpose: "Server hosting for openfarmtools.example.org, July to December 2026",
    amount: 17_400,
    account: "expenses:infrastructure",
    payeeName: "Riverside Hosting Cooperative",
    receipt: {
      name: "riverside-hosting-2026-h2.pdf",
      lines: ["Riverside Hosting Cooperative", "Invoice RHC-2026-0712", "VPS 4 GB, 6 months: EUR 174.00", "Paid by bank transfer"],
    },
    settle: { line: "Hosting", paid: true },
  },
  {
    key: "build day food",
    by: "grace",
    purpose: "Soup, bread and coffee for the November build day (22 people)",
    amount: 8_640,
    account: "expenses:events",
    receipt: {
      name: "library-cafe-receipt.pdf",
      lines: ["Riverton Library Cafe", "Soup and bread x 22", "Coffee x 30", "Total EUR 86.40"],
    },
    settle: { line: "Events", paid: true },
  },
  {
    key: "bandsaw blades",
    by: "hugo",
    purpose: "Bandsaw blades and cutting fluid for the library workshop",
    amount: 6_490,
    account: "expenses:operations",
    settle: { line: "Workshop", paid: false },
  },
  {
    key: "penetrometer",
    by: "hugo",
    purpose: "A soil penetrometer for the clay trials on plot C",
    amount: 28_900,
    account: "expenses:operations",
    receipt: {
      name: "penetrometer-invoice.pdf",
      lines: ["Agrimeter Supplies", "Invoice AS-40913", "Hand penetrometer with 4 cones, 0-5 MPa", "Total EUR 289.00, paid by H. Lambert"],
    },
    settle: { vote: true, paid: true },
  },
  {
    key: "build kits",
    by: "kofi",
    purpose: "Steel for ten build kits, cut to length and delivered to the library workshop",
    amount: 240_000,
    account: "expenses:operations",
    payeeName: "A Riverton steel supplier (to be chosen)",
    settle: { vote: true, paid: false },
  },
  {
    key: "hanover stand",
    by: "grace",
    purpose: "A stand at the AgriTech fair in Hanover, March 2027",
    amount: 185_000,
    account: "expenses:events",
    payeeName: "AgriTech Fairs GmbH",
    settle: { vote: true, paid: false },
  },
];

/**
 * A one-page PDF with a few lines of text: small, but a real file a PDF viewer opens. Only ASCII,
 * since the standard Helvetica encoding has no euro sign.
 */
export function receiptPdf(lines: string[]): Buffer {
  const pdfString = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const text = lines.map((l, i) => `${i === 0 ? "" : "0 -18 Td "}(${pdfString(l)}) Tj`).join(" ");
  const stream = `BT /F1 12 Tf 36 250 Td ${text} ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 297] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

/** A day of the story at an hour of the working day, for the moment something dated that day is recorded. */
const onDay = (day: string, hour = 10) => `${day}T${String(hour).padStart(2, "0")}:00:00Z`;
const dayBefore = (day: string, days = 1) => new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

async function openAllBooks(ctx: DemoContext) {
  for (const t of NEW_TREASURERS) await changeRole(ctx.db, actor(ctx, t.by), t.slug, t.handle, "treasurer");
  for (const b of BOOKS) await openBooks(ctx.db, actor(ctx, b.openedBy), b.slug, CURRENCY);
  // The opening balances are dated the first of January, and entered the day after.
  await ctx.clock.moveTo(onDay("2026-01-02"));
  for (const b of BOOKS) {
    const entry = NewTransactionInput.parse({
      kind: "transfer",
      date: "2026-01-01",
      description: b.note,
      counterpartyKind: "internal",
      postings: [
        { account: "assets:bank", amount: b.opening, currency: CURRENCY },
        { account: "equity:opening-balances", amount: -b.opening, currency: CURRENCY },
      ],
    });
    await postManual(ctx.db, actor(ctx, b.treasurer), b.slug, entry);
  }
}

async function income(ctx: DemoContext) {
  const kofi = actor(ctx, "kofi");
  await setFeeSchedule(ctx.db, kofi, FOUNDATION, FeeScheduleInput.parse({ ...FEE_SCHEDULE, currency: CURRENCY }));
  for (const f of DEMO_FEES) {
    await ctx.clock.moveTo(onDay(f.date, 17));
    await recordFee(ctx.db, kofi, FOUNDATION, { member: f.member, periodStart: FEE_SCHEDULE.startsOn, date: f.date });
  }
  for (const d of DEMO_DONATIONS) {
    // A donation is announced a few days before the money arrives and the treasurer confirms it.
    if (d.confirmedOn) await ctx.clock.moveTo(onDay(dayBefore(d.confirmedOn, 3), 20));
    const input = DonationInput.parse({ amount: d.amount, currency: CURRENCY, anonymous: d.anonymous ?? false, message: d.message });
    const donation = await recordDonation(ctx.db, actor(ctx, d.by), FOUNDATION, input);
    if (d.confirmedOn) {
      await ctx.clock.moveTo(onDay(d.confirmedOn, 9));
      await confirmDonation(ctx.db, kofi, donation.id, { date: d.confirmedOn });
    }
  }
  for (const s of DEMO_SPONSORSHIPS) {
    await ctx.clock.moveTo(onDay(s.date, 11));
    const input = PaymentInput.parse({
      to: FOUNDATION,
      kind: "sponsorship",
      amount: s.amount,
      currency: CURRENCY,
      description: s.description,
      date: s.date,
    });
    await payOrganization(ctx.db, actor(ctx, s.by), s.from, input);
  }
}

/** When the budget and the expenses the members vote on (decisions.ts) are drafted. */
const BUDGET_DRAFTED = "2026-09-14T18:00:00Z";

/** Drafts the budget and submits the expenses; the votes on them are in decisions.ts. */
async function budgetAndExpenses(ctx: DemoContext) {
  await ctx.clock.moveTo(BUDGET_DRAFTED);
  const { by, ...body } = DEMO_BUDGET;
  const budget = await draftBudget(ctx.db, actor(ctx, by), FOUNDATION, BudgetInput.parse(body));
  ctx.ids.set("budget", budget.id);
  const [drafted] = (await listBudgets(ctx.db, FOUNDATION, body.year)).filter((b) => b.id === budget.id);
  const lines = drafted?.lines ?? [];
  for (const l of lines) ctx.ids.set(`budget line:${l.name}`, l.id);

  for (const e of DEMO_EXPENSES) {
    await ctx.clock.pass(30);
    const input = ExpenseInput.parse({
      purpose: e.purpose,
      amount: e.amount,
      currency: CURRENCY,
      account: e.account,
      payeeName: e.payeeName,
    });
    const expense = await submitExpense(ctx.db, actor(ctx, e.by), FOUNDATION, input);
    ctx.ids.set(`expense:${e.key}`, expense.id);
    if (e.receipt) {
      await attachReceipt(ctx.db, actor(ctx, e.by), expense.id, {
        name: e.receipt.name,
        type: "application/pdf",
        data: receiptPdf(e.receipt.lines),
      });
    }
  }
}

export const treasuryStep: DemoStep = {
  name: "treasury",
  from: "2025-12-15T10:00:00Z",
  async run(ctx) {
    await openAllBooks(ctx);
    await income(ctx);
    await budgetAndExpenses(ctx);
  },
};

/**
 * After the votes have closed: the treasurer approves the small expenses within the approved budget's
 * lines and pays them, and pays the expense the members approved (its transaction carries the decision).
 */
export const spendingStep: DemoStep = {
  name: "spending",
  from: "2026-10-15T09:00:00Z",
  async run(ctx) {
    const kofi = actor(ctx, "kofi");
    for (const e of DEMO_EXPENSES) {
      await ctx.clock.pass(20);
      const id = idOf(ctx, `expense:${e.key}`);
      if ("line" in e.settle) await approveWithinBudget(ctx.db, kofi, id, idOf(ctx, `budget line:${e.settle.line}`));
      if (e.settle.paid) await payExpense(ctx.db, kofi, id, {});
    }
  },
};
