import { createHash, createHmac, randomBytes } from "node:crypto";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { integrityProblem } from "../../db/errors.ts";
import type { Db, Executor } from "../../db/types.ts";
import { writtenAt } from "../../db/written-at.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { recordActivity } from "../activity/service.ts";
import { type Call, callContext, districtsOf, findCall, requirePhase } from "./calls.ts";
import type { BallotBody, PaperBallotBody } from "./inputs.ts";
import { t } from "./messages.ts";
import { authorizeReview, authorizeRunCalls, authorizeSignedIn } from "./policy.ts";
import { pbBallotChoices, pbBallots, pbProjects, pbRegister } from "./schema.ts";

type Choice = { projectId: string; points: number | null; rank: number | null };

const BALLOT_CONSTRAINTS = {
  pb_ballots_voting_open: { path: "path.slug", message: t("votingClosed") },
  pb_ballot_choices_in_voting: { path: "path.slug", message: t("votingClosed") },
  pb_ballots_reference_key: { path: "body.reference", message: t("paperTaken") },
};

/**
 * Checks a ballot against its call's limits (the ones Pabulib records) and turns project numbers into
 * ids. Every refusal names the field; nothing has been written yet.
 */
export async function checkBallot(tx: Executor, call: Call, body: BallotBody): Promise<{ choices: Choice[]; districtId: string | null }> {
  const districts = await districtsOf(tx, call.id);
  let districtId: string | null = null;
  if (districts.length) {
    const d = districts.find((x) => x.name === body.district);
    if (!body.district) throw AppError.validation("body.district", t("districtNeeded"));
    if (!d) throw AppError.validation("body.district", t("noDistrict", { name: body.district }));
    districtId = d.id;
  } else if (body.district) throw AppError.validation("body.district", t("noDistrict", { name: body.district }));

  const numbers = body.projects.map((p) => p.project);
  const rows = numbers.length
    ? await tx
        .select({
          id: pbProjects.id,
          number: pbProjects.number,
          status: pbProjects.status,
          districtId: pbProjects.districtId,
          cost: pbProjects.cost,
        })
        .from(pbProjects)
        .where(and(eq(pbProjects.callId, call.id), inArray(pbProjects.number, numbers)))
    : [];
  const byNumber = new Map(rows.map((r) => [r.number, r]));
  const seen = new Set<string>();
  let cost = 0n;
  let points = 0;
  const choices: Choice[] = [];
  for (const [i, c] of body.projects.entries()) {
    const path = `body.projects.${i}`;
    const p = byNumber.get(c.project);
    if (!p) throw AppError.validation(`${path}.project`, t("noProject", { number: c.project }));
    if (seen.has(p.id)) throw AppError.validation(`${path}.project`, t("twice", { number: c.project }));
    seen.add(p.id);
    if (p.status !== "eligible") throw AppError.validation(`${path}.project`, t("notEligible", { number: c.project }));
    if (districtId && p.districtId !== districtId) throw AppError.validation(`${path}.project`, t("otherDistrict", { number: c.project }));
    if (call.ballotType === "cumulative" || call.ballotType === "scoring") {
      if (c.points === undefined) throw AppError.validation(`${path}.points`, t("pointsNeeded"));
      if (call.maxPointsPerProject && c.points > call.maxPointsPerProject) {
        throw AppError.validation(`${path}.points`, t("overPointsPerProject", { max: call.maxPointsPerProject }));
      }
      points += c.points;
    } else if (c.points !== undefined) throw AppError.validation(`${path}.points`, t("noPoints"));
    cost += p.cost;
    choices.push({ projectId: p.id, points: c.points ?? null, rank: call.ballotType === "ordinal" ? i + 1 : null });
  }
  const n = choices.length;
  if (call.ballotType === "choose-1" && n !== 1) throw AppError.validation("body.projects", t("chooseOne"));
  if (call.minProjects !== null && n < call.minProjects) throw AppError.validation("body.projects", t("tooFew", { min: call.minProjects }));
  if (call.maxProjects !== null && n > call.maxProjects)
    throw AppError.validation("body.projects", t("tooMany", { max: call.maxProjects }));
  if (call.maxCost !== null && cost > call.maxCost) {
    throw AppError.validation("body.projects", t("overCost", { cost: String(cost), max: String(call.maxCost) }));
  }
  if (call.totalPoints !== null && points > call.totalPoints) {
    throw AppError.validation("body.projects", t("overPoints", { total: points, max: call.totalPoints }));
  }
  return { choices, districtId };
}

/** Replaces a ballot's choices (the ballot row's lock, taken by its upsert, queues two writes of one ballot). */
async function writeChoices(tx: Executor, call: Call, ballotId: string, choices: Choice[]) {
  await tx.delete(pbBallotChoices).where(eq(pbBallotChoices.ballotId, ballotId));
  if (choices.length) await tx.insert(pbBallotChoices).values(choices.map((c) => ({ ...c, ballotId, callId: call.id })));
}

/** May this person vote in this call? A register call needs a claimed place. */
async function requireVoter(tx: Executor, call: Call, personId: string) {
  if (call.voters !== "register") return;
  const [place] = await tx
    .select({ c: pbRegister.callId })
    .from(pbRegister)
    .where(and(eq(pbRegister.callId, call.id), eq(pbRegister.claimedBy, personId)));
  if (!place) throw AppError.forbidden(t("registerOnly"));
}

/**
 * Casts or changes one's ballot while voting is open. Concurrent ballots of one voter meet at the
 * (call, voter) unique key: one row, the last write's choices.
 */
export async function castBallot(db: Db, actor: Actor | null, slug: string, body: BallotBody) {
  const me = authorizeSignedIn(actor);
  return db.transaction(async (tx) => {
    const call = await findCall(tx, slug);
    if (call.pabulibMeta) throw AppError.conflict(t("importedCall"));
    requirePhase(call, ["voting"], "voting");
    await requireVoter(tx, call, me.id);
    const { choices, districtId } = await checkBallot(tx, call, body);
    try {
      const [ballot] = await tx
        .insert(pbBallots)
        .values({ callId: call.id, voterId: me.id, districtId })
        .onConflictDoUpdate({ target: [pbBallots.callId, pbBallots.voterId], set: { districtId, updatedAt: writtenAt } })
        .returning({ id: pbBallots.id, createdAt: pbBallots.createdAt, updatedAt: pbBallots.updatedAt });
      if (!ballot) throw new Error("upsert returned no ballot");
      await writeChoices(tx, call, ballot.id, choices);
      // The voter's own record: it names the call, never the choices, and only its voter reads it (taking
      // part is theirs to tell).
      await recordActivity(tx, {
        actorId: me.id,
        verb: "ballot.cast",
        objectType: "pb_call",
        objectId: call.id,
        organizationId: call.organizationId,
        visibility: "private",
        audience: [me.id],
        data: { call: call.slug, title: call.title },
      });
      return { call, ballotId: ballot.id, choices: choices.length };
    } catch (err) {
      throw integrityProblem(err, BALLOT_CONSTRAINTS) ?? err;
    }
  });
}

/** A paper ballot, entered by the body's reviewers during voting, marked as paper and numbered. */
export async function enterPaperBallot(db: Db, actor: Actor | null, slug: string, body: PaperBallotBody) {
  return db.transaction(async (tx) => {
    const { call, standing } = await callContext(tx, actor, slug);
    const me = authorizeReview(actor, standing);
    if (call.pabulibMeta) throw AppError.conflict(t("importedCall"));
    requirePhase(call, ["voting"], "entering a paper ballot");
    const { choices, districtId } = await checkBallot(tx, call, body);
    try {
      const [ballot] = await tx
        .insert(pbBallots)
        .values({ callId: call.id, reference: body.reference, paper: true, enteredBy: me.id, districtId })
        .returning({ id: pbBallots.id });
      if (!ballot) throw new Error("insert returned no ballot");
      await writeChoices(tx, call, ballot.id, choices);
      await recordActivity(tx, {
        actorId: me.id,
        verb: "ballot.paper_entered",
        objectType: "pb_call",
        objectId: call.id,
        organizationId: call.organizationId,
        data: { call: call.slug, reference: body.reference },
      });
      return { call, ballotId: ballot.id, choices: choices.length };
    } catch (err) {
      throw integrityProblem(err, BALLOT_CONSTRAINTS) ?? err;
    }
  });
}

/** One's own ballot in a call (null before voting), as project numbers in the order given. */
export async function myBallot(db: Executor, actor: Actor | null, slug: string) {
  const me = authorizeSignedIn(actor);
  const call = await findCall(db, slug);
  const [ballot] = await db
    .select({ id: pbBallots.id, updatedAt: pbBallots.updatedAt, districtId: pbBallots.districtId })
    .from(pbBallots)
    .where(and(eq(pbBallots.callId, call.id), eq(pbBallots.voterId, me.id)));
  if (!ballot) return { call, ballot: null };
  const choices = await db
    .select({ number: pbProjects.number, points: pbBallotChoices.points, rank: pbBallotChoices.rank })
    .from(pbBallotChoices)
    .innerJoin(pbProjects, eq(pbProjects.id, pbBallotChoices.projectId))
    .where(eq(pbBallotChoices.ballotId, ballot.id))
    .orderBy(sql`${pbBallotChoices.rank} nulls last`, pbProjects.number);
  const districts = await districtsOf(db, call.id);
  return {
    call,
    ballot: { updatedAt: ballot.updatedAt, district: districts.find((d) => d.id === ballot.districtId)?.name ?? null, choices },
  };
}

/** Number of ballots cast in a call (public: turnout). */
export async function ballotCount(db: Executor, callId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(pbBallots).where(eq(pbBallots.callId, callId));
  return row?.n ?? 0;
}

/** The register's keyed hash of an identifier: the identifiers themselves are never stored. */
function identifierHash(callId: string, identifier: string) {
  return createHmac("sha256", callId).update(identifier.trim().toLowerCase()).digest("hex");
}
const codeHash = (code: string) => createHash("sha256").update(code.trim().toUpperCase()).digest("hex");
const newCode = () => randomBytes(6).toString("hex").toUpperCase();

/**
 * The body's stewards upload the register of eligible voters. Each new identifier gets a one-time
 * code, returned once (to be sent to that resident); identifiers already on the register keep theirs.
 */
export async function uploadRegister(db: Db, actor: Actor | null, slug: string, identifiers: string[]) {
  return db.transaction(async (tx) => {
    const { call, standing } = await callContext(tx, actor, slug);
    const me = authorizeRunCalls(actor, standing);
    if (call.voters !== "register") throw AppError.conflict(t("signedInCall"));
    requirePhase(call, ["draft", "submission", "review", "voting"], "changing the register");
    const unique = [...new Set(identifiers.map((i) => i.trim()))];
    const rows = unique.map((identifier) => ({ identifier, code: newCode() }));
    const added: { identifier: string; code: string }[] = [];
    for (let i = 0; i < rows.length; i += 5000) {
      const chunk = rows.slice(i, i + 5000);
      const inserted = await tx
        .insert(pbRegister)
        .values(chunk.map((r) => ({ callId: call.id, identifierHash: identifierHash(call.id, r.identifier), codeHash: codeHash(r.code) })))
        .onConflictDoNothing()
        .returning({ identifierHash: pbRegister.identifierHash });
      const fresh = new Set(inserted.map((r) => r.identifierHash));
      added.push(...chunk.filter((r) => fresh.has(identifierHash(call.id, r.identifier))));
    }
    await recordActivity(tx, {
      actorId: me.id,
      verb: "call.register_uploaded",
      objectType: "pb_call",
      objectId: call.id,
      organizationId: call.organizationId,
      data: { call: call.slug, added: added.length },
    });
    return { added, alreadyThere: unique.length - added.length };
  });
}

/** A signed-in person claims one place on the register with its code; a code serves once. */
export async function claimPlace(db: Db, actor: Actor | null, slug: string, code: string) {
  const me = authorizeSignedIn(actor);
  return db.transaction(async (tx) => {
    const call = await findCall(tx, slug);
    if (call.voters !== "register") throw AppError.conflict(t("signedInCall"));
    const [mine] = await tx
      .select({ c: pbRegister.callId })
      .from(pbRegister)
      .where(and(eq(pbRegister.callId, call.id), eq(pbRegister.claimedBy, me.id)));
    if (mine) throw AppError.conflict(t("alreadyClaimed"));
    const claimed = await tx
      .update(pbRegister)
      .set({ claimedBy: me.id, claimedAt: writtenAt })
      .where(and(eq(pbRegister.callId, call.id), eq(pbRegister.codeHash, codeHash(code)), isNull(pbRegister.claimedBy)))
      .returning({ c: pbRegister.callId })
      .catch((err) => {
        throw integrityProblem(err, { pb_register_claimed_key: { path: "body.code", message: t("alreadyClaimed") } }) ?? err;
      });
    if (!claimed.length) throw AppError.validation("body.code", t("badCode"));
    return { claimed: true };
  });
}
