import { describe, expect, it } from "vitest";
import { addMember, ensureInstance, makeOrg, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";

const api = setupApi();

/** Runs `tasks` with at most `width` in flight, as many clients would. */
async function inParallel<T>(width: number, tasks: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await (tasks[i] as () => Promise<T>)();
      }
    }),
  );
  return results;
}

const ACCOUNTS = ["income:donations", "income:other", "expenses:operations", "expenses:events", "liabilities:payable"];

describe("entries posted concurrently to the same accounts in different orders", () => {
  // Sixty clients at once, as the deadlocks were first seen; PGlite runs one at a time and passes trivially.
  it("are all acknowledged or refused, never answered with a server error, and the books add up", async () => {
    await ensureInstance(api.db);
    const steward = await makePerson(api.db);
    const treasurer = await makePerson(api.db);
    const org = await makeOrg(api.db, steward, { kind: "association" });
    await addMember(api.db, org, treasurer, "treasurer");
    const opened = await api.call("POST", `/api/organizations/${org.slug}/books`, { as: steward.token, body: { currency: "EUR" } });
    expect(opened.status).toBe(201);

    const entries = Array.from({ length: 400 }, (_, i) => {
      // Every entry touches all five accounts, each time in another order, and to two months.
      const order = i % 2 ? [...ACCOUNTS].reverse() : ACCOUNTS;
      const start = i % ACCOUNTS.length;
      const accounts = [...order.slice(start), ...order.slice(0, start)];
      const amounts = [100, -40, -60, 25, -25];
      return {
        kind: "transfer",
        date: i % 3 ? "2026-01-15" : "2026-02-15",
        description: `Entry ${i}`,
        postings: accounts.map((account, k) => ({ account, amount: amounts[k], currency: "EUR" })),
      };
    });
    const responses = await inParallel(
      60,
      entries.map((body) => () => api.call("POST", `/api/organizations/${org.slug}/transactions`, { as: treasurer.token, body })),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.every((s) => s === 201)).toBe(true);

    const { body: books } = await api.call("GET", `/api/organizations/${org.slug}/books`);
    const balances = Object.fromEntries(
      (books.accounts as { code: string; balances: { amount: string }[] }[]).map((a) => [a.code, a.balances[0]?.amount]),
    );
    // Each account's balance is the sum of what the 240 entries put in it, whatever order they took.
    const expected = Object.fromEntries(ACCOUNTS.map((code) => [code, 0]));
    for (const e of entries) for (const p of e.postings) expected[p.account] = (expected[p.account] ?? 0) + (p.amount ?? 0);
    for (const code of ACCOUNTS) expect(Number(balances[code]), code).toBe(expected[code]);
  });
});
