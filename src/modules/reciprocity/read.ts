import { and, desc, eq, inArray, or, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { CursorTime, exactTime, keyset } from "../../db/keyset.ts";
import type { Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { decodeCursor, page } from "../../http/pagination.ts";
import { localized } from "../../http/request-language.ts";
import { people } from "../accounts/schema.ts";
import { personRef } from "../accounts/views.ts";
import { licenceById } from "../commons/licences.ts";
import { commons } from "../commons/schema.ts";
import { findCommons } from "../commons/service.ts";
import { books } from "../ledger/schema.ts";
import { organizations } from "../organizations/schema.ts";
import { findOrganization, lockedStanding, standingOf } from "../organizations/service.ts";
import { today } from "../treasury/context.ts";
import { treasurersOf } from "../treasury/keepers.ts";
import { compliance } from "./compliance.ts";
import { t } from "./messages.ts";
import { canActFor, type Standings, viewerOf } from "./policy.ts";
import { commonsUses, reciprocityAgreements, reciprocityInvoices } from "./schema.ts";
import { type AgreementRow, agreementView, balanceOf, complianceView, invoiceView, isOverdue } from "./views.ts";

type Invoice = typeof reciprocityInvoices.$inferSelect;
type Agreement = typeof reciprocityAgreements.$inferSelect;

const enterprise = alias(organizations, "enterprise");
const association = alias(organizations, "association");
const declarer = alias(people, "declarer");
const proposer = alias(people, "proposer");
const responder = alias(people, "responder");

/** An agreement is in force on the days it covers once accepted; ending it only fixes its last day. */
export const inForce = (a: Pick<Agreement, "status" | "startsOn" | "endsOn">, day: string) =>
  (a.status === "active" || a.status === "ended") && a.startsOn <= day && (a.endsOn === null || a.endsOn >= day);

export async function standingsOf(
  db: Executor,
  actor: Actor | null,
  a: { enterpriseId: string; associationId: string },
): Promise<Standings> {
  const [ent, assoc] = await Promise.all([standingOf(db, a.enterpriseId, actor), standingOf(db, a.associationId, actor)]);
  return { enterprise: ent, association: assoc };
}

/** The same inside a write's transaction, each standing locked until the write commits (lockedStanding). */
export async function lockedStandingsOf(
  tx: Executor,
  actor: Actor | null,
  a: { enterpriseId: string; associationId: string },
): Promise<Standings> {
  const enterprise = await lockedStanding(tx, a.enterpriseId, actor);
  return { enterprise, association: await lockedStanding(tx, a.associationId, actor) };
}

// ---- agreements

function agreementQuery(db: Executor) {
  return db
    .select({
      a: reciprocityAgreements,
      commons: { slug: commons.slug, title: commons.title },
      enterprise: { slug: enterprise.slug, name: enterprise.name },
      association: { slug: association.slug, name: association.name },
      proposer: { handle: proposer.handle, name: proposer.name },
      responder: { handle: responder.handle, name: responder.name },
    })
    .from(reciprocityAgreements)
    .innerJoin(commons, eq(commons.id, reciprocityAgreements.commonsId))
    .innerJoin(enterprise, eq(enterprise.id, reciprocityAgreements.enterpriseId))
    .innerJoin(association, eq(association.id, reciprocityAgreements.associationId))
    .leftJoin(proposer, eq(proposer.id, reciprocityAgreements.proposedBy))
    .leftJoin(responder, eq(responder.id, reciprocityAgreements.respondedBy));
}

async function invoicesOf(db: Executor, agreementIds: string[]): Promise<Invoice[]> {
  if (!agreementIds.length) return [];
  return db
    .select()
    .from(reciprocityInvoices)
    .where(inArray(reciprocityInvoices.agreementId, agreementIds))
    .orderBy(desc(reciprocityInvoices.periodStart));
}

const byAgreement = (invoices: Invoice[]) => {
  const map = new Map<string, Invoice[]>();
  for (const i of invoices) map.set(i.agreementId, [...(map.get(i.agreementId) ?? []), i]);
  return map;
};

export async function getAgreement(db: Executor, actor: Actor | null, id: string) {
  const [row] = await agreementQuery(db).where(eq(reciprocityAgreements.id, id));
  if (!row) throw AppError.notFound(t("agreement"));
  const invoices = await invoicesOf(db, [id]);
  const day = today();
  const [s, treasurers, closed] = await Promise.all([
    standingsOf(db, actor, row.a),
    actor ? treasurersOf(db, row.a.enterpriseId) : [],
    closedBooksOf(db, [row.a]),
  ]);
  const parties = {
    enterprise: row.enterprise.name,
    association: row.association.name,
    enterpriseTreasurers: treasurers.map((t) => t.name),
  };
  const viewer = viewerOf(actor, s, row.a, parties);
  return {
    ...agreementView(row as AgreementRow, invoices, day, closed),
    invoices: invoices.map((i) => invoiceView(i, day)),
    viewer: { ...viewer, cannotPay: viewer.cannotPay && localized(viewer.cannotPay) },
  };
}

/** The parties of these agreements that have not opened their books (no invoice can be raised on them until they do). */
async function closedBooksOf(db: Executor, list: Pick<Agreement, "enterpriseId" | "associationId">[]): Promise<Set<string>> {
  const ids = [...new Set(list.flatMap((a) => [a.enterpriseId, a.associationId]))];
  if (!ids.length) return new Set();
  const open = await db.select({ id: books.organizationId }).from(books).where(inArray(books.organizationId, ids));
  const opened = new Set(open.map((b) => b.id));
  return new Set(ids.filter((id) => !opened.has(id)));
}

/** An organization's agreements, as the enterprise or as the steward association, with what is owed. */
export async function listOrgAgreements(db: Executor, slug: string) {
  const org = await findOrganization(db, slug);
  const rows = await agreementQuery(db)
    .where(or(eq(reciprocityAgreements.enterpriseId, org.id), eq(reciprocityAgreements.associationId, org.id)))
    .orderBy(desc(reciprocityAgreements.createdAt), desc(reciprocityAgreements.id))
    .limit(500);
  const invoices = await invoicesOf(
    db,
    rows.map((r) => r.a.id),
  );
  const grouped = byAgreement(invoices);
  const day = today();
  const closed = await closedBooksOf(
    db,
    rows.map((r) => r.a),
  );
  return {
    items: rows.map((r) => agreementView(r as AgreementRow, grouped.get(r.a.id) ?? [], day, closed)),
    ...balanceOf(invoices, day),
  };
}

// ---- uses

function usesQuery(db: Executor) {
  return db
    .select({
      u: commonsUses,
      commons: { slug: commons.slug, title: commons.title, licence: commons.licence },
      enterprise: { slug: enterprise.slug, name: enterprise.name, ownership: enterprise.ownership },
      association: { id: association.id, slug: association.slug, name: association.name },
      declarer: { handle: declarer.handle, name: declarer.name },
      exactCreatedAt: exactTime(commonsUses.createdAt),
    })
    .from(commonsUses)
    .innerJoin(commons, eq(commons.id, commonsUses.commonsId))
    .innerJoin(enterprise, eq(enterprise.id, commonsUses.enterpriseId))
    .leftJoin(association, eq(association.id, commons.stewardAssociationId))
    .leftJoin(declarer, eq(declarer.id, commonsUses.declaredBy));
}
type UseRow = Awaited<ReturnType<ReturnType<typeof usesQuery>["execute"]>>[number];

/** Each use with its compliance: the licence's rules, the enterprise's ownership, its agreements and their arrears. */
async function withCompliance(db: Executor, actor: Actor | null, rows: UseRow[]) {
  if (!rows.length) return [];
  const pairs = rows.map((r) =>
    and(eq(reciprocityAgreements.commonsId, r.u.commonsId), eq(reciprocityAgreements.enterpriseId, r.u.enterpriseId)),
  );
  const agreements = await db
    .select()
    .from(reciprocityAgreements)
    .where(and(or(...pairs), inArray(reciprocityAgreements.status, ["proposed", "active", "ended"])))
    .orderBy(desc(reciprocityAgreements.startsOn), desc(reciprocityAgreements.createdAt));
  const invoices = await invoicesOf(
    db,
    agreements.map((a) => a.id),
  );
  const grouped = byAgreement(invoices);
  const day = today();
  const orgIds = new Set(rows.flatMap((r) => [r.u.enterpriseId, ...(r.association?.id ? [r.association.id] : [])]));
  const governing = new Map(
    actor ? await Promise.all([...orgIds].map(async (id) => [id, canActFor(actor, await standingOf(db, id, actor))] as const)) : [],
  );
  return rows.map((r) => {
    const mine = agreements.filter((a) => a.commonsId === r.u.commonsId && a.enterpriseId === r.u.enterpriseId);
    const current = mine.find((a) => inForce(a, day));
    const latest = current ?? mine.find((a) => a.status === "proposed" || a.status === "active") ?? null;
    const overdue = mine.flatMap((a) => grouped.get(a.id) ?? []).filter((i) => isOverdue(i, day));
    const licence = licenceById(r.commons.licence);
    if (!licence) throw new Error(`unknown licence ${r.commons.licence}`);
    const c = compliance({
      licence,
      use: { purpose: r.u.purpose, surplusToWorkers: r.u.surplusToWorkers },
      ownership: r.enterprise.ownership ?? "private",
      agreementInForce: !!current,
      overdue: overdue.map((i) => ({ amount: BigInt(i.amount), currency: i.currency })),
    });
    const canEdit = governing.get(r.u.enterpriseId) ?? false;
    return {
      id: r.u.id,
      commons: { slug: r.commons.slug, title: r.commons.title },
      enterprise: { slug: r.enterprise.slug, name: r.enterprise.name, ownership: r.enterprise.ownership ?? "private" },
      association: r.association?.slug ? { slug: r.association.slug, name: r.association.name } : null,
      purpose: r.u.purpose,
      product: r.u.product,
      description: r.u.description,
      surplusToWorkers: r.u.surplusToWorkers,
      since: r.u.since,
      endedOn: r.u.endedOn,
      declaredBy: personRef(r.declarer),
      compliance: complianceView(c, licence, overdue),
      agreement: latest ? { id: latest.id, status: latest.status, startsOn: latest.startsOn, endsOn: latest.endsOn } : null,
      // Either side offers, while nothing is offered or in force.
      viewer: { canEdit, canOffer: !latest && !!r.association?.id && (canEdit || (governing.get(r.association.id) ?? false)) },
      createdAt: r.u.createdAt.toISOString(),
      updatedAt: r.u.updatedAt.toISOString(),
    };
  });
}

export async function getUse(db: Executor, actor: Actor | null, id: string) {
  const rows = await usesQuery(db).where(eq(commonsUses.id, id));
  if (!rows.length) throw AppError.notFound(t("declaredUse"));
  const [view] = await withCompliance(db, actor, rows);
  return view as NonNullable<typeof view>;
}

const UseCursor = z.tuple([CursorTime, z.uuid()]);
const usesNewestFirst = keyset(
  [
    { column: commonsUses.createdAt, type: "timestamptz" },
    { column: commonsUses.id, type: "uuid" },
  ],
  "desc",
);

async function pageOfUses(db: Executor, actor: Actor | null, scope: SQL, q: { cursor?: string; limit: number }) {
  const after = decodeCursor(q.cursor, UseCursor);
  const rows = await usesQuery(db)
    .where(and(scope, usesNewestFirst.after(after)))
    .orderBy(...usesNewestFirst.orderBy)
    .limit(q.limit + 1);
  const views = await withCompliance(db, actor, rows);
  const keys = new Map(rows.map((r) => [r.u.id, [r.exactCreatedAt, r.u.id]]));
  return page(
    views,
    q.limit,
    (v) => v,
    (v) => keys.get(v.id) ?? [],
  );
}

/** Who builds on a commons: public, with each use's compliance. */
export async function listCommonsUses(db: Executor, actor: Actor | null, slug: string, q: { cursor?: string; limit: number }) {
  const c = await findCommons(db, slug);
  return pageOfUses(db, actor, eq(commonsUses.commonsId, c.id), q);
}

/**
 * What an enterprise builds on; for an association, what is built on the commons it stewards (where
 * its treasurer finds the uses that need an agreement). Each with its compliance.
 */
export async function listOrgUses(db: Executor, actor: Actor | null, slug: string, q: { cursor?: string; limit: number }) {
  const org = await findOrganization(db, slug);
  const scope =
    org.kind === "association"
      ? inArray(commonsUses.commonsId, db.select({ id: commons.id }).from(commons).where(eq(commons.stewardAssociationId, org.id)))
      : eq(commonsUses.enterpriseId, org.id);
  return pageOfUses(db, actor, scope, q);
}
