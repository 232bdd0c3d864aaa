import { beforeAll, describe, expect, it } from "vitest";
import { addMember, ensureInstance, makeOrg, makePerson, type TestPerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";

const api = setupApi();

let steward: TestPerson;
let treasurer: TestPerson;
let org: { id: string; slug: string; name: string };

const entry = (postings: { account: string; amount: number; currency?: string; memo?: string }[], over: Record<string, unknown> = {}) => ({
  kind: "transfer",
  date: "2026-01-02",
  description: "Opening balance",
  postings: postings.map((p) => ({ currency: "EUR", ...p })),
  ...over,
});
const post = (body: unknown, as: TestPerson | null = treasurer, slug = org.slug) =>
  api.call("POST", `/api/organizations/${slug}/transactions`, { ...(as ? { as: as.token } : {}), body });

beforeAll(async () => {
  await ensureInstance(api.db);
  steward = await makePerson(api.db);
  treasurer = await makePerson(api.db);
  org = await makeOrg(api.db, steward, { kind: "association" });
  await addMember(api.db, org, treasurer, "treasurer");
  expect((await api.call("POST", `/api/organizations/${org.slug}/books`, { as: steward.token, body: { currency: "EUR" } })).status).toBe(
    201,
  );
});

describe("posting a treasurer's entry", () => {
  it("answers with the entry as it reads afterwards", async () => {
    const res = await post(
      entry(
        [
          { account: "assets:bank", amount: 10_000, memo: "Cheque 12" },
          { account: "equity:opening-balances", amount: -10_000 },
        ],
        { counterparty: "Our bank", counterpartyKind: "internal" },
      ),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const read = await api.call("GET", `/api/transactions/${(res.body as { id: string }).id}`);
    expect(res.body).toEqual(read.body);
    expect(res.body).toMatchObject({
      counterparty: { name: "Our bank", kind: "internal", organization: null },
      postings: [
        { account: { code: "assets:bank", name: "Bank account" }, amount: "10000", currency: "EUR", memo: "Cheque 12" },
        { account: { code: "equity:opening-balances" }, amount: "-10000", memo: null },
      ],
      postedBy: { handle: treasurer.handle },
      organization: { slug: org.slug },
    });
    // Without a counterparty the organization itself is named, as before.
    const own = await post(
      entry([
        { account: "assets:cash", amount: 500 },
        { account: "equity:opening-balances", amount: -500 },
      ]),
    );
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({ counterparty: { name: org.name } });
  });

  it("names the first problem in the order the checks always ran, and writes nothing", async () => {
    const missing = [
      { account: "assets:bank", amount: 100 },
      { account: "expenses:nowhere", amount: -50 },
    ];
    // An unknown account comes before the balance (these postings do not balance either).
    expect((await post(entry(missing))).body).toMatchObject({
      status: 422,
      errors: [{ path: "body.postings.1.account", message: "There is no account expenses:nowhere in these books." }],
    });
    expect(
      (
        await post(
          entry([
            { account: "assets:bank", amount: 100, currency: "USD" },
            { account: "income:donations", amount: -100, currency: "USD" },
          ]),
        )
      ).body,
    ).toMatchObject({ status: 422, errors: [{ path: "body.postings.0.currency", message: "assets:bank holds EUR, not USD." }] });
    expect(
      (
        await post(
          entry([
            { account: "assets:bank", amount: 100 },
            { account: "income:donations", amount: -90 },
          ]),
        )
      ).body,
    ).toMatchObject({
      status: 422,
      errors: [{ path: "body.postings" }],
    });
    // The role comes before the books and the accounts; the organization before the role.
    expect((await post(entry(missing), steward)).status).toBe(403);
    expect((await post(entry(missing), null)).status).toBe(401);
    expect((await post(entry(missing), null, "no-such-organization")).status).toBe(404);
    expect((await post(entry(missing), treasurer, "no-such-organization")).status).toBe(404);
    const closed = await makeOrg(api.db, steward, { kind: "association" });
    await addMember(api.db, closed, treasurer, "treasurer");
    const shut = await post(entry(missing), treasurer, closed.slug);
    expect(shut.status).toBe(409);
    expect(shut.body).toMatchObject({ detail: expect.stringContaining(`${closed.name} has not opened its books yet`) });

    const listed = await api.call("GET", `/api/organizations/${org.slug}/transactions`);
    expect((listed.body as { items: unknown[] }).items).toHaveLength(2);
  });
});

describe("in the request's language", () => {
  const FRENCH = { "accept-language": "fr-FR,fr;q=0.9" };
  const frenchPost = (body: unknown) =>
    api.call("POST", `/api/organizations/${org.slug}/transactions`, { as: treasurer.token, body, headers: FRENCH });

  it("refuses in French when asked, in English otherwise", async () => {
    const missing = entry([
      { account: "assets:bank", amount: 100 },
      { account: "expenses:nowhere", amount: -100 },
    ]);
    expect((await frenchPost(missing)).body).toMatchObject({
      status: 422,
      detail: "Cette comptabilité n’a pas de compte expenses:nowhere.",
      errors: [{ path: "body.postings.1.account", message: "Cette comptabilité n’a pas de compte expenses:nowhere." }],
    });
    expect((await post(missing)).body).toMatchObject({ detail: "There is no account expenses:nowhere in these books." });

    const unbalanced = entry([
      { account: "assets:bank", amount: 100 },
      { account: "income:donations", amount: -90 },
    ]);
    expect((await frenchPost(unbalanced)).body).toMatchObject({
      detail: "La somme des lignes d’écriture doit être nulle dans chaque devise ; écart de 10 unités mineures en EUR.",
    });
    expect((await post(unbalanced)).body).toMatchObject({
      detail: "The postings must sum to zero in every currency; EUR is off by 10 minor units.",
    });

    // A field rule's message too.
    const zero = entry([
      { account: "assets:bank", amount: 0 },
      { account: "income:donations", amount: 0 },
    ]);
    expect((await frenchPost(zero)).body.errors).toContainEqual({
      path: "body.postings.0.amount",
      message: "Une ligne d’écriture ne peut pas être nulle.",
    });
    expect((await post(zero)).body.errors).toContainEqual({ path: "body.postings.0.amount", message: "A posting cannot be zero." });

    const stranger = await makePerson(api.db);
    expect(
      (await api.call("POST", `/api/organizations/${org.slug}/transactions`, { as: stranger.token, body: missing, headers: FRENCH })).body,
    ).toMatchObject({
      status: 403,
      detail: "Seul·es les trésorier·ères de cette organisation peuvent faire cela.",
    });
  });

  it("names the default accounts in the language of the request that opens the books", async () => {
    const french = await makeOrg(api.db, steward, { kind: "association" });
    const opened = await api.call("POST", `/api/organizations/${french.slug}/books`, {
      as: steward.token,
      body: { currency: "EUR" },
      headers: FRENCH,
    });
    expect(opened.status).toBe(201);
    const names = (body: { accounts: { code: string; name: string }[] }) => Object.fromEntries(body.accounts.map((a) => [a.code, a.name]));
    // The names are data in the books: read without the header, they stay French.
    const read = names((await api.call("GET", `/api/organizations/${french.slug}/books`)).body);
    expect(read).toMatchObject({
      "assets:bank": "Compte bancaire",
      "liabilities:reimbursements": "Dû aux membres",
      "equity:opening-balances": "Soldes d’ouverture",
      "income:membership-fees": "Cotisations",
      "expenses:bank-fees": "Frais bancaires",
    });
    // Books opened without the header keep the English names, whatever language reads them.
    const english = names((await api.call("GET", `/api/organizations/${org.slug}/books`, { headers: FRENCH })).body);
    expect(english).toMatchObject({ "assets:bank": "Bank account", "liabilities:reimbursements": "Owed to members" });
    expect(Object.keys(read).sort()).toEqual(Object.keys(english).sort());

    const again = await api.call("POST", `/api/organizations/${french.slug}/books`, {
      as: steward.token,
      body: { currency: "EUR" },
      headers: FRENCH,
    });
    expect(again.body).toMatchObject({ status: 409, detail: "Les comptes sont déjà ouverts." });
  });
});
