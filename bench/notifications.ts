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

export interface OpeningLatency {
  /** The opening request's time, each round, with the electorate's "decision opened" notifications turned off. */
  offMs: number[];
  /** The same, on: each request sent while the fan-out of the one before writes its 100,000 notifications. */
  onMs: number[];
}

async function openDecision(serverUrl: string, a: AssociationData, title: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${serverUrl}/api/organizations/${a.slug}/proposals`, {
    method: "POST",
    headers: { authorization: `Bearer ${a.voterTokens[1]}`, "content-type": "application/json" },
    body: JSON.stringify({ title, method: "majority", closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString() }),
  });
  const ms = performance.now() - started;
  if (res.status !== 201) throw new Error(`opening a decision answered ${res.status}: ${await res.text()}`);
  return ms;
}

/** Waits until the fan-out worker has read the whole activity log. */
async function fanOutIdle(db: pg.Client, timeoutMs = 120_000) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const { rows } = await db.query<{ behind: boolean }>(
      `select exists (select 1 from activities a, notification_progress p where (a.xact, a.id) > (p.xact, p.activity_id)) as behind`,
    );
    if (!rows[0]?.behind) return;
    if (performance.now() > deadline) throw new Error("the fan-out worker did not catch up");
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The request that opens a decision in the association, timed with notifications off (every member
 * has turned "decision opened" off: the worker reads the row and writes nothing) and on (it writes
 * 100,000 notifications after each). The requests follow each other at once, so "on" also pays for
 * whatever the fan-out of the one before costs the database meanwhile.
 */
export async function benchOpeningLatency(db: pg.Client, serverUrl: string, a: AssociationData, rounds = 4): Promise<OpeningLatency> {
  const electorate = `select m.person_id from memberships m join organizations o on o.id = m.organization_id
                      where o.slug = $1 and m.status = 'active'`;
  await db.query(
    `insert into notification_preferences (person_id, kind, delivery) select person_id, 'decision_opened', 'off' from (${electorate}) e
     on conflict (person_id, kind) do update set delivery = 'off'`,
    [a.slug],
  );
  await fanOutIdle(db);
  const offMs: number[] = [];
  for (let i = 0; i < rounds; i++) offMs.push(await openDecision(serverUrl, a, `Quiet decision ${i + 1}`));
  await fanOutIdle(db);
  await db.query(`delete from notification_preferences where kind = 'decision_opened' and person_id in (${electorate})`, [a.slug]);
  const onMs: number[] = [];
  for (let i = 0; i < rounds; i++) onMs.push(await openDecision(serverUrl, a, `Told decision ${i + 1}`));
  await fanOutIdle(db);
  return { offMs, onMs };
}
