import { createHash, createHmac, randomBytes } from "node:crypto";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { integrityProblem } from "../../db/errors.ts";
import { preparedSql } from "../../db/prepared.ts";
import type { Db, Executor } from "../../db/types.ts";
import { writtenAt } from "../../db/written-at.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { recordActivities, recordActivity } from "../activity/service.ts";
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

/** What a ballot is checked against: the call's limits (the ones Pabulib records), its districts and the named projects. */
export interface BallotContext {
  rules: Pick<Call, "ballotType" | "minProjects" | "maxProjects" | "maxCost" | "totalPoints" | "maxPointsPerProject">;
  districts: { id: string; name: string }[];
  projects: { id: string; number: string; status: string; districtId: string | null; cost: bigint }[];
}

/**
 * Checks a ballot against its call's limits and turns project numbers into ids. Every refusal names the
 * field; nothing has been written yet.
 */
export function checkBallot(context: BallotContext, body: BallotBody): { choices: Choice[]; districtId: string | null } {
  const { rules: call, districts } = context;
  let districtId: string | null = null;
  if (districts.length) {
    const d = districts.find((x) => x.name === body.district);
    if (!body.district) throw AppError.validation("body.district", t("districtNeeded"));
    if (!d) throw AppError.validation("body.district", t("noDistrict", { name: body.district }));
    districtId = d.id;
  } else if (body.district) throw AppError.validation("body.district", t("noDistrict", { name: body.district }));

  const byNumber = new Map(context.projects.map((r) => [r.number, r]));
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

interface ContextRow {
  call: Record<string, unknown> | null;
  districts: { id: string; name: string }[];
  projects: { id: string; number: string; status: string; district_id: string | null; cost: string }[];
  registered: boolean;
}

/**
 * The call, its districts, the named projects and whether the voter holds a place on its register: one
 * query, which also takes the voter's lock on their ballot in this call (held until commit). Two ballots
 * of one voter so run one after the other, and the second's writing statement, begun after the first
 * committed, sees what it wrote: a statement's snapshot is taken when it starts, and the ballot row's own
 * lock would come too late for that (within the writing statement, or not at all for a first ballot).
 */
const contextStatement = () => sql`
  select to_jsonb(c) as call,
         coalesce((select jsonb_agg(jsonb_build_object('id', d.id, 'name', d.name) order by d.position) from pb_districts d where d.call_id = c.id), '[]') as districts,
         coalesce((select jsonb_agg(jsonb_build_object('id', p.id, 'number', p.number, 'status', p.status, 'district_id', p.district_id, 'cost', p.cost::text))
                   from pb_projects p where p.call_id = c.id and p.number = any(${sql.placeholder("numbers")}::text[])), '[]') as projects,
         exists (select 1 from pb_register r where r.call_id = c.id and r.claimed_by = ${sql.placeholder("voter")}::uuid) as registered
  from pb_calls c
  cross join lateral (select pg_advisory_xact_lock(hashtextextended(c.id::text || ${sql.placeholder("voter")}::text, 0))) voter_lock
  where c.slug = ${sql.placeholder("slug")}`;

async function ballotContext(tx: Executor, slug: string, voterId: string, body: BallotBody) {
  const [row] = await preparedSql<ContextRow>(tx, "pb_ballot_context", contextStatement).execute({
    slug,
    voter: voterId,
    numbers: body.projects.map((p) => p.project),
  });
  if (!row?.call) throw AppError.notFound(t("call"));
  const c = row.call;
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  const call = {
    id: String(c.id),
    organizationId: String(c.organization_id),
    slug: String(c.slug),
    title: String(c.title),
    imported: c.pabulib_meta !== null,
    voters: String(c.voters),
    submissionOpens: new Date(String(c.submission_opens)),
    reviewOpens: new Date(String(c.review_opens)),
    votingOpens: new Date(String(c.voting_opens)),
    votingCloses: new Date(String(c.voting_closes)),
    implementationOpens: new Date(String(c.implementation_opens)),
  };
  const context: BallotContext = {
    rules: {
      ballotType: c.ballot_type as Call["ballotType"],
      minProjects: num(c.min_projects),
      maxProjects: num(c.max_projects),
      maxCost: c.max_cost === null ? null : BigInt(String(c.max_cost)),
      totalPoints: num(c.total_points),
      maxPointsPerProject: num(c.max_points_per_project),
    },
    districts: row.districts,
    projects: row.projects.map((p) => ({ id: p.id, number: p.number, status: p.status, districtId: p.district_id, cost: BigInt(p.cost) })),
  };
  return { call, context, registered: row.registered };
}

/**
 * The ballot's rows in one statement (after the voter's lock, see contextStatement): the ballot inserted or
 * its change time bumped; the choices it no longer makes deleted and the new ones inserted (one kept keeps
 * its row, with its new points or rank); and the voter's own activity row, which names the call, never the
 * choices, and which only the voter reads (taking part is theirs to tell).
 */
const writeStatement = () => sql`
  with ballot as (
    insert into pb_ballots (call_id, voter_id, district_id) values (${sql.placeholder("call")}::uuid, ${sql.placeholder("voter")}::uuid, ${sql.placeholder("district")}::uuid)
    on conflict (call_id, voter_id) do update set district_id = excluded.district_id, updated_at = triarchy_written_at()
    returning id
  ), wanted as (
    select * from jsonb_to_recordset(${sql.placeholder("choices")}::jsonb) as w(project_id uuid, points int, rank smallint)
  ), gone as (
    delete from pb_ballot_choices c using ballot
    where c.ballot_id = ballot.id and c.project_id not in (select project_id from wanted)
  ), chosen as (
    insert into pb_ballot_choices (ballot_id, call_id, project_id, points, rank)
    select ballot.id, ${sql.placeholder("call")}::uuid, w.project_id, w.points, w.rank from ballot, wanted w
    on conflict (ballot_id, project_id) do update set points = excluded.points, rank = excluded.rank
  ), logged as (
    insert into activities (actor_id, verb, object_type, object_id, organization_id, visibility, audience, data)
    values (${sql.placeholder("voter")}::uuid, 'ballot.cast', 'pb_call', ${sql.placeholder("call")}::uuid, ${sql.placeholder("organization")}::uuid,
            'private', array[${sql.placeholder("voter")}::uuid], jsonb_build_object('call', ${sql.placeholder("slug")}::text, 'title', ${sql.placeholder("title")}::text))
  )
  select id from ballot`;

/**
 * Casts or changes one's ballot while voting is open: one query reads what the ballot is checked
 * against (and queues the voter's other ballots), one statement writes it. Concurrent ballots of one
 * voter: one row, the last write's choices.
 */
export async function castBallot(db: Db, actor: Actor | null, slug: string, body: BallotBody) {
  const me = authorizeSignedIn(actor);
  return db.transaction(async (tx) => {
    const { call, context, registered } = await ballotContext(tx, slug, me.id, body);
    if (call.imported) throw AppError.conflict(t("importedCall"));
    requirePhase(call, ["voting"], "voting");
    if (call.voters === "register" && !registered) throw AppError.forbidden(t("registerOnly"));
    const { choices, districtId } = checkBallot(context, body);
    try {
      const [ballot] = await preparedSql<{ id: string }>(tx, "pb_ballot_write", writeStatement).execute({
        call: call.id,
        voter: me.id,
        district: districtId,
        choices: JSON.stringify(choices.map((c) => ({ project_id: c.projectId, points: c.points, rank: c.rank }))),
        organization: call.organizationId,
        slug: call.slug,
        title: call.title,
      });
      if (!ballot) throw new Error("the ballot's statement returned no ballot");
      return { slug: call.slug, ballotId: ballot.id, choices: choices.length };
    } catch (err) {
      throw integrityProblem(err, BALLOT_CONSTRAINTS) ?? err;
    }
  });
}

/** The context of a stack of paper ballots (the reviewer's call, already read): the projects any of them names. */
async function paperContext(tx: Executor, call: Call, bodies: BallotBody[]): Promise<BallotContext> {
  const numbers = [...new Set(bodies.flatMap((b) => b.projects.map((p) => p.project)))];
  const projects = numbers.length
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
  return { rules: call, districts: await districtsOf(tx, call.id), projects };
}

/** A paper ballot, entered by the body's reviewers during voting, marked as paper and numbered. */
export async function enterPaperBallot(db: Db, actor: Actor | null, slug: string, body: PaperBallotBody) {
  const { call, entered } = await enterPaperBallots(db, actor, slug, [body]);
  const [one] = entered;
  if (!one) throw new Error("no paper ballot was entered");
  return { call, ...one };
}

/**
 * A stack of paper ballots entered at once (a counting session's tally), all or none: each is checked
 * as a single one is, then the stack is written in three statements, with one activity row per ballot.
 */
export async function enterPaperBallots(db: Db, actor: Actor | null, slug: string, bodies: PaperBallotBody[]) {
  return db.transaction(async (tx) => {
    const { call, standing } = await callContext(tx, actor, slug);
    const me = authorizeReview(actor, standing);
    if (call.pabulibMeta) throw AppError.conflict(t("importedCall"));
    requirePhase(call, ["voting"], "entering a paper ballot");
    const context = await paperContext(tx, call, bodies);
    const checked = bodies.map((body) => ({ reference: body.reference, ...checkBallot(context, body) }));
    try {
      const ballots = await tx
        .insert(pbBallots)
        .values(checked.map((b) => ({ callId: call.id, reference: b.reference, paper: true, enteredBy: me.id, districtId: b.districtId })))
        .returning({ id: pbBallots.id, reference: pbBallots.reference });
      const idOf = new Map(ballots.map((b) => [b.reference, b.id]));
      const ballotId = (reference: string) => {
        const id = idOf.get(reference);
        if (!id) throw new Error(`paper ballot ${reference} was not written`);
        return id;
      };
      const choices = checked.flatMap((b) => b.choices.map((c) => ({ ...c, ballotId: ballotId(b.reference), callId: call.id })));
      if (choices.length) await tx.insert(pbBallotChoices).values(choices);
      await recordActivities(
        tx,
        checked.map((b) => ({
          actorId: me.id,
          verb: "ballot.paper_entered",
          objectType: "pb_call",
          objectId: call.id,
          organizationId: call.organizationId,
          data: { call: call.slug, reference: b.reference },
        })),
      );
      return { call, entered: checked.map((b) => ({ ballotId: ballotId(b.reference), choices: b.choices.length })) };
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
