import { expect } from "vitest";
import { settleDue } from "../../modules/decisions/lifecycle.ts";
import { nowMs } from "../../now.ts";
import { advanceClock } from "../clock.ts";
import { addMember, makeOrg, makePerson, type TestPerson } from "../factories.ts";
import type { TestApi } from "../harness.ts";
import { openBooks } from "./value.ts";

/** A city for participatory-budget tests: a public body with its books, an approved budget and a grants line. */
export interface City {
  body: { id: string; slug: string };
  steward: TestPerson;
  reviewer: TestPerson;
  treasurer: TestPerson;
  lineId: string;
}

const DAY = 86_400;

/** The city's "Participatory budget" line of `amount` (EUR cents), approved by its members' decision. */
export async function city(api: TestApi, amount = 10_000_000): Promise<City> {
  const steward = await makePerson(api.db);
  const reviewer = await makePerson(api.db);
  const treasurer = await makePerson(api.db);
  const body = await makeOrg(api.db, steward, { kind: "public_body" });
  await addMember(api.db, body, reviewer, "maintainer");
  await addMember(api.db, body, treasurer, "treasurer");
  await openBooks(api, body.slug, steward, treasurer, amount);
  const draft = await api.call("POST", `/api/organizations/${body.slug}/budgets`, {
    as: treasurer.token,
    body: {
      year: new Date(nowMs()).getUTCFullYear(),
      title: "City budget",
      lines: [{ name: "Participatory budget", account: "expenses:grants", amount }],
    },
  });
  expect(draft.status, JSON.stringify(draft.body)).toBe(201);
  const closesAt = new Date(nowMs() + 60_000).toISOString();
  const vote = await api.call("POST", `/api/budgets/${draft.body.id}/vote`, { as: treasurer.token, body: { closesAt } });
  expect(vote.status, JSON.stringify(vote.body)).toBe(201);
  for (const p of [steward, reviewer, treasurer]) {
    expect((await api.call("PUT", `/api/proposals/${vote.body.id}/vote`, { as: p.token, body: { answer: "yes" } })).status).toBe(200);
  }
  await advanceClock(api.db, 61);
  await settleDue(api.db);
  return { body, steward, reviewer, treasurer, lineId: draft.body.lines[0].id };
}

/** A call opened now for submissions: review in a day, voting on days 2–3, implementation from day 4. */
export async function openCall(api: TestApi, c: City, over: Record<string, unknown> = {}) {
  const at = (days: number) => new Date(nowMs() + days * DAY * 1000).toISOString();
  const res = await api.call("POST", "/api/calls", {
    as: c.steward.token,
    body: {
      organization: c.body.slug,
      slug: `call-${Math.random().toString(36).slice(2, 9)}`,
      title: "Riverton Decides",
      budget: 1_000_000,
      budgetLine: c.lineId,
      submissionOpens: at(-1 / 24),
      reviewOpens: at(1),
      votingOpens: at(2),
      votingCloses: at(3),
      implementationOpens: at(4),
      ballotType: "approval",
      ...over,
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { slug: string };
}

/** Moves the clock `days` forward. */
export const afterDays = (api: TestApi, days: number) => advanceClock(api.db, days * DAY);

/** Submits projects as `author` and marks them eligible as the city's reviewer; returns their numbers. */
export async function eligibleProjects(
  api: TestApi,
  c: City,
  slug: string,
  author: TestPerson,
  projects: { title: string; cost: number; district?: string }[],
) {
  const numbers: string[] = [];
  for (const p of projects) {
    const res = await api.call("POST", `/api/calls/${slug}/projects`, { as: author.token, body: p });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    numbers.push(res.body.number);
  }
  for (const n of numbers) {
    const res = await api.call("POST", `/api/calls/${slug}/projects/${n}/review`, {
      as: c.reviewer.token,
      body: { eligible: true, reason: "Feasible and public." },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
  return numbers;
}
