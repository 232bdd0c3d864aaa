import { readFileSync } from "node:fs";
import { join } from "node:path";
import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER } from "../../db/migrate.ts";
import { nowMs } from "../../now.ts";
import { advanceClock } from "../../test/clock.ts";
import { addMember, makeOrg, makePerson, type TestPerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { activities } from "../activity/schema.ts";
import { settleDue } from "./lifecycle.ts";

const api = setupApi();
/** Times on the clock the tests move (src/test/clock.ts), never on the wall clock. */
const inSeconds = (s: number) => new Date(nowMs() + s * 1000).toISOString();
const inAMinute = () => inSeconds(60);

async function association(members = 3) {
  const steward = await makePerson(api.db);
  const org = await makeOrg(api.db, steward, { kind: "association" });
  const people: TestPerson[] = [steward];
  for (let i = 0; i < members - 1; i++) {
    const p = await makePerson(api.db);
    await addMember(api.db, org, p);
    people.push(p);
  }
  return { org, steward, people };
}

const propose = (slug: string, as: TestPerson, body: Record<string, unknown>) =>
  api.call("POST", `/api/organizations/${slug}/proposals`, {
    as: as.token,
    body: { title: "Buy a server", closesAt: inAMinute(), method: "majority", ...body },
  });
const vote = (id: string, as: TestPerson, body: Record<string, unknown>) =>
  api.call("PUT", `/api/proposals/${id}/vote`, { as: as.token, body });

describe("proposals and votes", () => {
  it("opens at once with the active members frozen as the electorate, and keeps one vote per member", async () => {
    const { org, people } = await association(3);
    const res = await propose(org.slug, people[1] as TestPerson, { quorumPercent: 50 });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: "open", electorateSize: 3, canVote: true, turnout: 0 });
    expect(res.body.threadId).toEqual(expect.any(String));

    const latecomer = await makePerson(api.db);
    await addMember(api.db, org, latecomer);
    const refused = await vote(res.body.id, latecomer, { answer: "yes" });
    expect(refused.status).toBe(403);

    expect((await vote(res.body.id, people[0] as TestPerson, { answer: "no" })).status).toBe(200);
    const changed = await vote(res.body.id, people[0] as TestPerson, { answer: "yes" });
    expect(changed.body).toMatchObject({ answer: "yes", changes: 1 });
    const shown = await api.call("GET", `/api/proposals/${res.body.id}`);
    expect(shown.body.turnout).toBe(1);
    expect(shown.body.liveTally.answers).toEqual({ yes: 1, no: 0, abstain: 0 });
  });

  it("refuses ballots that do not fit the method, naming the field", async () => {
    const { org, people } = await association(2);
    const consent = await propose(org.slug, people[0] as TestPerson, { method: "consent" });
    const objection = await vote(consent.body.id, people[1] as TestPerson, { answer: "object" });
    expect(objection.status).toBe(422);
    expect(objection.body.errors[0].path).toBe("body.reason");
    const ranked = await propose(org.slug, people[0] as TestPerson, { method: "ranked", options: ["A", "B", "C"] });
    const bad = await vote(ranked.body.id, people[1] as TestPerson, { options: [0, 0] });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe("body.options");
    const badTerms = await propose(org.slug, people[0] as TestPerson, { method: "approval", options: ["Only one"] });
    expect(badTerms.status).toBe(422);
    expect(badTerms.body.errors[0].path).toBe("body.options");
  });

  it("closes by time with nobody visiting, fixes the result, and refuses late votes", async () => {
    const { org, people } = await association(3);
    const res = await propose(org.slug, people[0] as TestPerson, { quorumPercent: 50 });
    await vote(res.body.id, people[0] as TestPerson, { answer: "yes" });
    await vote(res.body.id, people[1] as TestPerson, { answer: "no" });
    await vote(res.body.id, people[2] as TestPerson, { answer: "yes" });
    await advanceClock(api.db, 30);
    expect((await vote(res.body.id, people[1] as TestPerson, { answer: "no" })).status).toBe(200);
    await advanceClock(api.db, 31);
    expect(await settleDue(api.db)).toBeGreaterThanOrEqual(1);
    const late = await vote(res.body.id, people[1] as TestPerson, { answer: "yes" });
    expect(late.status).toBe(409);
    const closed = await api.call("GET", `/api/proposals/${res.body.id}`);
    expect(closed.body).toMatchObject({ status: "closed", outcome: "passed", liveTally: null });
    expect(closed.body.result.answers).toEqual({ yes: 2, no: 1, abstain: 0 });
    expect(closed.body.result.explanation.length).toBeGreaterThan(1);
  });

  it("shows who took part in a secret ballot, never what they chose", async () => {
    const { org, people } = await association(2);
    const res = await propose(org.slug, people[0] as TestPerson, { ballot: "secret" });
    await vote(res.body.id, people[1] as TestPerson, { answer: "no" });
    const shown = await api.call("GET", `/api/proposals/${res.body.id}`);
    expect(shown.body.liveTally).toBeNull();
    expect(shown.body.turnout).toBe(1);
    const list = await api.call("GET", `/api/proposals/${res.body.id}/votes`);
    expect(list.body.items).toEqual([
      expect.objectContaining({ voter: expect.objectContaining({ handle: people[1]?.handle }), answer: null }),
    ]);
    // Changing the vote leaves no trace in public: the feed shows that the person voted, once.
    await vote(res.body.id, people[1] as TestPerson, { answer: "yes" });
    const feed = await api.call("GET", `/api/activities?organization=${org.slug}`);
    expect(JSON.stringify(feed.body)).not.toContain('"answer":"no"');
    const votes = feed.body.items.filter((a: { verb: string }) => a.verb.startsWith("vote."));
    expect(votes.map((a: { verb: string; actor: { handle: string } }) => [a.verb, a.actor.handle])).toEqual([
      ["vote.cast", people[1]?.handle],
    ]);
  });

  it("loses the vote.changed rows of secret ballots recorded before 0019, and keeps public ballots'", async () => {
    const { org, people } = await association(2);
    const secret = await propose(org.slug, people[0] as TestPerson, { ballot: "secret" });
    const open = await propose(org.slug, people[0] as TestPerson, {});
    for (const p of [secret, open]) {
      await api.db.insert(activities).values({
        actorId: (people[1] as TestPerson).id,
        verb: "vote.changed",
        objectType: "proposal",
        objectId: p.body.id,
        organizationId: org.id,
        data: { title: "t" },
      });
    }
    await api.database.exec(readFileSync(join(MIGRATIONS_FOLDER, "0019_secret_vote_activity.sql"), "utf8"));
    const left = await api.db
      .select({ objectId: activities.objectId })
      .from(activities)
      .where(and(eq(activities.verb, "vote.changed"), inArray(activities.objectId, [secret.body.id, open.body.id])));
    expect(left.map((a) => a.objectId)).toEqual([open.body.id]);
  });

  it("counts each of 200 members exactly once when they all vote at once, some twice", async () => {
    const { org, people } = await association(200);
    const res = await propose(org.slug, people[0] as TestPerson, {});
    const ballots = people.flatMap((p, i) => (i % 4 === 0 ? [p, p] : [p]));
    const results = await Promise.all(ballots.map((p, i) => vote(res.body.id, p, { answer: i % 3 === 0 ? "no" : "yes" })));
    expect(results.every((r) => r.status === 200)).toBe(true);
    const shown = await api.call("GET", `/api/proposals/${res.body.id}`);
    expect(shown.body.turnout).toBe(200);
    const { yes, no, abstain } = shown.body.liveTally.answers;
    expect(yes + no + abstain).toBe(200);
  });
});

describe("each method through the API", () => {
  it("consent fails on one objection with a reason; consensus stops on a block; a changed vote counts once", async () => {
    const { org, people } = await association(3);
    const [a, b, c] = people as [TestPerson, TestPerson, TestPerson];
    const consent = await propose(org.slug, a, { method: "consent" });
    const consensus = await propose(org.slug, a, { method: "consensus" });
    await vote(consent.body.id, a, { answer: "consent" });
    await vote(consent.body.id, b, { answer: "object", reason: "We cannot afford it this year." });
    await vote(consensus.body.id, a, { answer: "agree" });
    await vote(consensus.body.id, b, { answer: "agree" });
    await vote(consensus.body.id, c, { answer: "agree" });
    await vote(consensus.body.id, c, { answer: "block", reason: "It breaks our statutes." });
    await advanceClock(api.db, 61);
    await settleDue(api.db);
    const consentResult = (await api.call("GET", `/api/proposals/${consent.body.id}`)).body;
    expect(consentResult.outcome).toBe("rejected");
    expect(consentResult.result.answers).toEqual({ consent: 1, object: 1 });
    const votes = await api.call("GET", `/api/proposals/${consent.body.id}/votes`);
    expect(votes.body.items.map((v: { reason: string | null }) => v.reason)).toContain("We cannot afford it this year.");
    const consensusResult = (await api.call("GET", `/api/proposals/${consensus.body.id}`)).body;
    expect(consensusResult.outcome).toBe("rejected");
    expect(consensusResult.result.answers).toMatchObject({ agree: 2, block: 1 });
    expect(consensusResult.result.explanation.join(" ")).toMatch(/block/i);
  });

  it("ranked choice picks the winner by instant runoff; a quorum not met decides nothing", async () => {
    const { org, people } = await association(5);
    const ranked = await propose(org.slug, people[0] as TestPerson, { method: "ranked", options: ["Lathe", "Laser cutter", "Kiln"] });
    const quorum = await propose(org.slug, people[0] as TestPerson, { quorumPercent: 60 });
    const rankings = [[0, 1], [0, 2], [1, 0], [2, 1], [1]];
    for (const [i, p] of people.entries()) await vote(ranked.body.id, p, { options: rankings[i] });
    await vote(quorum.body.id, people[0] as TestPerson, { answer: "yes" });
    await vote(quorum.body.id, people[1] as TestPerson, { answer: "yes" });
    await advanceClock(api.db, 61);
    await settleDue(api.db);
    const rankedResult = (await api.call("GET", `/api/proposals/${ranked.body.id}`)).body.result;
    expect(rankedResult).toMatchObject({ outcome: "chosen", turnout: 5 });
    expect([0, 1]).toContain(rankedResult.winner);
    expect(rankedResult.rounds.length).toBeGreaterThanOrEqual(2);
    const quorumResult = (await api.call("GET", `/api/proposals/${quorum.body.id}`)).body;
    expect(quorumResult.outcome).toBe("no_quorum");
    expect(quorumResult.result).toMatchObject({ quorumNeeded: 3, turnout: 2, quorumMet: false });
  });

  it("opens a scheduled proposal at its time with the electorate of that moment, limited to chosen roles", async () => {
    const { org, people } = await association(3);
    const treasurer = await makePerson(api.db);
    await addMember(api.db, org, treasurer, "treasurer");
    const opensAt = inSeconds(30);
    const res = await propose(org.slug, people[0] as TestPerson, { opensAt, electorateRoles: ["steward", "treasurer"] });
    expect(res.body.status).toBe("scheduled");
    const early = await vote(res.body.id, treasurer, { answer: "yes" });
    expect(early.status).toBe(409);
    await advanceClock(api.db, 31);
    const open = await api.call("GET", `/api/proposals/${res.body.id}`);
    expect(open.body).toMatchObject({ status: "open", electorateSize: 2 });
    expect((await vote(res.body.id, treasurer, { answer: "yes" })).status).toBe(200);
    expect((await vote(res.body.id, people[1] as TestPerson, { answer: "yes" })).status).toBe(403);
    const waiting = await api.call("GET", `/api/proposals?awaiting=me`, { as: people[0]?.token });
    expect(waiting.body.items.map((p: { id: string }) => p.id)).toContain(res.body.id);
    const done = await api.call("GET", `/api/proposals?awaiting=me`, { as: treasurer.token });
    expect(done.body.items.map((p: { id: string }) => p.id)).not.toContain(res.body.id);
  });
});

describe("in the language asked for", () => {
  const FRENCH = { "accept-language": "fr-FR,fr;q=0.9" };

  it("refuses a ballot, and an unknown proposal, in French when asked", async () => {
    const { org, people } = await association(2);
    const consent = await propose(org.slug, people[0] as TestPerson, { method: "consent" });
    const path = `/api/proposals/${consent.body.id}/vote`;
    const english = await api.call("PUT", path, { as: people[1]?.token, body: { answer: "object" } });
    expect(english.body).toMatchObject({
      detail: "An objection must give a reason.",
      errors: [{ path: "body.reason", message: "An objection must give a reason." }],
    });
    const french = await api.call("PUT", path, { as: people[1]?.token, body: { answer: "object" }, headers: FRENCH });
    expect(french.body).toMatchObject({
      detail: "Une objection doit être motivée.",
      errors: [{ path: "body.reason", message: "Une objection doit être motivée." }],
    });
    const badStatus = await api.call("GET", "/api/proposals?status=open,maybe", { headers: FRENCH });
    expect(badStatus.body.errors).toEqual([
      { path: "query.status", message: "Utilisez scheduled, open, closed, cancelled, séparés par des virgules." },
    ]);
    const missing = `/api/proposals/${crypto.randomUUID()}`;
    expect((await api.call("GET", missing)).body.detail).toBe("The proposal was not found.");
    expect((await api.call("GET", missing, { headers: FRENCH })).body.detail).toBe("Proposition introuvable.");
  });

  it("explains a closed result in French, written from its numbers even when its stored sentences are older", async () => {
    const { org, people } = await association(3);
    const res = await propose(org.slug, people[0] as TestPerson, { quorumPercent: 50 });
    for (const [i, p] of people.entries()) await vote(res.body.id, p, { answer: i === 1 ? "no" : "yes" });
    await advanceClock(api.db, 61);
    await settleDue(api.db);
    const inEnglish = [
      "Majority vote: the proposal passes if more members vote yes than no, provided at least 2 of the 3 eligible members take part (quorum 50%).",
      "3 of 3 took part; quorum met.",
      "Yes 2, no 1, abstain 0.",
      "Passed: 2 yes votes outnumber 1 no vote.",
    ];
    const inFrench = [
      "Vote à la majorité : la proposition est adoptée si plus de membres votent oui que non, à condition que la participation atteigne au moins 2 des 3 membres appelés à voter (quorum de 50 %).",
      "Participation : 3 sur 3 ; quorum atteint.",
      "Oui 2, non 1, abstention 0.",
      "Adoptée : 2 votes oui l’emportent sur 1 vote non.",
    ];
    const shown = (headers: Record<string, string> = {}) => api.call("GET", `/api/proposals/${res.body.id}`, { headers });
    expect((await shown()).body.result.explanation).toEqual(inEnglish);
    expect((await shown(FRENCH)).body.result).toMatchObject({ outcome: "passed", answers: { yes: 2, no: 1 }, explanation: inFrench });
    // A result stored with other sentences (as before they were translated) is still explained from its numbers.
    await api.database.exec(`alter table proposals disable trigger proposals_guard;
      update proposals set result = jsonb_set(result, '{explanation}', '["An older sentence."]') where id = '${res.body.id}';
      alter table proposals enable trigger proposals_guard;`);
    expect((await shown(FRENCH)).body.result.explanation).toEqual(inFrench);
    expect((await shown()).body.result.explanation).toEqual(inEnglish);
  });

  it("writes a ranked count's round notes, and a live tally, in French", async () => {
    const { org, people } = await association(3);
    const ranked = await propose(org.slug, people[0] as TestPerson, { method: "ranked", options: ["Tour", "Fraiseuse", "Four"] });
    const rankings = [[0], [1], [2, 1]];
    for (const [i, p] of people.entries()) await vote(ranked.body.id, p, { options: rankings[i] });
    const live = (await api.call("GET", `/api/proposals/${ranked.body.id}`, { headers: FRENCH })).body.liveTally;
    expect(live.explanation.at(-1)).toBe("Retenue : « Fraiseuse », après 2 tours.");
    expect(live.rounds[0].note).toBe(
      "Aucune option n’a plus de la moitié des 3 bulletins encore comptés (2 requis). « Tour », « Fraiseuse » et « Four » sont à égalité avec le moins de voix (1 chacune) : la règle de départage s’applique. Aucun tour précédent ne permet de les départager : « Four », placée plus loin dans la proposition, est éliminée.",
    );
    const english = (await api.call("GET", `/api/proposals/${ranked.body.id}`)).body.liveTally;
    expect(english.rounds[1].note).toBe('"Fraiseuse" has 2 of the 3 ballots still in the count, more than half, and is chosen.');
  });
});
