import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { contributions } from "../../modules/contributions/schema.ts";
import { addMember, makeCommons, makeOrg, makePerson, type TestPerson } from "../factories.ts";
import type { TestApi } from "../harness.ts";

/** Test worlds for value equations and distributions. */

export interface ValueWorld {
  commons: Awaited<ReturnType<typeof makeCommons>>;
  association: { id: string; slug: string };
  steward: TestPerson;
  treasurer: TestPerson;
  people: TestPerson[];
}

/** A commons whose community `steward` stewards, with a steward association whose books are open and funded. */
export async function valueWorld(api: TestApi, contributors = 3, bank = 1_000_000): Promise<ValueWorld> {
  const steward = await makePerson(api.db);
  const treasurer = await makePerson(api.db);
  const association = await makeOrg(api.db, steward, { kind: "association" });
  await addMember(api.db, association, treasurer, "treasurer");
  const commons = await makeCommons(api.db, steward, { stewardAssociationId: association.id });
  await openBooks(api, association.slug, steward, treasurer, bank);
  const people: TestPerson[] = [];
  for (let i = 0; i < contributors; i++) people.push(await makePerson(api.db));
  return { commons, association, steward, treasurer, people };
}

export async function openBooks(api: TestApi, slug: string, steward: TestPerson, treasurer: TestPerson, bank: number) {
  const opened = await api.call("POST", `/api/organizations/${slug}/books`, { as: steward.token, body: { currency: "EUR" } });
  expect(opened.status).toBe(201);
  if (!bank) return;
  const funded = await api.call("POST", `/api/organizations/${slug}/transactions`, {
    as: treasurer.token,
    body: {
      kind: "transfer",
      date: "2026-01-02",
      description: "Opening balance",
      postings: [
        { account: "assets:bank", amount: bank, currency: "EUR" },
        { account: "equity:opening-balances", amount: -bank, currency: "EUR" },
      ],
    },
  });
  expect(funded.status, JSON.stringify(funded.body)).toBe(201);
}

export interface ContributionSpec {
  author: { id: string } | null;
  kind?: (typeof contributions.$inferInsert)["kind"];
  /** Logged work in minutes, or (without it) an imported commit of `lines` lines. */
  minutes?: number;
  lines?: number;
  on: string;
  status?: "accepted" | "rejected" | "pending";
  reviewer?: { id: string };
  reviewedAt?: string;
}

/** Contributions straight into the table, as accepted history (work, or commits sized in lines). */
export async function addContributions(api: TestApi, commonsId: string, specs: ContributionSpec[]) {
  const rows = specs.map((s) => {
    const status = s.status ?? "accepted";
    const done = status !== "pending";
    return {
      commonsId,
      type: s.minutes !== undefined ? ("work" as const) : ("commit" as const),
      kind: s.kind ?? "code",
      status,
      authorId: s.author?.id ?? null,
      title: `Work on ${s.on}`,
      performedOn: s.on,
      minutes: s.minutes ?? null,
      externalId: s.minutes !== undefined ? null : randomUUID(),
      externalAuthor: s.author ? null : "Someone Elsewhere",
      size: s.minutes ?? s.lines ?? 0,
      reviewerId: s.reviewer?.id ?? null,
      reviewedAt: done ? new Date(s.reviewedAt ?? `${s.on}T12:00:00Z`) : null,
      funding: status === "accepted" ? ("volunteer" as const) : null,
    };
  });
  if (rows.length) await api.db.insert(contributions).values(rows);
}
