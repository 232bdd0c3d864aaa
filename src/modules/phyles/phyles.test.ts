import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER } from "../../db/migrate.ts";
import { rowsOf } from "../../db/rows.ts";
import { addMember, makeCommons, makeOrg, makePerson, type TestPerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { balanceOf, organization } from "../../test/worlds/books.ts";
import { contributions } from "../contributions/schema.ts";
import { verifyLedger } from "../ledger/verify.ts";
import { committedAmount } from "./periods.ts";

const api = setupApi();

/** An enterprise (funded), an association stewarding two commons, and a commons with no steward. */
async function world(fund = 10_000_000) {
  const enterprise = await organization(api, "enterprise", fund);
  const association = await organization(api, "association");
  const someone = await makePerson(api.db);
  const a = await makeCommons(api.db, someone, { stewardAssociationId: association.org.id });
  const b = await makeCommons(api.db, someone, { stewardAssociationId: association.org.id });
  const orphan = await makeCommons(api.db, someone);
  return { enterprise, association, a, b, orphan };
}

const charter = (over: Record<string, unknown> = {}) => ({
  basis: "surplus",
  shareBp: 1000,
  mission: "We build on **open** tractors.<script>alert(1)</script>",
  currency: "EUR",
  ...over,
});

async function adopt(w: Awaited<ReturnType<typeof world>>, over: Record<string, unknown> = {}, as: TestPerson = w.enterprise.steward) {
  return api.call("PUT", `/api/organizations/${w.enterprise.org.slug}/phyle-charter`, {
    as: as.token,
    body: charter({
      beneficiaries: [
        { commons: w.a.slug, destination: "steward", weightBp: 5000 },
        { commons: w.a.slug, destination: "contributor_pool", weightBp: 2000 },
        { commons: w.b.slug, destination: "steward", weightBp: 3000 },
      ],
      ...over,
    }),
  });
}

const record = (w: Awaited<ReturnType<typeof world>>, body: Record<string, unknown>) =>
  api.call("POST", `/api/organizations/${w.enterprise.org.slug}/phyle-periods`, { as: w.enterprise.treasurer.token, body });

const countOf = async (table: string, where = sql`true`) =>
  (await rowsOf<{ n: number }>(api.db, sql`select count(*)::int as n from ${sql.raw(table)} where ${where}`))[0]?.n;

describe("phyle charters", () => {
  it("is adopted by the enterprise's stewards, read by everyone, with the mission sanitized", async () => {
    const w = await world();
    const before = await api.call("GET", `/api/organizations/${w.enterprise.org.slug}/phyle-charter`);
    expect(before.status).toBe(200);
    expect(before.body.charter).toBeNull();
    const res = await adopt(w);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.charter).toMatchObject({ basis: "surplus", shareBp: 1000, currency: "EUR" });
    expect(res.body.charter.beneficiaries).toHaveLength(3);
    expect(res.body.charter.missionHtml).toContain("<strong>open</strong>");
    expect(res.body.charter.missionHtml).not.toContain("<script");
    const read = await api.call("GET", `/api/organizations/${w.enterprise.org.slug}/phyle-charter`);
    expect(read.body.charter.beneficiaries[0].steward.slug).toBe(w.association.org.slug);
    expect(read.body.viewer).toEqual({ canEditCharter: false, canRecordPeriods: false, isEnterprise: true });
    // Amending replaces the beneficiaries as a whole.
    const amended = await adopt(w, { basis: "revenue", beneficiaries: [{ commons: w.b.slug, destination: "steward", weightBp: 10_000 }] });
    expect(amended.status).toBe(200);
    expect(amended.body.charter.beneficiaries).toEqual([
      { commons: { slug: w.b.slug, title: w.b.title }, steward: expect.any(Object), destination: "steward", weightBp: 10_000 },
    ]);
  });

  it("refuses weights that do not sum to 100%, unknown commons and commons without a steward, naming the field and changing nothing", async () => {
    const w = await world();
    const bad: [Record<string, unknown>, string][] = [
      [{ beneficiaries: [{ commons: w.a.slug, destination: "steward", weightBp: 9000 }] }, "body.beneficiaries"],
      [{ beneficiaries: [{ commons: "no-such-commons", destination: "steward", weightBp: 10_000 }] }, "body.beneficiaries.0.commons"],
      [
        {
          beneficiaries: [
            { commons: w.a.slug, destination: "steward", weightBp: 5000 },
            { commons: w.orphan.slug, destination: "steward", weightBp: 5000 },
          ],
        },
        "body.beneficiaries.1.commons",
      ],
      [{ shareBp: 0 }, "body.shareBp"],
      [{ shareBp: 12.5 }, "body.shareBp"],
      [{ currency: "XYZ" }, "body.currency"],
    ];
    for (const [over, path] of bad) {
      const res = await adopt(w, over);
      expect(res.status, JSON.stringify(res.body)).toBe(422);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const unbalanced = { beneficiaries: [{ commons: w.a.slug, destination: "steward", weightBp: 9000 }] };
    expect((await adopt(w, unbalanced)).body.errors).toEqual([
      { path: "body.beneficiaries", message: "The beneficiaries' weights must sum to 10,000 basis points (100%), not 9000." },
    ]);
    const fr = await api.call("PUT", `/api/organizations/${w.enterprise.org.slug}/phyle-charter`, {
      as: w.enterprise.steward.token,
      body: charter(unbalanced),
      headers: { "accept-language": "fr" },
    });
    expect(fr.body.errors).toEqual([
      { path: "body.beneficiaries", message: "Les poids des bénéficiaires doivent totaliser 10 000 points de base (100 %), et non 9000." },
    ]);
    const fraction = await api.call("PUT", `/api/organizations/${w.enterprise.org.slug}/phyle-charter`, {
      as: w.enterprise.steward.token,
      body: charter({ shareBp: 12.5, beneficiaries: [{ commons: w.a.slug, destination: "steward", weightBp: 10_000 }] }),
      headers: { "accept-language": "fr" },
    });
    expect(fraction.body.errors).toEqual([
      { path: "body.shareBp", message: "Indiquez la part en points de base, par un nombre entier (1000 vaut 10 %)." },
    ]);
    expect(await countOf("phyle_charters", sql`enterprise_id = ${w.enterprise.org.id}`)).toBe(0);
  });

  it("is only for enterprises, and only their stewards", async () => {
    const w = await world();
    const res = await api.call("PUT", `/api/organizations/${w.association.org.slug}/phyle-charter`, {
      as: w.association.steward.token,
      body: charter({ beneficiaries: [{ commons: w.a.slug, destination: "steward", weightBp: 10_000 }] }),
    });
    expect(res.status).toBe(409);
    expect(res.body.detail).toBe(
      `${w.association.org.name} is not an enterprise: only enterprises adopt a phyle charter and commit to the commons.`,
    );
    const fr = await api.call("PUT", `/api/organizations/${w.association.org.slug}/phyle-charter`, {
      as: w.association.steward.token,
      body: charter({ beneficiaries: [{ commons: w.a.slug, destination: "steward", weightBp: 10_000 }] }),
      headers: { "accept-language": "fr" },
    });
    expect(fr.body.detail).toBe(
      `${w.association.org.name} n’est pas une entreprise : seules les entreprises adoptent une charte de phyle et s’engagent envers les communs.`,
    );
    expect((await adopt(w, {}, w.enterprise.treasurer)).status).toBe(403);
  });

  it("shows how many of the enterprise's members are commoners, without enforcing it", async () => {
    const w = await world();
    const commoner = await makePerson(api.db);
    await addMember(api.db, w.enterprise.org, commoner);
    await api.db.insert(contributions).values({
      commonsId: w.a.id,
      type: "work",
      kind: "code",
      status: "accepted",
      authorId: commoner.id,
      title: "Fixed the pump",
      performedOn: "2026-01-05",
      minutes: 90,
      reviewedAt: new Date(),
      funding: "volunteer",
    });
    const res = await api.call("GET", `/api/organizations/${w.enterprise.org.slug}/phyle-charter`);
    expect(res.body.commoners).toEqual({
      members: 3,
      commoners: 1,
      people: [{ handle: commoner.handle, name: commoner.name }],
      enforced: false,
    });
    expect(JSON.stringify(res.body)).not.toContain("@example.test");
  });
});

describe("phyle periods", () => {
  it("computes the commitment on the surplus or the revenue, never below zero", () => {
    expect(committedAmount("surplus", 1000, 1_000_000, 400_000)).toBe(60_000n);
    expect(committedAmount("revenue", 1000, 1_000_000, 400_000)).toBe(100_000n);
    expect(committedAmount("surplus", 1000, 100_000, 400_000)).toBe(0n);
    expect(committedAmount("revenue", 333, 1001, 0)).toBe(33n);
  });

  it("splits the commitment exactly and posts it in both books: steward income and the contributor pool", async () => {
    const w = await world();
    expect((await adopt(w)).status).toBe(200);
    // Surplus 600,001 at 10% is 60,000 (floored); 50/20/30 gives 30,000 / 12,000 / 18,000.
    const res = await record(w, { periodStart: "2026-01-01", periodEnd: "2026-03-31", revenue: 1_000_001, costs: 400_000 });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ committed: "60000", basis: "surplus", shareBp: 1000, revenue: "1000001", costs: "400000" });
    const parts = Object.fromEntries(
      res.body.commitments.map((c: { commons: { slug: string }; destination: string; amount: string }) => [
        `${c.commons.slug}/${c.destination}`,
        c.amount,
      ]),
    );
    expect(parts).toEqual({
      [`${w.a.slug}/steward`]: "30000",
      [`${w.a.slug}/contributor_pool`]: "12000",
      [`${w.b.slug}/steward`]: "18000",
    });
    // Each beneficiary's payment is a transfer of its own: one entry in each organization's books.
    const ids = res.body.commitments.map((c: { transferId: string | null }) => c.transferId);
    expect(new Set(ids).size).toBe(3);
    const legs = await rowsOf<{ transfer_id: string; n: number; books: number }>(
      api.db,
      sql`select transfer_id, count(*)::int as n, count(distinct book_id)::int as books
            from transactions where transfer_id in (${sql.join(ids, sql`, `)}) group by 1`,
    );
    expect(legs.map(({ n, books }) => ({ n, books }))).toEqual(Array(3).fill({ n: 2, books: 2 }));
    // …so the books the period wrote pass every check of `triarchy ledger verify` (it found "4 entries in 2 books" before).
    expect(await verifyLedger(api.db, { organization: w.enterprise.org.slug })).toEqual([]);
    expect(await balanceOf(api, w.enterprise.org.slug, "assets:bank")).toBe(String(10_000_000 - 60_000));
    expect(await balanceOf(api, w.enterprise.org.slug, "expenses:commons")).toBe("60000");
    expect(await balanceOf(api, w.association.org.slug, "assets:bank")).toBe("60000");
    expect(await balanceOf(api, w.association.org.slug, "income:phyle")).toBe("-48000");
    expect(await balanceOf(api, w.association.org.slug, "liabilities:contributor-pool")).toBe("-12000");
    const tagged = await rowsOf<{ commons_id: string; n: number }>(
      api.db,
      sql`select commons_id, count(*)::int as n from transactions where kind = 'phyle' and commons_id in (${w.a.id}, ${w.b.id}) group by 1`,
    );
    expect(Object.fromEntries(tagged.map((t) => [t.commons_id, t.n]))).toEqual({ [w.a.id]: 4, [w.b.id]: 2 });
    const list = await api.call("GET", `/api/organizations/${w.enterprise.org.slug}/phyle-periods`);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0].commitments).toHaveLength(3);
  });

  it("splits the one transfer id that periods recorded before 0018 shared, so their books pass ledger verify", async () => {
    const w = await world();
    await adopt(w);
    const res = await record(w, { periodStart: "2025-01-01", periodEnd: "2025-01-31", revenue: 1_000_000, costs: 0 });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const own = res.body.commitments.map((c: { transferId: string }) => c.transferId);
    // The books as the code before 0018 left them: all six entries under the period's one transfer id.
    const shared = randomUUID();
    await api.database.exec(`
      alter table phyle_periods add column transfer_id uuid;
      alter table phyle_periods disable trigger phyle_periods_immutable;
      update phyle_periods set transfer_id = '${shared}' where id = '${res.body.id}';
      alter table phyle_periods enable trigger phyle_periods_immutable;
      alter table transactions disable trigger transactions_immutable;
      update transactions set transfer_id = '${shared}' where transfer_id in (${own.map((id: string) => `'${id}'`).join(", ")});
      alter table transactions enable trigger transactions_immutable;
      alter table phyle_commitments drop column transfer_id;`);
    expect((await verifyLedger(api.db, { organization: w.enterprise.org.slug })).map((f) => f.check)).toEqual(["transfer"]);

    await api.database.exec(
      readFileSync(join(MIGRATIONS_FOLDER, "0018_phyle_transfers.sql"), "utf8").replaceAll("--> statement-breakpoint", ""),
    );
    expect(await verifyLedger(api.db, { organization: w.enterprise.org.slug })).toEqual([]);
    // Each commitment names its own payment again: the steward's entry credits the account of its destination.
    const legs = await rowsOf<{ destination: string; slug: string; code: string }>(
      api.db,
      sql`select c.destination, cm.slug, a.code
            from phyle_commitments c
            join commons cm on cm.id = c.commons_id
            join transactions t on t.transfer_id = c.transfer_id and t.book_id <> (select id from books where organization_id = ${w.enterprise.org.id})
            join postings p on p.transaction_id = t.id and p.amount < 0
            join accounts a on a.id = p.account_id
           where c.period_id = ${res.body.id}`,
    );
    expect(legs.sort((x, y) => `${x.destination}/${x.slug}`.localeCompare(`${y.destination}/${y.slug}`))).toEqual(
      [
        { destination: "contributor_pool", slug: w.a.slug, code: "liabilities:contributor-pool" },
        { destination: "steward", slug: w.a.slug, code: "income:phyle" },
        { destination: "steward", slug: w.b.slug, code: "income:phyle" },
      ].sort((x, y) => `${x.destination}/${x.slug}`.localeCompare(`${y.destination}/${y.slug}`)),
    );
  });

  it("shares the odd unit by the largest remainder, and commits nothing when costs pass revenue", async () => {
    const w = await world();
    await adopt(w, {
      basis: "revenue",
      shareBp: 10_000,
      beneficiaries: [
        { commons: w.a.slug, destination: "steward", weightBp: 3333 },
        { commons: w.b.slug, destination: "steward", weightBp: 6667 },
      ],
    });
    const odd = await record(w, { periodStart: "2026-01-01", periodEnd: "2026-01-31", revenue: 10 });
    expect(odd.status).toBe(201);
    const amounts = odd.body.commitments.map((c: { amount: string }) => Number(c.amount));
    expect(amounts.reduce((a: number, b: number) => a + b, 0)).toBe(10);
    await adopt(w, { basis: "surplus" });
    const bank = await balanceOf(api, w.enterprise.org.slug, "assets:bank");
    const none = await record(w, { periodStart: "2026-02-01", periodEnd: "2026-02-28", revenue: 100, costs: 500 });
    expect(none.status).toBe(201);
    expect(none.body.committed).toBe("0");
    expect(none.body.commitments.map((c: { transferId: string | null }) => c.transferId)).toEqual([null, null, null]);
    expect(await balanceOf(api, w.enterprise.org.slug, "assets:bank")).toBe(bank);
  });

  it("refuses overlapping and duplicate periods; of two identical posts at once, one is recorded", async () => {
    const w = await world();
    await adopt(w);
    const body = { periodStart: "2026-04-01", periodEnd: "2026-04-30", revenue: 500_000, costs: 0 };
    const both = await Promise.all([record(w, body), record(w, body)]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    const overlap = await record(w, { periodStart: "2026-04-15", periodEnd: "2026-05-15", revenue: 1000 });
    expect(overlap.status).toBe(409);
    expect(overlap.body.errors[0].path).toBe("body.periodStart");
    expect(await countOf("phyle_periods", sql`enterprise_id = ${w.enterprise.org.id}`)).toBe(1);
    expect(await balanceOf(api, w.enterprise.org.slug, "assets:bank")).toBe(String(10_000_000 - 50_000));
    const backwards = await record(w, { periodStart: "2026-06-30", periodEnd: "2026-06-01", revenue: 1000 });
    expect(backwards.status).toBe(422);
    expect(backwards.body.errors[0].path).toBe("body.periodEnd");
  });

  it("refuses a commitment the enterprise's bank cannot cover, writing nothing", async () => {
    const w = await world(1000);
    await adopt(w);
    const txBefore = await countOf("transactions");
    const res = await record(w, { periodStart: "2026-01-01", periodEnd: "2026-01-31", revenue: 10_000_000, costs: 0 });
    expect(res.status).toBe(409);
    expect(res.body.errors[0].path).toBe("body.revenue");
    expect(await countOf("phyle_periods", sql`enterprise_id = ${w.enterprise.org.id}`)).toBe(0);
    expect(await countOf("transactions")).toBe(txBefore);
    expect(await balanceOf(api, w.enterprise.org.slug, "assets:bank")).toBe("1000");
  });

  it("needs both books open, and writes nothing when the steward's are not", async () => {
    const w = await world();
    const steward = await makePerson(api.db);
    const closed = await makeOrg(api.db, steward, { kind: "association" });
    const commons = await makeCommons(api.db, steward, { stewardAssociationId: closed.id });
    await adopt(w, { beneficiaries: [{ commons: commons.slug, destination: "steward", weightBp: 10_000 }] });
    const res = await record(w, { periodStart: "2026-01-01", periodEnd: "2026-01-31", revenue: 100_000 });
    expect(res.status).toBe(409);
    expect(res.body.errors[0].path).toBe("body.revenue");
    expect(res.body.detail).toContain("has not opened its books");
    expect(await countOf("phyle_periods", sql`enterprise_id = ${w.enterprise.org.id}`)).toBe(0);
    expect(await balanceOf(api, w.enterprise.org.slug, "assets:bank")).toBe("10000000");
  });

  it("is recorded by treasurers only, and only under a charter", async () => {
    const w = await world();
    const noCharter = await record(w, { periodStart: "2026-01-01", periodEnd: "2026-01-31", revenue: 100 });
    expect(noCharter.status).toBe(409);
    await adopt(w);
    const bySteward = await api.call("POST", `/api/organizations/${w.enterprise.org.slug}/phyle-periods`, {
      as: w.enterprise.steward.token,
      body: { periodStart: "2026-01-01", periodEnd: "2026-01-31", revenue: 100 },
    });
    expect(bySteward.status).toBe(403);
  });
});
