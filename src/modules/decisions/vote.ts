import { eq, sql } from "drizzle-orm";
import { constraintOf, pgError } from "../../db/errors.ts";
import { prepared, preparedSql } from "../../db/prepared.ts";
import type { Db } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { activities } from "../activity/schema.ts";
import type { VoteBody } from "./inputs.ts";
import { isDue, settle } from "./lifecycle.ts";
import { t } from "./messages.ts";
import { authorizeVoter } from "./policy.ts";
import { proposals, votes } from "./schema.ts";
import { ballotProblem } from "./tally.ts";

/** What casting a vote needs to know of its proposal. Fixed once voting opens, so open ones are kept in memory. */
interface Terms {
  id: string;
  organizationId: string;
  title: string;
  method: (typeof proposals.$inferSelect)["method"];
  optionCount: number;
  scoreMax: number | null;
  ballot: "public" | "secret";
  status: (typeof proposals.$inferSelect)["status"];
  opensAt: Date;
  closesAt: Date;
}

const openTerms = new Map<string, Terms>();
const MAX_KEPT = 2_000;

async function termsOf(db: Db, id: string): Promise<Terms | undefined> {
  const kept = openTerms.get(id);
  if (kept) return kept;
  const lookup = prepared(db, "proposal_terms", () =>
    db
      .select({
        id: proposals.id,
        organizationId: proposals.organizationId,
        title: proposals.title,
        method: proposals.method,
        optionCount: sql<number>`cardinality(${proposals.options})`,
        scoreMax: proposals.scoreMax,
        ballot: proposals.ballot,
        status: proposals.status,
        opensAt: proposals.opensAt,
        closesAt: proposals.closesAt,
      })
      .from(proposals)
      .where(eq(proposals.id, sql.placeholder("id")))
      .prepare("proposal_terms"),
  );
  const [terms] = await lookup.execute({ id });
  if (terms?.status === "open") {
    if (openTerms.size >= MAX_KEPT) openTerms.delete(openTerms.keys().next().value as string);
    openTerms.set(id, terms);
  }
  return terms;
}

/** The database's checks a vote can fail (a check constraint, the voting-window trigger), as the refusal each stands for. */
const VOTE_CHECKS: Record<string, () => AppError> = {
  votes_reason: () => AppError.validation("body.reason", t("reasonNeeded")),
  votes_window: () => AppError.conflict(t("votingNotOpen")),
};

export interface CastVote {
  answer: string | null;
  options: number[] | null;
  scores: number[] | null;
  reason: string | null;
  changes: number;
  castAt: string;
  updatedAt: string;
}

/**
 * The vote and its activity row, as one named prepared statement (every vote runs it: PostgreSQL
 * plans it once per connection). Ballot arrays travel as array literals cast to smallint[].
 */
const voteStatement = () => sql`
  with cast_vote as (
    insert into ${votes} as v (proposal_id, person_id, answer, options, scores, reason)
    values (${sql.placeholder("proposal")}::uuid, ${sql.placeholder("person")}::uuid, ${sql.placeholder("answer")}::text,
            ${sql.placeholder("options")}::smallint[], ${sql.placeholder("scores")}::smallint[], ${sql.placeholder("reason")}::text)
    on conflict (proposal_id, person_id) do update
      set answer = excluded.answer, options = excluded.options, scores = excluded.scores, reason = excluded.reason,
          changes = v.changes + 1, updated_at = now()
    returning v.answer, v.options, v.scores, v.reason, v.changes, v.cast_at, v.updated_at
  ), logged as (
    insert into ${activities} (actor_id, verb, object_type, object_id, organization_id, data)
    select ${sql.placeholder("person")}::uuid, case when changes = 0 then 'vote.cast' else 'vote.changed' end, 'proposal',
           ${sql.placeholder("proposal")}::uuid, ${sql.placeholder("organization")}::uuid, ${sql.placeholder("data")}::jsonb
    from cast_vote
    -- A secret ballot shows only that the person voted, once: never that they changed their vote.
    where ${sql.placeholder("logChanges")}::boolean or changes = 0
  )
  select answer, options, scores, reason, changes, cast_at::text as "castAt", updated_at::text as "updatedAt" from cast_vote`;

/**
 * Casts or changes the actor's vote. One statement writes the vote and its activity row: the primary
 * key keeps one vote per member however many requests race, the foreign key to the frozen electorate
 * refuses anyone outside it, and the window trigger refuses votes before opening or after closing.
 */
export async function castVote(db: Db, actor: Actor | null, id: string, body: VoteBody): Promise<CastVote> {
  const me = authorizeVoter(actor);
  let terms = await termsOf(db, id);
  if (!terms) throw AppError.notFound(t("proposal"));
  if (isDue(terms)) {
    await db.transaction((tx) => settle(tx, id));
    openTerms.delete(id);
    terms = await termsOf(db, id);
    if (!terms) throw AppError.notFound(t("proposal"));
  }
  if (terms.status !== "open") {
    const why =
      terms.status === "scheduled"
        ? t("votingOpensAt", { at: terms.opensAt.toISOString() })
        : t("votesNoLongerTaken", { status: terms.status });
    throw AppError.conflict(why);
  }
  const ballot = { answer: body.answer ?? null, options: body.options ?? null, scores: body.scores ?? null, reason: body.reason ?? null };
  const problem = ballotProblem(terms.method, terms.optionCount, terms.scoreMax ?? undefined, ballot);
  if (problem) throw AppError.validation(`body.${problem.field}`, problem.message);

  const secret = terms.ballot === "secret";
  const shown = secret ? {} : { answer: ballot.answer, options: ballot.options, scores: ballot.scores };
  const smallints = (xs: number[] | null) => (xs ? `{${xs.join(",")}}` : null);
  try {
    const [row] = await preparedSql<CastVote & { castAt: string; updatedAt: string }>(db, "vote_cast", voteStatement).execute({
      proposal: id,
      person: me.id,
      answer: ballot.answer,
      options: smallints(ballot.options),
      scores: smallints(ballot.scores),
      reason: ballot.reason,
      organization: terms.organizationId,
      data: JSON.stringify({ title: terms.title, ...shown }),
      logChanges: !secret,
    });
    if (!row) throw new Error("vote returned no row");
    return { ...row, castAt: new Date(row.castAt).toISOString(), updatedAt: new Date(row.updatedAt).toISOString() };
  } catch (err) {
    const e = pgError(err);
    if (e?.code === "23503") throw AppError.forbidden(t("notAnElector"));
    const refusal = e?.code === "23514" ? VOTE_CHECKS[constraintOf(e) ?? ""] : undefined;
    throw refusal ? refusal() : err;
  }
}

/** Forgets kept terms (tests that reuse ids across databases, and closing). */
export const forgetTerms = (id?: string) => (id ? openTerms.delete(id) : openTerms.clear());
