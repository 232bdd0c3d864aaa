import { and, desc, eq, lte, sql } from "drizzle-orm";
import { addMonths } from "../../calendar.ts";
import { integrityProblem } from "../../db/errors.ts";
import type { Db, Executor } from "../../db/types.ts";
import { writtenAt } from "../../db/written-at.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { people } from "../accounts/schema.ts";
import { recordActivity } from "../activity/service.ts";
import { accountByCode, BANK, INCOME_ACCOUNT, requireCurrency } from "../ledger/books.ts";
import { postTransaction } from "../ledger/post.ts";
import { memberships } from "../memberships/schema.ts";
import { booksOf, orgContext, orgContextById, today, viewContext } from "./context.ts";
import { t } from "./messages.ts";
import { authorizeDonor, authorizeTreasurer } from "./policy.ts";
import { donations, type FEE_PERIODS, feeSchedules, membershipFees } from "./schema.ts";

/** Anyone signed in records a donation they made; it shows once a treasurer confirms the money arrived. */
export async function recordDonation(
  db: Db,
  actor: Actor | null,
  slug: string,
  body: { amount: number; currency: string; anonymous: boolean; message?: string },
) {
  return db.transaction(async (tx) => {
    const me = authorizeDonor(actor);
    const { org } = await orgContext(tx, actor, slug);
    const book = await booksOf(tx, org);
    requireCurrency(await accountByCode(tx, book.id, INCOME_ACCOUNT.donation, "body.currency"), body.currency, "body.currency");
    const [donation] = await tx
      .insert(donations)
      .values({
        organizationId: org.id,
        donorId: me.id,
        anonymous: body.anonymous,
        amount: BigInt(body.amount),
        currency: body.currency,
        message: body.message ?? "",
      })
      .returning();
    if (!donation) throw new Error("insert returned no donation");
    // Only the donor sees their pending donation in their own feed; the public hears of it once confirmed.
    await recordActivity(tx, {
      actorId: me.id,
      verb: "donation.recorded",
      objectType: "donation",
      objectId: donation.id,
      organizationId: org.id,
      visibility: "private",
      data: { amount: String(donation.amount), currency: donation.currency },
    });
    return donation;
  });
}

async function lockDonation(tx: Executor, actor: Actor | null, id: string) {
  const [donation] = await tx.select().from(donations).where(eq(donations.id, id)).for("update");
  if (!donation) throw AppError.notFound(t("donation"));
  const ctx = await orgContextById(tx, actor, donation.organizationId);
  const me = authorizeTreasurer(actor, ctx.standing);
  if (donation.status !== "pending") throw AppError.conflict(t("donationStatus", { status: donation.status }));
  return { donation, me, ...ctx };
}

/** A treasurer confirms the money arrived: it is posted as income, under the donor's name or "Anonymous". */
export async function confirmDonation(db: Db, actor: Actor | null, id: string, opts: { date?: string; into?: string }) {
  return db.transaction(async (tx) => {
    const { donation, me, org } = await lockDonation(tx, actor, id);
    const book = await booksOf(tx, org);
    const into = await accountByCode(tx, book.id, opts.into ?? BANK, "body.into");
    if (into.type !== "asset") throw AppError.validation("body.into", t("intoAsset"));
    requireCurrency(into, donation.currency, "body.into");
    const income = await accountByCode(tx, book.id, INCOME_ACCOUNT.donation, "body.into");
    const [donor] = donation.donorId ? await tx.select({ name: people.name }).from(people).where(eq(people.id, donation.donorId)) : [];
    const transaction = await postTransaction(tx, {
      bookId: book.id,
      organizationId: org.id,
      kind: "donation",
      date: opts.date ?? today(),
      description: donation.anonymous ? "Donation" : `Donation from ${donor?.name ?? "a former member"}`,
      counterparty: donation.anonymous
        ? { kind: "individual", name: "Anonymous" }
        : { kind: "individual", personId: donation.donorId, name: donor?.name ?? "A former member" },
      postedBy: me.id,
      postings: [
        { accountId: into.id, amount: donation.amount, currency: donation.currency },
        { accountId: income.id, amount: -donation.amount, currency: donation.currency },
      ],
      path: "body.into",
    });
    const [confirmed] = await tx
      .update(donations)
      .set({ status: "confirmed", reviewedBy: me.id, reviewedAt: writtenAt, transactionId: transaction.id })
      .where(eq(donations.id, id))
      .returning();
    await recordActivity(tx, {
      actorId: me.id,
      verb: "donation.confirmed",
      objectType: "donation",
      objectId: id,
      targetType: "transaction",
      targetId: transaction.id,
      organizationId: org.id,
      data: { amount: String(donation.amount), currency: donation.currency, anonymous: donation.anonymous },
    });
    return confirmed ?? donation;
  });
}

/** A treasurer declines a donation that never arrived. */
export async function declineDonation(db: Db, actor: Actor | null, id: string) {
  return db.transaction(async (tx) => {
    const { donation, me } = await lockDonation(tx, actor, id);
    const [declined] = await tx
      .update(donations)
      .set({ status: "declined", reviewedBy: me.id, reviewedAt: writtenAt })
      .where(eq(donations.id, id))
      .returning();
    await recordActivity(tx, {
      actorId: me.id,
      verb: "donation.declined",
      objectType: "donation",
      objectId: id,
      organizationId: donation.organizationId,
      visibility: "members",
    });
    return declined ?? donation;
  });
}

/** A donation as the API shows it; `donor` is who may be named to this viewer. */
export const donationView = (d: typeof donations.$inferSelect, donor: { handle: string; name: string } | null) => ({
  id: d.id,
  donor,
  anonymous: d.anonymous,
  amount: String(d.amount),
  currency: d.currency,
  message: d.message,
  status: d.status,
  transactionId: d.transactionId,
  createdAt: d.createdAt.toISOString(),
});

/** Donations: confirmed ones for everyone (anonymous ones without a name); pending ones for treasurers and the donor. */
export async function listDonations(
  db: Executor,
  viewer: Actor | null,
  slug: string,
  opts: { status: "confirmed" | "pending" | "declined"; limit: number },
) {
  const { org, standing } = await viewContext(db, viewer, slug);
  const treasurer = !!viewer && standing.status === "active" && standing.role === "treasurer";
  const rows = await db
    .select({ d: donations, donor: { handle: people.handle, name: people.name } })
    .from(donations)
    .leftJoin(people, eq(people.id, donations.donorId))
    .where(
      and(
        eq(donations.organizationId, org.id),
        eq(donations.status, opts.status),
        opts.status === "confirmed" || treasurer ? undefined : viewer ? eq(donations.donorId, viewer.id) : sql`false`,
      ),
    )
    .orderBy(desc(donations.createdAt))
    .limit(opts.limit);
  return rows.map(({ d, donor }) =>
    donationView(
      d,
      d.anonymous && !treasurer && viewer?.id !== d.donorId
        ? null
        : donor?.handle
          ? { handle: donor.handle, name: donor.name ?? "" }
          : null,
    ),
  );
}

/** Sets what members pay from a day on; the latest schedule starting on or before a period governs it. */
export async function setFeeSchedule(
  db: Db,
  actor: Actor | null,
  slug: string,
  body: { amount: number; currency: string; period: (typeof FEE_PERIODS)[number]; startsOn: string },
) {
  return db.transaction(async (tx) => {
    const { org, standing } = await orgContext(tx, actor, slug);
    const me = authorizeTreasurer(actor, standing);
    const book = await booksOf(tx, org);
    requireCurrency(await accountByCode(tx, book.id, INCOME_ACCOUNT.membership_fee, "body.currency"), body.currency, "body.currency");
    try {
      const [schedule] = await tx
        .insert(feeSchedules)
        .values({
          organizationId: org.id,
          amount: BigInt(body.amount),
          currency: body.currency,
          period: body.period,
          startsOn: body.startsOn,
          createdBy: me.id,
        })
        .returning();
      if (!schedule) throw new Error("insert returned no schedule");
      await recordActivity(tx, {
        actorId: me.id,
        verb: "fees.scheduled",
        objectType: "organization",
        objectId: org.id,
        organizationId: org.id,
        data: { amount: String(schedule.amount), currency: schedule.currency, period: schedule.period, startsOn: schedule.startsOn },
      });
      return schedule;
    } catch (err) {
      throw (
        integrityProblem(err, {
          fee_schedules_org_start_key: { path: "body.startsOn", message: t("scheduleExists") },
        }) ?? err
      );
    }
  });
}

const MONTHS: Record<(typeof FEE_PERIODS)[number], number> = { monthly: 1, quarterly: 3, yearly: 12 };

/** The schedule in force on a day, and whether the day starts one of its periods. */
async function scheduleFor(tx: Executor, organizationId: string, periodStart: string) {
  const [schedule] = await tx
    .select()
    .from(feeSchedules)
    .where(and(eq(feeSchedules.organizationId, organizationId), lte(feeSchedules.startsOn, periodStart)))
    .orderBy(desc(feeSchedules.startsOn))
    .limit(1);
  if (!schedule) throw AppError.validation("body.periodStart", t("noSchedule"));
  const step = MONTHS[schedule.period];
  const [sy, sm, sd] = schedule.startsOn.split("-").map(Number) as [number, number, number];
  const [py, pm, pd] = periodStart.split("-").map(Number) as [number, number, number];
  const months = (py - sy) * 12 + (pm - sm);
  if (pd !== sd || months % step !== 0) {
    throw AppError.validation("body.periodStart", t("periodStart", { step, startsOn: schedule.startsOn }));
  }
  return { schedule, periodEnd: addMonths(periodStart, step) };
}

/** A treasurer records a member's fee for one period; the unique key refuses the same period twice. */
export async function recordFee(db: Db, actor: Actor | null, slug: string, body: { member: string; periodStart: string; date?: string }) {
  return db.transaction(async (tx) => {
    const { org, standing } = await orgContext(tx, actor, slug);
    const me = authorizeTreasurer(actor, standing);
    const book = await booksOf(tx, org);
    const [member] = await tx
      .select({ id: people.id, name: people.name })
      .from(people)
      .innerJoin(memberships, and(eq(memberships.personId, people.id), eq(memberships.organizationId, org.id)))
      .where(eq(people.handle, body.member));
    if (!member) throw AppError.validation("body.member", t("notMember", { member: body.member, org: org.name }));
    const { schedule, periodEnd } = await scheduleFor(tx, org.id, body.periodStart);
    const bank = await accountByCode(tx, book.id, BANK, "body.member");
    const income = await accountByCode(tx, book.id, INCOME_ACCOUNT.membership_fee, "body.member");
    const transaction = await postTransaction(tx, {
      bookId: book.id,
      organizationId: org.id,
      kind: "membership_fee",
      date: body.date ?? today(),
      description: `Membership fee, ${body.periodStart} to ${periodEnd}: ${member.name}`,
      counterparty: { kind: "individual", personId: member.id, name: member.name },
      postedBy: me.id,
      postings: [
        { accountId: bank.id, amount: schedule.amount, currency: schedule.currency },
        { accountId: income.id, amount: -schedule.amount, currency: schedule.currency },
      ],
    });
    try {
      const [fee] = await tx
        .insert(membershipFees)
        .values({ organizationId: org.id, personId: member.id, periodStart: body.periodStart, periodEnd, transactionId: transaction.id })
        .returning();
      if (!fee) throw new Error("insert returned no fee");
      await recordActivity(tx, {
        actorId: me.id,
        verb: "fee.paid",
        objectType: "person",
        objectId: member.id,
        targetType: "transaction",
        targetId: transaction.id,
        organizationId: org.id,
        data: { name: member.name, periodStart: fee.periodStart, periodEnd: fee.periodEnd },
      });
      return fee;
    } catch (err) {
      throw (
        integrityProblem(err, {
          membership_fees_period_key: { path: "body.periodStart", message: t("alreadyPaid", { name: member.name }) },
        }) ?? err
      );
    }
  });
}

/** Who has paid for the period that contains a day, under the schedule then in force. */
export async function feeStatus(db: Executor, slug: string, day: string) {
  const { org } = await orgContext(db, null, slug);
  const [schedule] = await db
    .select()
    .from(feeSchedules)
    .where(and(eq(feeSchedules.organizationId, org.id), lte(feeSchedules.startsOn, day)))
    .orderBy(desc(feeSchedules.startsOn))
    .limit(1);
  if (!schedule) return { schedule: null, periodStart: null, periodEnd: null, members: [] };
  const step = MONTHS[schedule.period];
  let start = schedule.startsOn;
  while (addMonths(start, step) <= day) start = addMonths(start, step);
  const rows = await db
    .select({ handle: people.handle, name: people.name, paid: sql<boolean>`${membershipFees.id} is not null` })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .leftJoin(
      membershipFees,
      and(eq(membershipFees.organizationId, org.id), eq(membershipFees.personId, people.id), eq(membershipFees.periodStart, start)),
    )
    .where(and(eq(memberships.organizationId, org.id), eq(memberships.status, "active")))
    .orderBy(people.name);
  return {
    schedule: { amount: String(schedule.amount), currency: schedule.currency, period: schedule.period, startsOn: schedule.startsOn },
    periodStart: start,
    periodEnd: addMonths(start, step),
    members: rows,
  };
}
