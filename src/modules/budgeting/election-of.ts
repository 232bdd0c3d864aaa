import { and, asc, eq, sql } from "drizzle-orm";
import { rowsOf } from "../../db/rows.ts";
import type { Executor } from "../../db/types.ts";
import { minorDigits } from "../ledger/money.ts";
import type { Call } from "./calls.ts";
import { districtsOf } from "./calls.ts";
import type { Election } from "./rules/election.ts";
import { pbProjects } from "./schema.ts";

/**
 * A call's vote as the rules read it: its eligible projects (by id) with their costs and districts, and
 * its ballots (empty ones too: a voter who approved nothing still holds a share of the budget) grouped by identical choices in the database, so a vote of 60,000 ballots arrives as the
 * few thousand distinct ones with their counts.
 */
export async function electionOf(tx: Executor, call: Call): Promise<{ election: Election; ballots: number }> {
  const projects = await tx
    .select({ id: pbProjects.id, cost: pbProjects.cost, district: pbProjects.districtId })
    .from(pbProjects)
    .where(and(eq(pbProjects.callId, call.id), eq(pbProjects.status, "eligible")))
    .orderBy(asc(pbProjects.number));
  const grouped = await rowsOf<{ projects: string[]; points: number[] | null; count: number }>(
    tx,
    sql`select projects, points, count(*)::int as count from (
          select b.id,
                 coalesce(array_agg(c.project_id::text order by c.rank nulls last, c.project_id) filter (where c.project_id is not null), '{}') as projects,
                 case when bool_or(c.points is not null)
                   then array_agg(c.points order by c.rank nulls last, c.project_id) filter (where c.project_id is not null) end as points
          from pb_ballots b
          left join (pb_ballot_choices c join pb_projects p on p.id = c.project_id and p.status = 'eligible') on c.ballot_id = b.id
          where b.call_id = ${call.id}
          group by b.id) ballot
        group by projects, points`,
  );
  const districts = await districtsOf(tx, call.id);
  const election: Election = {
    budget: Number(call.budget),
    // Add1 raises endowments one currency unit at a time.
    currencyUnit: 10 ** minorDigits(call.currency),
    voteType: call.ballotType,
    projects: projects.map((p) => ({ id: p.id, cost: Number(p.cost), district: p.district })),
    ballots: grouped.map((g) => ({ projects: g.projects, points: g.points, count: g.count })),
    districts: districts.length ? districts.map((d) => ({ id: d.id, budget: Number(d.budget) })) : undefined,
  };
  return { election, ballots: grouped.reduce((s, g) => s + g.count, 0) };
}
