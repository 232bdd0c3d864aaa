import { expect } from "vitest";
import { addMember, makeOrg, makePerson } from "../factories.ts";
import type { TestApi } from "../harness.ts";

/** Organizations with open books, for phyles, the feedback loop, the ValueFlows export, reciprocity and value tests. */

/** An organization of a kind with open EUR books, a steward and a treasurer; its bank funded when asked. */
export async function organization(api: TestApi, kind: "enterprise" | "association" | "community", fund = 0) {
  const steward = await makePerson(api.db);
  const treasurer = await makePerson(api.db);
  const org = await makeOrg(api.db, steward, { kind });
  await addMember(api.db, org, treasurer, "treasurer");
  const opened = await api.call("POST", `/api/organizations/${org.slug}/books`, { as: steward.token, body: { currency: "EUR" } });
  expect(opened.status).toBe(201);
  if (fund)
    await post(api, org.slug, treasurer.token, "transfer", "2026-01-02", [
      ["assets:bank", fund],
      ["equity:opening-balances", -fund],
    ]);
  return { org, steward, treasurer };
}

/** A transaction posted through the API by a treasurer. */
export async function post(api: TestApi, slug: string, token: string, kind: string, date: string, postings: [string, number][]) {
  const res = await api.call("POST", `/api/organizations/${slug}/transactions`, {
    as: token,
    body: {
      kind,
      date,
      description: `${kind} on ${date}`,
      postings: postings.map(([account, amount]) => ({ account, amount, currency: "EUR" })),
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string };
}

export async function balanceOf(api: TestApi, slug: string, code: string): Promise<string> {
  const books = await api.call("GET", `/api/organizations/${slug}/books`);
  const account = books.body.accounts.find((a: { code: string }) => a.code === code);
  return account?.balances[0]?.amount ?? "0";
}
