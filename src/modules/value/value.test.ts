import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { addMember, makeCommons, makeOrg, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { balanceOf } from "../../test/worlds/books.ts";
import { addContributions, openBooks, valueWorld } from "../../test/worlds/value.ts";
import { transactions } from "../ledger/schema.ts";
import { phyleBeneficiaries, phyleCharters } from "../phyles/schema.ts";
import { distributions, valueEquations } from "./schema.ts";

const api = setupApi();
const TO = "2026-03-31";

const equation = (over: Record<string, unknown> = {}) => ({
  buckets: [],
  weights: [{ kind: "code", perContribution: 1, perHour: 1, perHundredLines: 1 }],
  reviewPoints: 0,
  windowDays: 365,
  halfLifeDays: null,
  ...over,
});

const rowsIn = async (table: typeof distributions | typeof transactions) => (await api.db.select({ n: count() }).from(table))[0]?.n;

describe("value equations", () => {
  it("shows the default until the stewards save one, and refuses bad equations naming the field, writing nothing", async () => {
    const w = await valueWorld(api);
    const path = `/api/commons/${w.commons.slug}/value-equation`;
    const shown = await api.call("GET", path);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ isDefault: true, windowDays: 365, halfLifeDays: null, poolBp: 10000, buckets: [] });
    expect(shown.body.weights).toHaveLength(7);

    const bad: [Record<string, unknown>, string][] = [
      [
        {
          buckets: [
            { label: "Infrastructure", shareBp: 6000, recipient: { account: "equity:retained-surplus" } },
            { label: "Founders", shareBp: 4001, recipient: { person: w.people[0]?.handle } },
          ],
        },
        "body.buckets",
      ],
      [{ weights: [{ kind: "gardening", perContribution: 1, perHour: 1, perHundredLines: 1 }] }, "body.weights.0.kind"],
      [{ weights: [{ kind: "code", perContribution: 1, perHour: -1, perHundredLines: 1 }] }, "body.weights.0.perHour"],
      [{ buckets: [{ label: "Gone", shareBp: 100, recipient: { person: "nobody-here" } }] }, "body.buckets.0.recipient.person"],
      [{ windowDays: 0 }, "body.windowDays"],
    ];
    for (const [over, field] of bad) {
      const res = await api.call("PUT", path, { as: w.steward.token, body: equation(over) });
      expect(res.status, JSON.stringify(res.body)).toBe(422);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(field);
    }
    expect(await api.db.select().from(valueEquations).where(eq(valueEquations.commonsId, w.commons.id))).toEqual([]);

    const outsider = await api.call("PUT", path, { as: w.people[0]?.token, body: equation() });
    expect(outsider.status).toBe(403);
    const saved = await api.call("PUT", path, {
      as: w.steward.token,
      body: equation({ buckets: [{ label: "Infrastructure", shareBp: 500, recipient: { account: "equity:retained-surplus" } }] }),
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ isDefault: false, poolBp: 9500, canEdit: true, canDistribute: false });
    expect((await api.call("GET", path)).body).toMatchObject({ isDefault: false, poolBp: 9500, canEdit: false });
  });
});

describe("distributions", () => {
  it("previews, then posts exactly the preview: the source debited, each share credited, unknown authors unpaid, reviewers credited", async () => {
    const w = await valueWorld(api);
    const [a, b, reviewer] = w.people as [(typeof w.people)[0], (typeof w.people)[0], (typeof w.people)[0]];
    await api.call("PUT", `/api/commons/${w.commons.slug}/value-equation`, {
      as: w.steward.token,
      body: equation({
        buckets: [{ label: "Infrastructure", shareBp: 500, recipient: { account: "equity:retained-surplus" } }],
        weights: [
          { kind: "code", perContribution: 1, perHour: 2, perHundredLines: 1 },
          { kind: "care", perContribution: 0, perHour: 3, perHundredLines: 0 },
        ],
        reviewPoints: 2,
      }),
    });
    await addContributions(api, w.commons.id, [
      // a: 1 + 2 per hour × 1.5 h = 4; 1 + 1 per hundred lines × 2 = 3 → 7 points.
      { author: a, kind: "code", minutes: 90, on: "2026-03-01", reviewer },
      { author: a, kind: "code", lines: 200, on: "2026-02-01", reviewer },
      // b: care, 3 per hour × 1 h = 3 points.
      { author: b, kind: "care", minutes: 60, on: "2026-03-30" },
      // Unknown author: counted, not paid. Out of window, pending: not counted.
      { author: null, kind: "code", lines: 5000, on: "2026-03-15" },
      { author: b, kind: "code", minutes: 600, on: "2025-03-31" },
      { author: b, kind: "code", minutes: 600, on: "2026-03-20", status: "pending" },
    ]);
    const body = { amount: 100_000, windowTo: TO };
    const preview = await api.call("POST", `/api/commons/${w.commons.slug}/distributions/preview`, { as: w.treasurer.token, body });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    const s = preview.body;
    expect(s).toMatchObject({ id: null, amount: "100000", decimal: "1000.00", currency: "EUR", windowFrom: "2025-04-01", windowTo: TO });
    expect(s.notShared.contributions).toBe(1);
    expect(s.notShared.note).toMatch(/not shared: 1 contribution by unknown authors/);
    // 5% fixed; the pool's 95000 over a 7 + reviewer 2 × 2 = 4 + b 3 = 14 points.
    expect(s.lines.map((l: { account: string; amount: string; points: string | null }) => [l.account, l.amount, l.points])).toEqual([
      ["equity:retained-surplus", "5000", null],
      [`liabilities:contributors:${a.handle}`, "47500", "7.000000"],
      [`liabilities:contributors:${reviewer.handle}`, "27143", "4.000000"],
      [`liabilities:contributors:${b.handle}`, "20357", "3.000000"],
    ]);
    expect(s.lines[2].reviews).toBe(2);
    expect(await rowsIn(distributions)).toBe(0);

    const again = await api.call("POST", `/api/commons/${w.commons.slug}/distributions/preview`, { as: w.treasurer.token, body });
    expect(again.body.statementHash).toBe(s.statementHash);

    const posted = await api.call("POST", `/api/commons/${w.commons.slug}/distributions`, {
      as: w.treasurer.token,
      body: { ...body, statementHash: s.statementHash },
    });
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
    expect(posted.body.lines).toEqual(s.lines);
    expect(posted.body.statementHash).toBe(s.statementHash);
    const slug = w.association.slug;
    expect(await balanceOf(api, slug, "expenses:contributors")).toBe("100000");
    expect(await balanceOf(api, slug, "equity:retained-surplus")).toBe("-5000");
    expect(await balanceOf(api, slug, `liabilities:contributors:${a.handle}`)).toBe("-47500");
    expect(await balanceOf(api, slug, `liabilities:contributors:${b.handle}`)).toBe("-20357");

    const read = await api.call("GET", `/api/distributions/${posted.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.lines).toEqual(s.lines);
    const behind = await api.call("GET", `/api/distributions/${posted.body.id}/lines/1/contributions?limit=1`);
    expect(behind.body.items).toHaveLength(1);
    expect(behind.body.items[0]).toMatchObject({ type: "work", minutes: 90, hours: 1.5, performedOn: "2026-03-01" });
    const rest = await api.call("GET", `/api/distributions/${posted.body.id}/lines/1/contributions?cursor=${behind.body.nextCursor}`);
    expect(rest.body.items.map((c: { lines: number }) => c.lines)).toEqual([200]);
    const list = await api.call("GET", `/api/commons/${w.commons.slug}/distributions`);
    expect(list.body.items.map((d: { id: string; shares: number }) => [d.id, d.shares])).toEqual([[posted.body.id, 4]]);

    // The statement has changed since this hash: a new contribution came in.
    await addContributions(api, w.commons.id, [{ author: b, kind: "care", minutes: 60, on: "2026-03-31" }]);
    const stale = await api.call("POST", `/api/commons/${w.commons.slug}/distributions`, {
      as: w.treasurer.token,
      body: { ...body, statementHash: s.statementHash },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.errors[0].path).toBe("body.statementHash");
  });

  it("refuses zero, negative and fractional amounts and an empty pool naming the field, writing nothing", async () => {
    const w = await valueWorld(api);
    const before = [await rowsIn(distributions), await rowsIn(transactions)];
    for (const [amount, field] of [
      [0, "body.amount"],
      [-5, "body.amount"],
      [10.5, "body.amount"],
      ["100", "body.amount"],
    ] as const) {
      const res = await api.call("POST", `/api/commons/${w.commons.slug}/distributions`, {
        as: w.treasurer.token,
        body: { amount, windowTo: TO },
      });
      expect(res.status).toBe(422);
      expect(res.body.errors[0].path).toBe(field);
    }
    const empty = await api.call("POST", `/api/commons/${w.commons.slug}/distributions`, {
      as: w.treasurer.token,
      body: { amount: 100, windowTo: TO },
    });
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0].path).toBe("body.windowTo");
    expect([await rowsIn(distributions), await rowsIn(transactions)]).toEqual(before);
    const steward = await api.call("POST", `/api/commons/${w.commons.slug}/distributions`, {
      as: w.steward.token,
      body: { amount: 100, windowTo: TO },
    });
    expect(steward.status).toBe(403);
  });

  it("posts two distributions at once, each exact, opening each person's account once", async () => {
    const w = await valueWorld(api, 2);
    const [a, b] = w.people as [(typeof w.people)[0], (typeof w.people)[0]];
    await addContributions(api, w.commons.id, [
      { author: a, minutes: 120, on: TO },
      { author: b, minutes: 60, on: TO },
    ]);
    const both = await Promise.all(
      [1000, 2000].map((amount) =>
        api.call("POST", `/api/commons/${w.commons.slug}/distributions`, { as: w.treasurer.token, body: { amount, windowTo: TO } }),
      ),
    );
    expect(both.map((r) => r.status)).toEqual([201, 201]);
    // a has 3 points (1 + 2 hours) and b 2: 600 + 1200 and 400 + 800.
    expect(await balanceOf(api, w.association.slug, `liabilities:contributors:${a.handle}`)).toBe("-1800");
    expect(await balanceOf(api, w.association.slug, `liabilities:contributors:${b.handle}`)).toBe("-1200");
    expect(await balanceOf(api, w.association.slug, "expenses:contributors")).toBe("3000");
  });

  it("halves points each half-life", async () => {
    const w = await valueWorld(api, 2);
    const [old, fresh] = w.people as [(typeof w.people)[0], (typeof w.people)[0]];
    await api.call("PUT", `/api/commons/${w.commons.slug}/value-equation`, {
      as: w.steward.token,
      body: equation({ halfLifeDays: 10 }),
    });
    await addContributions(api, w.commons.id, [
      { author: fresh, minutes: 60, on: TO },
      { author: old, minutes: 60, on: "2026-03-21" },
    ]);
    const res = await api.call("POST", `/api/commons/${w.commons.slug}/distributions/preview`, {
      as: w.treasurer.token,
      body: { amount: 300, windowTo: TO },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(
      res.body.lines.map((l: { person: { handle: string }; amount: string; points: string }) => [l.person.handle, l.amount, l.points]),
    ).toEqual([
      [fresh.handle, "200", "2.000000"],
      [old.handle, "100", "1.000000"],
    ]);
  });

  it("gives no share to a reviewer whose reviews the equation counts at nothing: no line, no account, nothing on their profile", async () => {
    const w = await valueWorld(api, 2);
    const [author, reviewer] = w.people as [(typeof w.people)[0], (typeof w.people)[0]];
    await addContributions(api, w.commons.id, [{ author, minutes: 60, on: TO, reviewer }]);
    const posted = await api.call("POST", `/api/commons/${w.commons.slug}/distributions`, {
      as: w.treasurer.token,
      body: { amount: 9_000, windowTo: TO },
    });
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
    expect(posted.body.lines.map((l: { person: { handle: string }; amount: string }) => [l.person.handle, l.amount])).toEqual([
      [author.handle, "9000"],
    ]);
    const books = await api.call("GET", `/api/organizations/${w.association.slug}/books`);
    expect(books.body.accounts.map((a: { code: string }) => a.code)).not.toContain(`liabilities:contributors:${reviewer.handle}`);
    const shares = await api.call("GET", `/api/people/${reviewer.handle}/shares`);
    expect(shares.body).toMatchObject({ items: [], organizations: [] });
  });

  it("pays out what is owed, no more, never overdrawing the bank, and shows shares on the profile", async () => {
    const w = await valueWorld(api, 2, 30_000);
    const [a, b] = w.people as [(typeof w.people)[0], (typeof w.people)[0]];
    await addContributions(api, w.commons.id, [
      { author: a, minutes: 60, on: TO },
      { author: b, minutes: 60, on: TO },
    ]);
    const posted = await api.call("POST", `/api/commons/${w.commons.slug}/distributions`, {
      as: w.treasurer.token,
      body: { amount: 50_000, windowTo: TO },
    });
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
    const path = `/api/organizations/${w.association.slug}/payouts`;
    const tooMuch = await api.call("POST", path, { as: w.treasurer.token, body: { person: a.handle, amount: 25_001 } });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.errors[0].path).toBe("body.amount");
    expect((await api.call("POST", path, { as: a.token, body: { person: a.handle } })).status).toBe(403);

    // Two full payouts at once: one goes through, the other finds nothing left owed.
    const both = await Promise.all([1, 2].map(() => api.call("POST", path, { as: w.treasurer.token, body: { person: a.handle } })));
    expect(both.map((r) => r.status).sort()).toEqual([201, 422]);
    expect(await balanceOf(api, w.association.slug, `liabilities:contributors:${a.handle}`)).toBe("0");
    expect(await balanceOf(api, w.association.slug, "assets:bank")).toBe("5000");

    const overdraft = await api.call("POST", path, { as: w.treasurer.token, body: { person: b.handle } });
    expect(overdraft.status).toBe(409);
    expect(overdraft.body.errors[0].path).toBe("body.amount");
    expect(await balanceOf(api, w.association.slug, "assets:bank")).toBe("5000");
    const part = await api.call("POST", path, { as: w.treasurer.token, body: { person: b.handle, amount: 5000 } });
    expect(part.status).toBe(201);
    expect(part.body).toMatchObject({ amount: "5000", owed: "20000", currency: "EUR" });

    const shares = await api.call("GET", `/api/people/${b.handle}/shares`);
    expect(shares.status).toBe(200);
    expect(shares.body.items).toEqual([
      expect.objectContaining({ amount: "25000", kind: "contributor", commons: { slug: w.commons.slug, title: w.commons.title } }),
    ]);
    expect(shares.body.organizations).toEqual([
      {
        organization: { slug: w.association.slug, name: expect.any(String) },
        currency: "EUR",
        received: "25000",
        paidOut: "5000",
        owed: "20000",
        owedDecimal: "200.00",
      },
    ]);
    expect(JSON.stringify(shares.body)).not.toMatch(/@/);
  });

  it("distributes under a phyle enterprise's own equation, to the contributors of the commons its charter names", async () => {
    const steward = await makePerson(api.db);
    const treasurer = await makePerson(api.db);
    const enterprise = await makeOrg(api.db, steward, { kind: "enterprise", ownership: "cooperative" });
    await addMember(api.db, enterprise, treasurer, "treasurer");
    await openBooks(api, enterprise.slug, steward, treasurer, 0);
    const commons = await makeCommons(api.db, steward);
    const other = await makeCommons(api.db, steward);
    const [a, b] = [await makePerson(api.db), await makePerson(api.db)];
    await addContributions(api, commons.id, [{ author: a, minutes: 60, on: TO }]);
    await addContributions(api, other.id, [{ author: b, minutes: 60, on: TO }]);

    const path = `/api/organizations/${enterprise.slug}/value-equation`;
    expect((await api.call("GET", path)).body).toMatchObject({ isDefault: true, scope: { owner: "phyle" } });
    const saved = await api.call("PUT", path, {
      as: steward.token,
      body: equation({ buckets: [{ label: "Founder", shareBp: 1000, recipient: { person: b.handle } }] }),
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const distribute = () =>
      api.call("POST", `/api/organizations/${enterprise.slug}/distributions`, {
        as: treasurer.token,
        body: { amount: 1000, windowTo: TO },
      });
    expect((await distribute()).status).toBe(409);

    await api.db.transaction(async (tx) => {
      await tx
        .insert(phyleCharters)
        .values({ enterpriseId: enterprise.id, basis: "surplus", shareBp: 1000, mission: "Build on it", currency: "EUR" });
      await tx
        .insert(phyleBeneficiaries)
        .values({ enterpriseId: enterprise.id, commonsId: commons.id, destination: "contributor_pool", weightBp: 10000 });
    });
    const posted = await distribute();
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
    expect(
      posted.body.lines.map((l: { kind: string; person: { handle: string }; amount: string }) => [l.kind, l.person.handle, l.amount]),
    ).toEqual([
      ["fixed", b.handle, "100"],
      ["contributor", a.handle, "900"],
    ]);
    expect(await balanceOf(api, enterprise.slug, `liabilities:contributors:${a.handle}`)).toBe("-900");
    const list = await api.call("GET", `/api/organizations/${enterprise.slug}/distributions`);
    expect(list.body.items).toHaveLength(1);
    expect((await api.call("GET", `/api/organizations/${(await makeOrg(api.db, steward)).slug}/value-equation`)).status).toBe(404);
  });
});

describe("in the language asked for", () => {
  const FRENCH = { "accept-language": "fr-FR" };

  it("refuses an equation, and a preview, in French when asked; the statement's note too", async () => {
    const w = await valueWorld(api, 2);
    const path = `/api/commons/${w.commons.slug}/value-equation`;
    const over = equation({
      buckets: [
        { label: "Infrastructure", shareBp: 6000, recipient: { account: "equity:retained-surplus" } },
        { label: "Founders", shareBp: 4001, recipient: { account: "equity:retained-surplus" } },
      ],
      weights: [{ kind: "code", perContribution: 1, perHour: -1, perHundredLines: 1 }],
    });
    const messages = async (headers: Record<string, string> = {}) => {
      const res = await api.call("PUT", path, { as: w.steward.token, body: over, headers });
      expect(res.status).toBe(422);
      return res.body.errors;
    };
    expect(await messages()).toEqual([
      { path: "body.weights.0.perHour", message: "Points per hour cannot be negative." },
      { path: "body.buckets", message: "The fixed shares add up to 100.01%, over 100%: lower them so the pool keeps what is left." },
    ]);
    expect(await messages(FRENCH)).toEqual([
      { path: "body.weights.0.perHour", message: "Les points par heure ne peuvent pas être négatifs." },
      {
        path: "body.buckets",
        message: "Les parts fixes totalisent 100,01 %, plus de 100 % : réduisez-les pour que la réserve garde le reste.",
      },
    ]);

    const preview = (headers: Record<string, string> = {}) =>
      api.call("POST", `/api/commons/${w.commons.slug}/distributions/preview`, {
        as: w.treasurer.token,
        body: { amount: 100_000, windowTo: TO },
        headers,
      });
    const nobody = await preview(FRENCH);
    expect(nobody.body.errors).toEqual([
      {
        path: "body.windowTo",
        message: expect.stringMatching(
          /^Personne n’a de points entre le 2025-04-01 et le 2026-03-31 : la réserve des contributeur·ices \(100 % du montant\)/,
        ),
      },
    ]);
    await addContributions(api, w.commons.id, [
      { author: w.people[0] ?? null, kind: "code", minutes: 60, on: TO },
      { author: null, kind: "code", lines: 50, on: TO },
      { author: null, kind: "code", lines: 70, on: TO },
    ]);
    expect((await preview()).body.notShared.note).toBe(
      "not shared: 2 contributions by unknown authors (imported without a matching account)",
    );
    expect((await preview(FRENCH)).body.notShared.note).toBe(
      "non partagé : 2 contributions d’auteur·ices inconnu·es (importées sans compte correspondant)",
    );
  });
});
