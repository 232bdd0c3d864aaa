import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../../db/rows.ts";
import { nowMs } from "../../now.ts";
import { ensureInstance, makeOrg, makePerson, type TestPerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { afterDays, type City, city, eligibleProjects, openCall } from "../../test/worlds/city.ts";
import { openBooks } from "../../test/worlds/value.ts";
import { verifyLedger } from "../ledger/verify.ts";
import { fanOut } from "../notifications/fanout.ts";
import { enterPaperBallots } from "./ballots.ts";
import { advancePhases } from "./calls.ts";
import { computeResults } from "./results.ts";

const api = setupApi();

beforeAll(async () => {
  await ensureInstance(api.db);
});

const ballotCount = async (slug: string) =>
  (
    await rowsOf<{ n: number }>(
      api.db,
      sql`select count(*)::int as n from pb_ballots b join pb_calls c on c.id = b.call_id where c.slug = ${slug}`,
    )
  )[0]!.n;
const vote = (slug: string, as: TestPerson, projects: { project: string; points?: number }[], extra: Record<string, unknown> = {}) =>
  api.call("PUT", `/api/calls/${slug}/ballot`, { as: as.token, body: { projects, ...extra } });
const approve = (...numbers: string[]) => numbers.map((project) => ({ project }));

describe("opening a call", () => {
  it("is for a public body's stewards, within an approved budget line, with its phases in order", async () => {
    const c = await city(api);
    const ok = await openCall(api, c, {
      districts: [
        { name: "North", budget: 400_000 },
        { name: "South", budget: 600_000 },
      ],
      categories: ["Green"],
    });
    const read = await api.call("GET", `/api/calls/${ok.slug}`);
    expect(read.body).toMatchObject({
      phase: "submission",
      budget: "1000000",
      currency: "EUR",
      districts: [{ name: "North" }, { name: "South" }],
    });

    // What each viewer may do, as the pages read it (the policy decides; the matrix tests each route).
    const can = async (token?: string) => (await api.call("GET", `/api/calls/${ok.slug}`, { as: token })).body.can;
    expect(await can()).toEqual({ run: false, review: false, pay: false });
    expect(await can(c.steward.token)).toEqual({ run: true, review: true, pay: false });
    expect(await can(c.reviewer.token)).toEqual({ run: false, review: true, pay: false });
    expect(await can(c.treasurer.token)).toEqual({ run: false, review: false, pay: true });

    const asReviewer = await api.call("POST", "/api/calls", { as: c.reviewer.token, body: { ...callBody(c), slug: "by-reviewer" } });
    expect(asReviewer.status).toBe(403);
    const steward = await makePerson(api.db);
    const community = await makeOrg(api.db, steward);
    const notPublic = await api.call("POST", "/api/calls", {
      as: steward.token,
      body: { ...callBody(c), organization: community.slug, slug: "community-call" },
    });
    expect(notPublic.status).toBe(422);
    expect(notPublic.body.errors[0].path).toBe("body.organization");
    const overLine = await api.call("POST", "/api/calls", {
      as: c.steward.token,
      body: { ...callBody(c), slug: "too-big", budget: 20_000_000 },
    });
    expect(overLine.status).toBe(422);
    expect(overLine.body.errors[0].path).toBe("body.budgetLine");
    // One body, so both phases read the same clock: two calls a millisecond apart would put them in order.
    const sameInstant = callBody(c);
    const disorder = await api.call("POST", "/api/calls", {
      as: c.steward.token,
      body: { ...sameInstant, slug: "disorder", votingCloses: sameInstant.votingOpens },
    });
    expect(disorder.status).toBe(422);
    expect(disorder.body.errors[0].path).toBe("body.votingCloses");
    const districts = await api.call("POST", "/api/calls", {
      as: c.steward.token,
      body: {
        ...callBody(c),
        slug: "districts-over",
        districts: [
          { name: "A", budget: 900_000 },
          { name: "B", budget: 900_000 },
        ],
      },
    });
    expect(districts.body.errors[0].path).toBe("body.districts");
    expect(
      (
        await rowsOf(
          api.db,
          sql`select 1 from pb_calls where slug in ('by-reviewer', 'community-call', 'too-big', 'disorder', 'districts-over')`,
        )
      ).length,
    ).toBe(0);
  });
});

function callBody(c: City) {
  const at = (days: number) => new Date(nowMs() + days * 86_400_000).toISOString();
  return {
    organization: c.body.slug,
    slug: "x",
    title: "A call",
    budget: 1_000_000,
    budgetLine: c.lineId,
    submissionOpens: at(0),
    reviewOpens: at(1),
    votingOpens: at(2),
    votingCloses: at(3),
    implementationOpens: at(4),
    ballotType: "approval",
  };
}

describe("citizen projects", () => {
  it("are submitted by anyone, edited by their author until review, and reviewed publicly by the body's reviewers", async () => {
    const c = await city(api);
    const call = await openCall(api, c, { categories: ["Green", "Culture"] });
    const [ada, bob] = [await makePerson(api.db), await makePerson(api.db)];
    const submitted = await api.call("POST", `/api/calls/${call.slug}/projects`, {
      as: ada.token,
      body: {
        title: "Trail guide",
        description: "A **guide** <script>alert(1)</script>",
        cost: 30_000,
        costBreakdown: [
          { item: "Printing", amount: 20_000 },
          { item: "Signs", amount: 10_000 },
        ],
        categories: ["Green"],
      },
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
    expect(submitted.body).toMatchObject({ number: "1", status: "submitted", author: { handle: ada.handle }, cost: "30000" });
    expect(submitted.body.descriptionHtml).toContain("<strong>guide</strong>");
    expect(submitted.body.descriptionHtml).not.toContain("<script");

    const wrongSum = await api.call("POST", `/api/calls/${call.slug}/projects`, {
      as: ada.token,
      body: { title: "Bench", cost: 5_000, costBreakdown: [{ item: "Wood", amount: 4_000 }] },
    });
    expect(wrongSum.status).toBe(422);
    expect(wrongSum.body.errors[0].path).toBe("body.costBreakdown");
    const badCategory = await api.call("POST", `/api/calls/${call.slug}/projects`, {
      as: ada.token,
      body: { title: "Bench", cost: 5_000, categories: ["Sport"] },
    });
    expect(badCategory.body.errors[0].path).toBe("body.categories.0");

    const byOther = await api.call("PATCH", `/api/calls/${call.slug}/projects/1`, { as: bob.token, body: { title: "Mine now" } });
    expect(byOther.status).toBe(403);
    const edited = await api.call("PATCH", `/api/calls/${call.slug}/projects/1`, {
      as: ada.token,
      body: { title: "Riverside trail guide", cost: 40_000, costBreakdown: [{ item: "Printing", amount: 40_000 }] },
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({ title: "Riverside trail guide", cost: "40000" });

    expect((await api.call("PUT", `/api/calls/${call.slug}/projects/1/support`, { as: bob.token })).body.supports).toBe(1);
    const again = await api.call("PUT", `/api/calls/${call.slug}/projects/1/support`, { as: bob.token });
    expect(again.body).toMatchObject({ supports: 1, supported: true });

    const byAuthor = await api.call("POST", `/api/calls/${call.slug}/projects/1/review`, {
      as: ada.token,
      body: { eligible: true, reason: "I say so" },
    });
    expect(byAuthor.status).toBe(403);
    const noNote = await api.call("POST", `/api/calls/${call.slug}/projects/1/review`, {
      as: c.reviewer.token,
      body: { eligible: true, reason: "Feasible", cost: 35_000 },
    });
    expect(noNote.body.errors[0].path).toBe("body.costNote");
    await afterDays(api, 1.1);
    const lateEdit = await api.call("PATCH", `/api/calls/${call.slug}/projects/1`, { as: ada.token, body: { title: "Too late" } });
    expect(lateEdit.status).toBe(409);
    const reviewed = await api.call("POST", `/api/calls/${call.slug}/projects/1/review`, {
      as: c.reviewer.token,
      body: { eligible: true, reason: "Feasible on public land.", cost: 35_000, costNote: "Printing quote lowered." },
    });
    expect(reviewed.body).toMatchObject({
      status: "eligible",
      cost: "35000",
      review: { reason: "Feasible on public land.", costNote: "Printing quote lowered." },
    });
    const lateSubmit = await api.call("POST", `/api/calls/${call.slug}/projects`, { as: bob.token, body: { title: "Late", cost: 1_000 } });
    expect(lateSubmit.status).toBe(409);

    // Anyone discusses a project, in its one thread; its author hears of it.
    const first = await api.call("POST", "/api/threads", {
      as: bob.token,
      body: { subjectType: "pb_project", subjectId: submitted.body.id, body: "Which paths?" },
    });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const second = await api.call("POST", "/api/threads", {
      as: c.reviewer.token,
      body: { subjectType: "pb_project", subjectId: submitted.body.id, body: "The river paths, per the map." },
    });
    expect(second.body.id).toBe(first.body.id);
    await fanOut(api.db);
    const told = await api.call("GET", "/api/notifications", { as: ada.token });
    expect(told.body.items.map((n: { kind: string }) => n.kind)).toContain("comment_on_yours");
  });
});

describe("ballots", () => {
  async function votingCall(over: Record<string, unknown>, costs = [100_000, 200_000, 300_000, 400_000]) {
    const c = await city(api);
    const call = await openCall(api, c, over);
    const author = await makePerson(api.db);
    const numbers = await eligibleProjects(
      api,
      c,
      call.slug,
      author,
      costs.map((cost, i) => ({ title: `Project ${i + 1}`, cost, ...(over.districts ? { district: i % 2 ? "South" : "North" } : {}) })),
    );
    return { c, call, numbers };
  }

  it("refuses a ballot over any of its limits, naming the field, and writes nothing", async () => {
    const { call, numbers } = await votingCall({ maxProjects: 2, maxCost: 450_000 });
    const voter = await makePerson(api.db);
    expect((await vote(call.slug, voter, approve(numbers[0]!))).status).toBe(409); // not yet voting
    await afterDays(api, 2.1);
    const refusals: [unknown[], string][] = [
      [approve(numbers[0]!, numbers[1]!, numbers[2]!), "body.projects"],
      [approve(numbers[1]!, numbers[3]!), "body.projects"], // 600,000 over the knapsack's 450,000
      [approve(numbers[0]!, numbers[0]!), "body.projects.1.project"],
      [approve("99"), "body.projects.0.project"],
      [[{ project: numbers[0], points: 3 }], "body.projects.0.points"],
    ];
    for (const [projects, path] of refusals) {
      const res = await api.call("PUT", `/api/calls/${call.slug}/ballot`, { as: voter.token, body: { projects } });
      expect(res.status, JSON.stringify(projects)).toBe(422);
      expect(res.body.errors[0].path).toBe(path);
    }
    expect(await ballotCount(call.slug)).toBe(0);
    const ok = await vote(call.slug, voter, approve(numbers[0]!, numbers[2]!));
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const changed = await vote(call.slug, voter, approve(numbers[1]!));
    expect(changed.status).toBe(200);
    const mine = await api.call("GET", `/api/calls/${call.slug}/ballot`, { as: voter.token });
    expect(mine.body.ballot.choices.map((x: { number: string }) => x.number)).toEqual([numbers[1]]);
    expect(await ballotCount(call.slug)).toBe(1);
  });

  it("checks cumulative points, rankings and districts", async () => {
    const cumulative = await votingCall({ ballotType: "cumulative", totalPoints: 10, maxPointsPerProject: 6 });
    const ordinal = await votingCall({ ballotType: "ordinal", maxProjects: 3 });
    const districted = await votingCall({
      districts: [
        { name: "North", budget: 400_000 },
        { name: "South", budget: 600_000 },
      ],
    });
    const notEligible = await api.call("POST", `/api/calls/${ordinal.call.slug}/projects/${ordinal.numbers[0]}/review`, {
      as: ordinal.c.reviewer.token,
      body: { eligible: false, reason: "Private land." },
    });
    expect(notEligible.status).toBe(200);
    await afterDays(api, 2.1);
    const voter = await makePerson(api.db);
    const [a, b] = cumulative.numbers;
    const over = await vote(cumulative.call.slug, voter, [
      { project: a!, points: 6 },
      { project: b!, points: 5 },
    ]);
    expect(over.body.errors[0].path).toBe("body.projects");
    const perProject = await vote(cumulative.call.slug, voter, [{ project: a!, points: 7 }]);
    expect(perProject.body.errors[0].path).toBe("body.projects.0.points");
    const noPoints = await vote(cumulative.call.slug, voter, [{ project: a! }]);
    expect(noPoints.body.errors[0].path).toBe("body.projects.0.points");
    expect(
      (
        await vote(cumulative.call.slug, voter, [
          { project: a!, points: 6 },
          { project: b!, points: 4 },
        ])
      ).status,
    ).toBe(200);

    const [o1, o2, o3] = ordinal.numbers;
    expect((await vote(ordinal.call.slug, voter, approve(o2!, o3!, o2!))).body.errors[0].path).toBe("body.projects.2.project");
    expect((await vote(ordinal.call.slug, voter, approve(o1!, o2!))).body.errors[0].path).toBe("body.projects.0.project");
    expect((await vote(ordinal.call.slug, voter, approve(o3!, o2!))).status).toBe(200);
    const ranked = await api.call("GET", `/api/calls/${ordinal.call.slug}/ballot`, { as: voter.token });
    expect(ranked.body.ballot.choices).toEqual([
      { number: o3, points: null, rank: 1 },
      { number: o2, points: null, rank: 2 },
    ]);

    const [north, south] = districted.numbers;
    expect((await vote(districted.call.slug, voter, approve(north!))).body.errors[0].path).toBe("body.district");
    expect((await vote(districted.call.slug, voter, approve(south!), { district: "North" })).body.errors[0].path).toBe(
      "body.projects.0.project",
    );
    expect((await vote(districted.call.slug, voter, approve(north!), { district: "North" })).status).toBe(200);
  });

  it("counts one ballot per voter when 500 voters each send two at once", async () => {
    const { call, numbers } = await votingCall({});
    const voters = await Promise.all(Array.from({ length: 500 }, () => makePerson(api.db)));
    await afterDays(api, 2.1);
    const answers = await Promise.all(
      voters.flatMap((v, i) => [vote(call.slug, v, approve(numbers[i % 4]!)), vote(call.slug, v, approve(numbers[(i + 1) % 4]!))]),
    );
    expect(answers.filter((r) => r.status !== 200).map((r) => r.body)).toEqual([]);
    expect(await ballotCount(call.slug)).toBe(500);
    const [choices] = await rowsOf<{ n: number }>(
      api.db,
      sql`select count(*)::int as n from pb_ballot_choices c join pb_calls k on k.id = c.call_id where k.slug = ${call.slug}`,
    );
    expect(choices!.n).toBe(500);
  }, 120_000);

  it("is refused by the database outside the voting dates, whatever the application does", async () => {
    const { call, numbers } = await votingCall({});
    const voter = await makePerson(api.db);
    await afterDays(api, 2.1);
    expect((await vote(call.slug, voter, approve(numbers[0]!))).status).toBe(200);
    await afterDays(api, 1);
    expect((await vote(call.slug, voter, approve(numbers[1]!))).status).toBe(409);
    const write = api.db.execute(
      sql`update pb_ballots set updated_at = now() where call_id = (select id from pb_calls where slug = ${call.slug})`,
    );
    await expect(write).rejects.toMatchObject({ cause: { message: expect.stringMatching(/voting in call .* is not open/) } });
    const insert = api.db.execute(
      sql`insert into pb_ballots (call_id, reference, paper) select id, 'late-1', true from pb_calls where slug = ${call.slug}`,
    );
    await expect(insert).rejects.toMatchObject({ cause: { message: expect.stringMatching(/is not open/) } });
  });

  it("lets only registered voters vote in a register call, each code once", async () => {
    const { c, call, numbers } = await votingCall({ voters: "register" });
    const upload = await api.call("POST", `/api/calls/${call.slug}/register`, {
      as: c.steward.token,
      body: { identifiers: ["R-001", "R-002", "R-001"] },
    });
    expect(upload.status, JSON.stringify(upload.body)).toBe(200);
    expect(upload.body.added.map((a: { identifier: string }) => a.identifier)).toEqual(["R-001", "R-002"]);
    const stored = await rowsOf<{ identifier_hash: string }>(
      api.db,
      sql`select identifier_hash from pb_register where call_id = (select id from pb_calls where slug = ${call.slug})`,
    );
    expect(JSON.stringify(stored)).not.toContain("R-001");
    const again = await api.call("POST", `/api/calls/${call.slug}/register`, {
      as: c.steward.token,
      body: { identifiers: ["R-002", "R-003"] },
    });
    expect(again.body).toMatchObject({ alreadyThere: 1, added: [{ identifier: "R-003" }] });
    expect(
      (await api.call("POST", `/api/calls/${call.slug}/register`, { as: c.reviewer.token, body: { identifiers: ["X"] } })).status,
    ).toBe(403);

    await afterDays(api, 2.1);
    const [ada, bob] = [await makePerson(api.db), await makePerson(api.db)];
    expect((await vote(call.slug, ada, approve(numbers[0]!))).status).toBe(403);
    const code = upload.body.added[0].code as string;
    expect(
      (await api.call("POST", `/api/calls/${call.slug}/register/claim`, { as: ada.token, body: { code: "NOT-A-CODE" } })).body.errors[0]
        .path,
    ).toBe("body.code");
    expect((await api.call("POST", `/api/calls/${call.slug}/register/claim`, { as: ada.token, body: { code } })).status).toBe(200);
    expect((await api.call("POST", `/api/calls/${call.slug}/register/claim`, { as: bob.token, body: { code } })).status).toBe(422);
    expect((await vote(call.slug, ada, approve(numbers[0]!))).status).toBe(200);
  });

  it("takes paper ballots from the body's reviewers, each number once", async () => {
    const { c, call, numbers } = await votingCall({});
    await afterDays(api, 2.1);
    const body = { reference: "P-17", projects: approve(numbers[0]!, numbers[1]!) };
    const resident = await makePerson(api.db);
    expect((await api.call("POST", `/api/calls/${call.slug}/paper-ballots`, { as: resident.token, body })).status).toBe(403);
    expect((await api.call("POST", `/api/calls/${call.slug}/paper-ballots`, { as: c.reviewer.token, body })).status).toBe(201);
    const twice = await api.call("POST", `/api/calls/${call.slug}/paper-ballots`, { as: c.reviewer.token, body });
    expect(twice.status).toBe(409);
    expect(twice.body.errors[0].path).toBe("body.reference");
    const [paper] = await rowsOf<{ paper: boolean }>(api.db, sql`select paper from pb_ballots where reference = 'P-17'`);
    expect(paper!.paper).toBe(true);
  });

  it("takes a stack of paper ballots all or none", async () => {
    const { c, call, numbers } = await votingCall({});
    await afterDays(api, 2.1);
    const stack = (refs: string[], last = approve(numbers[0]!)) =>
      refs.map((reference, i) => ({ reference, projects: i === refs.length - 1 ? last : approve(numbers[1]!) }));
    const papers = async () =>
      (
        await rowsOf<{ n: number }>(
          api.db,
          sql`select count(*)::int n from pb_ballots b join pb_calls c on c.id = b.call_id where c.slug = ${call.slug}`,
        )
      )[0]!.n;
    const entries = async () =>
      (
        await rowsOf<{ n: number }>(
          api.db,
          sql`select count(*)::int n from activities where verb = 'ballot.paper_entered' and data->>'call' = ${call.slug}`,
        )
      )[0]!.n;

    const bad = enterPaperBallots(api.db, c.reviewer, call.slug, stack(["S-1", "S-2", "S-3"], approve("no-such-project")));
    await expect(bad).rejects.toMatchObject({ errors: [{ path: "body.projects.0.project" }] });
    const twice = enterPaperBallots(api.db, c.reviewer, call.slug, stack(["S-1", "S-2", "S-1"]));
    await expect(twice).rejects.toMatchObject({ status: 409, errors: [{ path: "body.reference" }] });
    expect([await papers(), await entries()]).toEqual([0, 0]);

    const done = await enterPaperBallots(api.db, c.reviewer, call.slug, stack(["S-1", "S-2", "S-3"]));
    expect(done.entered.map((e) => e.choices)).toEqual([1, 1, 1]);
    expect([await papers(), await entries()]).toEqual([3, 3]);
    const [choices] = await rowsOf<{ n: number }>(
      api.db,
      sql`select count(*)::int n from pb_ballot_choices ch join pb_ballots b on b.id = ch.ballot_id where b.reference in ('S-1', 'S-2', 'S-3')`,
    );
    expect(choices!.n).toBe(3);
  });
});

describe("results, grants and accountability", () => {
  it("computes the Method of Equal Shares and greedy when voting closes, grants the winners and pays them through the books", async () => {
    const c = await city(api);
    const call = await openCall(api, c, { rules: { rule: "mes", completion: "add1u", compareWithGreedy: true } });
    const author = await makePerson(api.db);
    const association = await makeOrg(api.db, author, { kind: "association" });
    await openBooks(api, association.slug, author, author, 0);
    // Six voters approve A and B, four approve C. Greedy takes B and A (six votes each: the budget is
    // spent). Equal shares: every voter holds 100,000; B's six supporters pay 66,667 each (1/6 of its
    // cost per voter, as for A, and B is cheaper), after which A's supporters cannot afford A; C's four
    // supporters pay 100,000 each. The completion adds nothing that fits.
    const [a, b] = await eligibleProjects(api, c, call.slug, author, [
      { title: "A: the big park", cost: 600_000 },
      { title: "B: trail guide", cost: 400_000 },
    ]);
    const submitted = await api.call("POST", `/api/calls/${call.slug}/projects`, {
      as: author.token,
      body: { title: "C: tool library", cost: 400_000, organization: association.slug },
    });
    const cNumber = submitted.body.number as string;
    await api.call("POST", `/api/calls/${call.slug}/projects/${cNumber}/review`, {
      as: c.reviewer.token,
      body: { eligible: true, reason: "Fine." },
    });
    await afterDays(api, 2.1);
    await advancePhases(api.db, computeResults);
    for (let i = 0; i < 10; i++) {
      const v = await makePerson(api.db);
      expect((await vote(call.slug, v, i < 6 ? approve(a!, b!) : approve(cNumber))).status).toBe(200);
    }
    expect((await api.call("GET", `/api/calls/${call.slug}/results`)).body.results).toEqual([]);
    await afterDays(api, 1);
    expect(await advancePhases(api.db, computeResults)).toBe(1);
    expect((await api.call("GET", `/api/calls/${call.slug}/ballot`, { as: author.token })).status).toBe(200);

    const results = await api.call("GET", `/api/calls/${call.slug}/results`);
    expect(results.status).toBe(200);
    const byRule = Object.fromEntries(results.body.results.map((r: { rule: string }) => [r.rule, r]));
    expect([...byRule.mes.winners].sort()).toEqual([b, cNumber].sort());
    expect(byRule.mes).toMatchObject({ official: true, ballots: 10, cost: "800000" });
    expect([...byRule.greedy.winners].sort()).toEqual([a, b].sort());
    expect(byRule.greedy).toMatchObject({ official: false, cost: "1000000" });
    expect(byRule.mes.explanation.parts[0].projects).toHaveLength(3);
    // The page is kept while the results stand; computed again (a new computed_at), it is written again.
    await api.db.execute(sql`update pb_results set cost = 799999, computed_at = computed_at + interval '1 second'
      where rule = 'mes' and call_id = (select id from pb_calls where slug = ${call.slug})`);
    const again = await api.call("GET", `/api/calls/${call.slug}/results`);
    expect(again.body.results.find((r: { rule: string }) => r.rule === "mes").cost).toBe("799999");
    await api.db.execute(
      sql`update pb_results set cost = 800000 where rule = 'mes' and call_id = (select id from pb_calls where slug = ${call.slug})`,
    );
    expect((await api.call("GET", `/api/calls/${call.slug}`)).body.phase).toBe("results");
    await fanOut(api.db);
    const told = await api.call("GET", "/api/notifications", { as: author.token });
    expect(told.body.items.map((n: { kind: string; activity: { verb: string } }) => `${n.kind} ${n.activity.verb}`)).toContain(
      "budget_call call.results",
    );

    // The winners' grants: B to its author, C to the association it was submitted for.
    const plan = (n: string, tranches: unknown[], as = c.steward) =>
      api.call("POST", `/api/calls/${call.slug}/grants/${n}/tranches`, { as: as.token, body: { tranches } });
    expect((await plan(a!, [{ milestone: "Start", amount: 1 }])).status).toBe(404);
    expect((await plan(b!, [{ milestone: "Start", amount: 1 }], c.reviewer)).status).toBe(403);
    expect((await plan(b!, [{ milestone: "All", amount: 500_000 }])).body.errors[0].path).toBe("body.tranches");
    expect(
      (
        await plan(b!, [
          { milestone: "Start", amount: 200_000 },
          { milestone: "Guide printed", amount: 200_000 },
        ])
      ).status,
    ).toBe(200);
    expect((await plan(cNumber, [{ milestone: "Opening", amount: 400_000 }])).status).toBe(200);
    const pay = (n: string, position: number, as = c.treasurer) =>
      api.call("POST", `/api/calls/${call.slug}/grants/${n}/tranches/${position}/pay`, { as: as.token, body: {} });
    expect((await pay(b!, 1, c.steward)).status).toBe(403);
    const paid = await pay(b!, 1);
    expect(paid.status, JSON.stringify(paid.body)).toBe(200);
    expect((await pay(b!, 1)).status).toBe(409);
    expect((await pay(cNumber, 1)).status).toBe(200);
    const [inTheirBooks] = await rowsOf<{ n: number }>(
      api.db,
      sql`select count(*)::int as n from transactions t join books b on b.id = t.book_id where b.organization_id = ${association.id} and t.kind = 'grant'`,
    );
    expect(inTheirBooks!.n).toBe(1);
    // Both tranches are expenses of the city's line posted as grants, which the ledger's own checks accept.
    expect(await verifyLedger(api.db, { organization: c.body.slug })).toEqual([]);

    const report = await api.call("POST", `/api/calls/${call.slug}/grants/${b}/reports`, {
      as: author.token,
      body: { body: "Half the trail is mapped.", progress: 50, evidence: ["https://example.org/photo.jpg"] },
    });
    expect(report.status).toBe(201);
    const stranger = await makePerson(api.db);
    expect(
      (await api.call("POST", `/api/calls/${call.slug}/grants/${b}/reports`, { as: stranger.token, body: { body: "x", progress: 100 } }))
        .status,
    ).toBe(403);
    const account = await api.call("GET", `/api/calls/${call.slug}/accountability`);
    expect(account.body).toMatchObject({ granted: "800000", paid: "600000" });
    const guide = account.body.grants.find((g: { project: { number: string } }) => g.project.number === b);
    expect(guide).toMatchObject({ paid: "200000", progress: 50, reports: [{ progress: 50 }], canReport: false });
    const asAuthor = await api.call("GET", `/api/calls/${call.slug}/accountability`, { as: author.token });
    expect(asAuthor.body.grants.every((g: { canReport: boolean }) => g.canReport)).toBe(true);
  });

  it("pays a grant only while the call's budget line has room", async () => {
    const c = await city(api, 1_000_000);
    const call = await openCall(api, c);
    const author = await makePerson(api.db);
    const [n] = await eligibleProjects(api, c, call.slug, author, [{ title: "Benches", cost: 300_000 }]);
    await afterDays(api, 2.1);
    await advancePhases(api.db, computeResults);
    expect((await vote(call.slug, author, approve(n!))).status).toBe(200);
    await afterDays(api, 1);
    await advancePhases(api.db, computeResults);
    expect(
      (
        await api.call("POST", `/api/calls/${call.slug}/grants/${n}/tranches`, {
          as: c.steward.token,
          body: { tranches: [{ milestone: "All", amount: 300_000 }] },
        })
      ).status,
    ).toBe(200);
    // Other spending already took most of the line.
    await api.db.execute(sql`insert into expenses (organization_id, payee_name, amount, currency, purpose, account_id, budget_line_id, status, approval, decided_by)
      select ${c.body.id}, 'Road works', 800000, 'EUR', 'Roads', l.account_id, l.id, 'approved', 'budget', ${c.treasurer.id} from budget_lines l where l.id = ${c.lineId}`);
    const refused = await api.call("POST", `/api/calls/${call.slug}/grants/${n}/tranches/1/pay`, { as: c.treasurer.token, body: {} });
    expect(refused.status).toBe(409);
    expect(refused.body.errors[0].path).toBe("path.id");
    expect((await api.call("GET", `/api/calls/${call.slug}/accountability`)).body.paid).toBe("0");
  });
});
