import { expect } from "vitest";
import { addDays, periodStart } from "../../calendar.ts";
import { contributions } from "../../modules/contributions/schema.ts";
import { addMember, ensureInstance, makeCommons, makeOrg, makePerson, type TestPerson } from "../factories.ts";
import type { TestApi } from "../harness.ts";

/** The coalition world (reciprocity tests): a commons stewarded by an association, and an enterprise that builds on it, both with open books. */
type Ownership = "worker_owned" | "cooperative" | "nonprofit" | "private";

export const PPL = "LicenseRef-Peer-Production-License";

/** The first day of the month `n` months before this one (UTC). */
export function monthsAgo(n: number) {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - n, 1)).toISOString().slice(0, 10);
}
export const thisMonth = () => periodStart(new Date().toISOString().slice(0, 10), "month");
export const lastDayOf = (monthStart: string) => addDays(periodStart(addDays(monthStart, 40), "month"), -1);

export async function world(api: TestApi, opts: { licence?: string; ownership?: Ownership; steward?: boolean } = {}) {
  await ensureInstance(api.db);
  const steward = await makePerson(api.db);
  const assocTreasurer = await makePerson(api.db);
  const entSteward = await makePerson(api.db);
  const entTreasurer = await makePerson(api.db);
  const association = await makeOrg(api.db, steward, { kind: "association" });
  await addMember(api.db, association, assocTreasurer, "treasurer");
  const enterprise = await makeOrg(api.db, entSteward, { kind: "enterprise", ownership: opts.ownership ?? "private" });
  await addMember(api.db, enterprise, entTreasurer, "treasurer");
  const commons = await makeCommons(api.db, steward, {
    licence: opts.licence ?? PPL,
    stewardAssociationId: opts.steward === false ? null : association.id,
  });
  for (const [org, by] of [
    [association, steward],
    [enterprise, entSteward],
  ] as const) {
    const opened = await api.call("POST", `/api/organizations/${org.slug}/books`, { as: by.token, body: { currency: "EUR" } });
    expect(opened.status).toBe(201);
  }
  const funded = await api.call("POST", `/api/organizations/${enterprise.slug}/transactions`, {
    as: entTreasurer.token,
    body: {
      kind: "transfer",
      date: monthsAgo(12),
      description: "Opening balance",
      postings: [
        { account: "assets:bank", amount: 1_000_000, currency: "EUR" },
        { account: "equity:opening-balances", amount: -1_000_000, currency: "EUR" },
      ],
    },
  });
  expect(funded.status, JSON.stringify(funded.body)).toBe(201);
  return { steward, assocTreasurer, entSteward, entTreasurer, association, enterprise, commons };
}
export type World = Awaited<ReturnType<typeof world>>;

export async function declare(api: TestApi, w: World, body: Record<string, unknown> = {}, as: TestPerson = w.entSteward) {
  const res = await api.call("POST", `/api/commons/${w.commons.slug}/uses`, {
    as: as.token,
    body: { enterprise: w.enterprise.slug, purpose: "commercial", product: "A hosted service", ...body },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; compliance: { status: string; clause: { ref: string }; explanation: string } };
}

/** The enterprise offers, the association accepts: an agreement in force from `startsOn`. */
export async function agree(api: TestApi, w: World, useId: string, terms: Record<string, unknown>) {
  const offered = await api.call("POST", `/api/uses/${useId}/agreements`, {
    as: w.entSteward.token,
    body: { period: "month", currency: "EUR", startsOn: monthsAgo(3), ...terms },
  });
  expect(offered.status, JSON.stringify(offered.body)).toBe(201);
  const accepted = await api.call("POST", `/api/agreements/${offered.body.id}/accept`, { as: w.steward.token });
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
  return accepted.body as { id: string; status: string };
}

/** An accepted piece of logged work, credited as paid by `paidById` (as acceptance would fix it). */
export async function loggedWork(
  api: TestApi,
  w: World,
  author: TestPerson,
  minutes: number,
  performedOn: string,
  paidById: string | null,
) {
  await api.db.insert(contributions).values({
    commonsId: w.commons.id,
    type: "work",
    kind: "code",
    status: "accepted",
    authorId: author.id,
    title: "Work",
    performedOn,
    minutes,
    size: minutes,
    reviewerId: w.steward.id,
    reviewedAt: new Date(),
    funding: paidById ? "paid" : "volunteer",
    paidById,
  });
}
