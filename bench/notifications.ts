/**
 * The notifications tests on the bench association (load-association.ts):
 * - the unread count of a member with 10,000 unread notifications (loaded here), at 50 connections;
 * - a decision opened in the association of 100,000 members: the request's latency, and how long the
 *   server's fan-out worker takes to write the 100,000 members' notifications after it commits.
 */
import type pg from "pg";
import type { AssociationData } from "./load-association.ts";

/** The member whose bell the unread test reads (voter 4: voters 2 and 3 are the treasurers). */
export const UNREAD_VOTER = 3;
export const UNREAD_COUNT = 10_000;

/** 10,000 activities about the association, each told to one member, unread. */
export async function loadUnread(db: pg.Client, a: AssociationData): Promise<void> {
  await db.query(
    `with person as (select id from people where handle = $2),
          org as (select id from organizations where slug = $3),
          logged as (
            insert into activities (actor_id, verb, object_type, object_id, organization_id, data)
            select null, 'organization.updated', 'organization', org.id, org.id, '{}'::jsonb from org, generate_series(1, $1)
            returning id)
     insert into notifications (person_id, activity_id, kind)
     select person.id, logged.id, 'followed' from person, logged`,
    [UNREAD_COUNT, `member-${UNREAD_VOTER + 1}`, a.slug],
  );
}

export interface FanOutResult {
  electorate: number;
  requestMs: number;
  fanOutSeconds: number;
  told: number;
}

/** Opens a decision as a member, then waits until every elector has been told of its opening. */
export async function benchFanOut(db: pg.Client, serverUrl: string, a: AssociationData, timeoutMs = 120_000): Promise<FanOutResult> {
  const started = performance.now();
  const res = await fetch(`${serverUrl}/api/organizations/${a.slug}/proposals`, {
    method: "POST",
    headers: { authorization: `Bearer ${a.voterTokens[0]}`, "content-type": "application/json" },
    body: JSON.stringify({
      title: "Open the workshop on Sundays",
      method: "majority",
      closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    }),
  });
  const requestMs = performance.now() - started;
  const body = (await res.json()) as { id?: string; electorateSize?: number };
  if (res.status !== 201 || !body.id) throw new Error(`opening the decision answered ${res.status}: ${JSON.stringify(body)}`);
  const electorate = body.electorateSize ?? 0;
  let told = 0;
  while (performance.now() - started < timeoutMs) {
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from notifications n join activities x on x.id = n.activity_id
       where x.object_id = $1 and x.verb = 'proposal.opened'`,
      [body.id],
    );
    told = rows[0]?.n ?? 0;
    if (told >= electorate - 1) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { electorate, requestMs, fanOutSeconds: (performance.now() - started) / 1000, told };
}
