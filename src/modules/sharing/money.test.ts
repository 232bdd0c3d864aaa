import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../../db/rows.ts";
import { nowMs } from "../../now.ts";
import { advanceClock } from "../../test/clock.ts";
import { makePerson, type TestPerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { libraryWorld, openDay } from "../../test/worlds/library.ts";
import { verifyLedger } from "../ledger/verify.ts";

const api = setupApi();
const { openLibrary, addType, bookDays } = libraryWorld(api);

let steward: TestPerson;
let borrower: TestPerson;
let orgSlug: string;

const balance = async (code: string) => {
  const [row] = await rowsOf<{ balance: string }>(
    api.db,
    sql`select coalesce(sum(p.amount), 0)::text as balance from postings p join accounts a on a.id = p.account_id
        join books b on b.id = a.book_id join organizations o on o.id = b.organization_id
        where o.slug = ${orgSlug} and a.code = ${code}`,
  );
  return BigInt(row?.balance ?? "0");
};

beforeAll(async () => {
  steward = await makePerson(api.db, { handle: "money-steward" });
  borrower = await makePerson(api.db, { handle: "money-borrower" });
  const org = await openLibrary(steward, [borrower], "paid", { fee: { kind: "per_day", amount: 200 }, deposit: 5000, lateFeePerDay: 150 });
  orgSlug = org.slug;
  await addType(steward, "paid", "cargo", 1, {}, "vehicle");
});

describe("a library's money in its organization's books", () => {
  it("refuses to hand over a paid loan until the books are open, then posts the fee and holds the deposit", async () => {
    const first = openDay(0);
    const booked = await bookDays("paid", "cargo", borrower, first.toString(), first.add({ days: 1 }).toString());
    expect(booked.status).toBe(201);
    expect(booked.body.fee).toBe("400");
    expect(booked.body.deposit).toBe("5000");
    const closedBooks = await api.call("POST", `/api/bookings/${booked.body.id}/check-out`, {
      as: steward.token,
      body: { condition: "good" },
    });
    expect(closedBooks.status).toBe(409);
    expect(closedBooks.body.detail).toMatch(/books/);
    expect(await rowsOf(api.db, sql`select 1 from loans where booking_id = ${booked.body.id}::uuid`)).toEqual([]);
    expect((await api.call("POST", `/api/organizations/${orgSlug}/books`, { as: steward.token, body: { currency: "EUR" } })).status).toBe(
      201,
    );
    const out = await api.call("POST", `/api/bookings/${booked.body.id}/check-out`, { as: steward.token, body: { condition: "good" } });
    expect(out.status).toBe(201);
    expect(await balance("assets:cash")).toBe(5400n);
    expect(await balance("income:rentals")).toBe(-400n);
    expect(await balance("liabilities:deposits-held")).toBe(-5000n);
    const names = await rowsOf<{ name: string }>(
      api.db,
      sql`select distinct counterparty_name as name from transactions where kind in ('rental', 'deposit')`,
    );
    expect(names).toEqual([{ name: "A borrower" }]);

    // Back a day and a bit late: the deposit is handed back and two days' late fee charged.
    const dueIn = (new Date(out.body.dueAt).getTime() - nowMs()) / 1000;
    await advanceClock(api.db, Math.max(1, dueIn) + 26 * 3600);
    const back = await api.call("POST", `/api/loans/${out.body.id}/check-in`, { as: steward.token, body: { condition: "good" } });
    expect(back.status).toBe(200);
    expect(await balance("liabilities:deposits-held")).toBe(0n);
    expect(await balance("income:late-fees")).toBe(-300n);
    expect(await balance("assets:cash")).toBe(700n);
    expect(await verifyLedger(api.db)).toEqual([]);
  });
});
