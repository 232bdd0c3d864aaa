/**
 * The federation test (issue 16): one public activity of an organization followed by 10,000 remote actors spread
 * over 200 remote instances, delivered with shared inboxes, against a receiving server started here
 * (federation-receiver.ts: it stands for the 200 instances, at http://127.0.0.1:<port>/inbox/<n>).
 *
 * - Delivery: a member posts a need on the organization (`POST /api/organizations/{slug}/needs`, Bearer); the server
 *   writes its public `need.posted` row; the outbox log reader (src/modules/federation/outbox.ts, every second) hands
 *   it to Fedify, which expands the followers, keeps one inbox per shared inbox, and queues the deliveries in
 *   `federation_queue`. Each post is timed from the request's start until the receiver has the Announce in all 200
 *   shared inboxes, then the queue is left to drain before the next; the first post is on a server that has delivered
 *   nothing yet. The receiver counts every delivery, repeat and malformed request.
 * - The creating request: before each of those posts, the same post on an organization nobody follows, each on a quiet
 *   server (queue empty). Delivery is queued, never inline: the two should not differ.
 * - For information, under load: a burst of posts on the followed organization, and posts on the other one while their
 *   deliveries run (what a busy outbox costs the other requests), against the quiet ones.
 *
 * The server must be started with FEDERATION_ALLOW_PRIVATE_ADDRESSES=1 (run.ts does): Fedify refuses to deliver to
 * loopback otherwise.
 */
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { API_TOKEN_PREFIX, randomToken, sha256 } from "../src/modules/accounts/secrets.ts";
import { type CpuShares, freePort, sampleCpu, startChild, stopChild, waitForHttp } from "./processes.ts";

/** The federation test's targets (issue 16). */
export const FEDERATION_TARGETS = {
  /** Every shared inbox has the activity within this many seconds of the request's start. */
  deliverySeconds: 30,
  /**
   * "No slower than without federation": the followed organization's median post over the unfollowed one's, at most
   * this — an allowance for noise on a shared machine. Anything done inline would show far above it: expanding
   * 10,000 followers takes tens of milliseconds, 200 signed POSTs seconds, against a post of about 10 ms.
   */
  latencyRatioP50: 1.25,
};

export interface FederationSize {
  followers: number;
  /** Remote instances: the followers are spread evenly over their shared inboxes. */
  inboxes: number;
  /** Posts on each organization in the quiet comparison (each followed post delivered and drained before the next). */
  requests: number;
  /** Followed posts made back to back for the test under load (for information); 0 leaves it out. */
  burst: number;
}

export interface FederationData {
  slug: string;
  organizationId: string;
  quietSlug: string;
  token: string;
  receiverUrl: string;
}

interface ReceiverActivity {
  deliveries: number;
  inboxes: number;
  duplicates: number;
  firstAt: number;
  lastNewInboxAt: number;
  lastAt: number;
}
interface ReceiverCounts {
  deliveries: number;
  malformed: number;
  unexpected: number;
  lastAt: number;
  perInbox: number[];
  problems: string[];
  activities: Record<string, ReceiverActivity>;
}

export interface DeliveryRun {
  /** The creating request, ms. */
  requestMs: number;
  /** From the request's start to the last of the shared inboxes' first delivery, s (null: not all reached in time). */
  allInboxesSeconds: number | null;
  /** From the request's start to the first delivery, s. */
  firstDeliverySeconds: number | null;
  /** Distinct shared inboxes that received it, deliveries and repeats (an inbox given it again), once the queue drained. */
  inboxes: number;
  deliveries: number;
  duplicates: number;
  /** The server's and PostgreSQL's CPU from the request until all inboxes had it (% of one core). */
  cpu: CpuShares;
}

export interface LatencySide {
  ms: number[];
  p50: number;
  p99: number;
  mean: number;
}

export interface LatencyComparison {
  requests: number;
  followed: LatencySide;
  unfollowed: LatencySide;
  /** followed p50 / unfollowed p50, and the same for p99. */
  ratioP50: number;
  ratioP99: number;
}

export interface FederationResult {
  followers: number;
  inboxes: number;
  /** Each followed post of the quiet comparison, delivered and drained before the next; the first on a server that had delivered nothing. */
  deliveries: {
    runs: DeliveryRun[];
    firstSeconds: number | null;
    p50Seconds: number | null;
    maxSeconds: number | null;
    firstInboxP50Seconds: number | null;
    deliveries: number;
    expectedDeliveries: number;
    duplicates: number;
  };
  /** The creating request, each post made on a quiet server (nothing being delivered). */
  latency: LatencyComparison;
  /** For information: requests on the unfollowed organization while the deliveries of a burst of followed posts run. */
  underLoad: {
    /** Followed posts made back to back. */
    posts: number;
    /** The unfollowed organization's posts meanwhile, and on a quiet server (the quiet comparison's). */
    meanwhile: LatencySide;
    quiet: LatencySide;
    ratioP50: number;
    ratioP99: number;
    deliveries: number;
    expectedDeliveries: number;
    duplicates: number;
    /** From the last post until the queue was empty, s, and deliveries per second over the whole. */
    deliverySeconds: number;
    deliveriesPerSecond: number;
  } | null;
  receiver: { deliveries: number; malformed: number; unexpected: number; problems: string[]; perInboxMin: number; perInboxMax: number };
  loadSeconds: number;
  targets: typeof FEDERATION_TARGETS;
  failures: string[];
  pass: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A poster (a person with an API token, steward of both organizations), the followed organization with its
 * remote followers (accepted, as a Follow that the server accepted leaves them), and the organization nobody follows.
 */
export async function loadFederation(db: pg.Client, size: FederationSize, receiverUrl: string): Promise<FederationData> {
  const personId = randomUUID();
  const token = `${API_TOKEN_PREFIX}${randomToken()}`;
  const organizationId = randomUUID();
  const quietId = randomUUID();
  const slug = "bench-federated";
  const quietSlug = "bench-unfederated";
  await db.query("begin");
  await db.query(
    `insert into people (id, handle, name, email, password_hash)
     values ($1, 'federation-poster', 'Federation Poster', 'federation-poster@bench.invalid', '!no-password')`,
    [personId],
  );
  await db.query(`insert into api_tokens (person_id, name, token_hash, prefix) values ($1, 'bench', $2, $3)`, [
    personId,
    sha256(token),
    token.slice(0, 8),
  ]);
  await db.query(
    `insert into organizations (id, slug, name, kind, description, join_policy, created_by)
     values ($1, $3, 'Bench Federated Commons', 'community', 'Followed from 200 instances.', 'open', $5),
            ($2, $4, 'Bench Unfederated Commons', 'community', 'Followed by nobody elsewhere.', 'open', $5)`,
    [organizationId, quietId, slug, quietSlug, personId],
  );
  await db.query(
    `insert into memberships (organization_id, person_id, role, status)
     values ($1, $3, 'steward', 'active'), ($2, $3, 'steward', 'active')`,
    [organizationId, quietId, personId],
  );
  // Follower i lives on instance i mod 200: each instance's shared inbox stands for its 50 followers.
  await db.query(
    `insert into remote_followers (actor_id, follower_uri, handle, name, inbox, shared_inbox, follow_id, status)
     select $1::uuid, $2 || '/users/' || i, '@user' || i || '@' || $3, 'Remote User ' || i,
            $2 || '/users/' || i || '/inbox', $2 || '/inbox/' || (i % $5), $2 || '/follows/' || i, 'accepted'
     from generate_series(0, $4 - 1) as i`,
    [organizationId, receiverUrl, new URL(receiverUrl).host, size.followers, size.inboxes],
  );
  await db.query("commit");
  await db.query("analyze remote_followers");
  return { slug, organizationId, quietSlug, token, receiverUrl };
}

async function receiverCounts(receiverUrl: string): Promise<ReceiverCounts> {
  const res = await fetch(`${receiverUrl}/count`, { signal: AbortSignal.timeout(10_000) });
  return (await res.json()) as ReceiverCounts;
}

/** Waits until the outbox log reader has read every activity row (a row it has not read yet would be delivered later). */
async function outboxCaughtUp(db: pg.Client, timeoutMs: number) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const { rows } = await db.query<{ behind: boolean }>(
      `select exists (select 1 from activities a, federation_progress p where (a.xact, a.id) > (p.xact, p.activity_id)) as behind`,
    );
    if (!rows[0]?.behind) return;
    if (performance.now() > deadline) throw new Error("the federation outbox did not catch up with the activity log");
    await sleep(100);
  }
}

/** Waits until the outbox has read the log and the queue is empty: every delivery made (or given up). */
async function drained(db: pg.Client, timeoutMs: number) {
  const deadline = performance.now() + timeoutMs;
  await outboxCaughtUp(db, timeoutMs);
  for (;;) {
    const { rows } = await db.query<{ n: number }>("select count(*)::int as n from federation_queue");
    if (!rows[0]?.n) return;
    if (performance.now() > deadline) throw new Error(`the federation queue still holds ${rows[0].n} messages`);
    await sleep(100);
  }
}

/** Posts a need on `slug`; its time (ms) and the new need's id. */
async function postNeed(serverUrl: string, slug: string, token: string, title: string): Promise<{ ms: number; id: string }> {
  const started = performance.now();
  const res = await fetch(`${serverUrl}/api/organizations/${slug}/needs`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ type: "need", title, body: "Two people for an afternoon, **tools provided**." }),
  });
  const body = (await res.json()) as { id?: string };
  const ms = performance.now() - started;
  if (res.status !== 201 || !body.id) throw new Error(`posting a need on ${slug} answered ${res.status}: ${JSON.stringify(body)}`);
  return { ms, id: body.id };
}

/** The Announce's id for a need's public row, as the receiver keys it (the path: the origin is the server's). */
async function announcePath(db: pg.Client, needId: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `select id::text from activities where verb = 'need.posted' and object_type = 'need' and object_id = $1`,
    [needId],
  );
  if (!rows[0]) throw new Error(`no need.posted row for need ${needId}`);
  return `/ap/activities/${rows[0].id}`;
}

const ofActivity = (c: ReceiverCounts, path: string) => Object.entries(c.activities).find(([id]) => id.endsWith(path))?.[1];

/** One post on the followed organization, timed until all its followers' shared inboxes have it, then drained. */
async function deliverOnce(
  db: pg.Client,
  serverUrl: string,
  d: FederationData,
  size: FederationSize,
  title: string,
  serverPid: number,
  database: string,
): Promise<DeliveryRun> {
  const cpu = sampleCpu(serverPid, database);
  const startedAt = Date.now();
  const { ms: requestMs, id } = await postNeed(serverUrl, d.slug, d.token, title);
  const path = await announcePath(db, id);
  const deadline = performance.now() + 120_000;
  let seen: ReceiverActivity | undefined;
  while (performance.now() < deadline) {
    seen = ofActivity(await receiverCounts(d.receiverUrl), path);
    if (seen && seen.inboxes >= size.inboxes) break;
    await sleep(50);
  }
  const shares = cpu();
  const all = !!seen && seen.inboxes >= size.inboxes;
  await drained(db, 120_000);
  const final = ofActivity(await receiverCounts(d.receiverUrl), path);
  return {
    requestMs,
    allInboxesSeconds: all && seen ? (seen.lastNewInboxAt - startedAt) / 1000 : null,
    firstDeliverySeconds: seen ? (seen.firstAt - startedAt) / 1000 : null,
    inboxes: final?.inboxes ?? 0,
    deliveries: final?.deliveries ?? 0,
    duplicates: final?.duplicates ?? 0,
    cpu: shares,
  };
}

function side(ms: number[]): LatencySide {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  const round = (x: number) => Math.round(x * 10) / 10;
  return { ms: ms.map(round), p50: round(at(0.5)), p99: round(at(0.99)), mean: round(ms.reduce((s, x) => s + x, 0) / ms.length) };
}

function comparison(followedMs: number[], unfollowedMs: number[]): LatencyComparison {
  const followed = side(followedMs);
  const unfollowed = side(unfollowedMs);
  return {
    requests: followedMs.length,
    followed,
    unfollowed,
    ratioP50: Math.round((100 * followed.p50) / unfollowed.p50) / 100,
    ratioP99: Math.round((100 * followed.p99) / unfollowed.p99) / 100,
  };
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : null;
};

/**
 * The quiet comparison: `requests` times, a post on the organization nobody follows, then one on the followed
 * organization, timed until all its inboxes have it and drained. Each post starts on a quiet server (the queue empty,
 * 200 ms after the last request), so the two differ only by what the request itself does.
 */
async function quietComparison(
  db: pg.Client,
  serverUrl: string,
  d: FederationData,
  size: FederationSize,
  serverPid: number,
  database: string,
) {
  const unfollowed: number[] = [];
  const runs: DeliveryRun[] = [];
  for (let i = 0; i < size.requests; i++) {
    await drained(db, 120_000);
    await sleep(200);
    unfollowed.push((await postNeed(serverUrl, d.quietSlug, d.token, `Quiet need ${i + 1}`)).ms);
    await sleep(200);
    runs.push(await deliverOnce(db, serverUrl, d, size, `Hands for clean-up ${i + 1}`, serverPid, database));
  }
  return {
    runs,
    latency: comparison(
      runs.map((r) => r.requestMs),
      unfollowed,
    ),
  };
}

/**
 * For information, requests while deliveries run: `burst` posts on the followed organization back to back (each one
 * 200 deliveries), then, from the first delivery until the queue is empty, posts on the unfollowed organization one at
 * a time, 50 ms apart: what a busy outbox costs the other requests, against the quiet ones.
 */
async function underLoad(db: pg.Client, serverUrl: string, d: FederationData, size: FederationSize, quiet: LatencySide) {
  await drained(db, 120_000);
  const before = await receiverCounts(d.receiverUrl);
  const paths: string[] = [];
  const started = performance.now();
  for (let i = 0; i < size.burst; i++) {
    const r = await postNeed(serverUrl, d.slug, d.token, `Burst need ${i + 1}`);
    paths.push(await announcePath(db, r.id));
  }
  const posted = performance.now();
  while ((await receiverCounts(d.receiverUrl)).deliveries === before.deliveries) {
    if (performance.now() - posted > 60_000) throw new Error("no delivery within 60 s of the burst");
    await sleep(20);
  }
  const during: number[] = [];
  for (let i = 0; i < 2_000; i++) {
    const { rows } = await db.query<{ n: number }>("select count(*)::int as n from federation_queue");
    if (!rows[0]?.n) break;
    during.push((await postNeed(serverUrl, d.quietSlug, d.token, `Meanwhile need ${i + 1}`)).ms);
    await sleep(50);
  }
  await drained(db, 900_000);
  const done = performance.now();
  const after = await receiverCounts(d.receiverUrl);
  const mine = paths.map((p) => ofActivity(after, p));
  const meanwhile = side(during);
  return {
    posts: size.burst,
    meanwhile,
    quiet,
    ratioP50: Math.round((100 * meanwhile.p50) / quiet.p50) / 100,
    ratioP99: Math.round((100 * meanwhile.p99) / quiet.p99) / 100,
    deliveries: mine.reduce((s, a) => s + (a?.deliveries ?? 0), 0),
    expectedDeliveries: size.burst * size.inboxes,
    duplicates: mine.reduce((s, a) => s + (a?.duplicates ?? 0), 0),
    deliverySeconds: Math.round(done - posted) / 1000,
    deliveriesPerSecond: Math.round((after.deliveries - before.deliveries) / ((done - started) / 1000)),
  };
}

function verdict(r: Omit<FederationResult, "failures" | "pass">, c: ReceiverCounts): string[] {
  const failures: string[] = [];
  const d = r.deliveries;
  const late = d.runs.filter((x) => x.allInboxesSeconds === null);
  if (late.length) failures.push(`${late.length} posts did not reach all ${r.inboxes} inboxes within 120 s`);
  if (d.maxSeconds !== null && d.maxSeconds >= r.targets.deliverySeconds) {
    failures.push(`a delivery took ${d.maxSeconds.toFixed(1)} s ≥ ${r.targets.deliverySeconds} s`);
  }
  if (d.deliveries !== d.expectedDeliveries || d.duplicates) {
    failures.push(`${d.deliveries} of ${d.expectedDeliveries} deliveries, ${d.duplicates} repeated`);
  }
  const l = r.latency;
  if (l.ratioP50 > r.targets.latencyRatioP50) {
    failures.push(`creating request p50 ${l.followed.p50} ms > ${r.targets.latencyRatioP50} × ${l.unfollowed.p50} ms without followers`);
  }
  const b = r.underLoad;
  if (b && (b.deliveries !== b.expectedDeliveries || b.duplicates)) {
    failures.push(`burst: ${b.deliveries} of ${b.expectedDeliveries} deliveries, ${b.duplicates} repeated`);
  }
  if (c.malformed || c.unexpected) failures.push(`${c.malformed} malformed and ${c.unexpected} unexpected requests at the receiver`);
  return failures;
}

const secs = (x: number | null) => (x === null ? "—" : `${x.toFixed(2)} s`);
const sideText = (s: LatencySide) => `p50 ${s.p50} ms, p99 ${s.p99} ms (mean ${s.mean})`;

/** What the run prints: the deliveries, the latency comparisons, the receiver's counts. */
export function renderFederation(r: FederationResult): string {
  const d = r.deliveries;
  const first = d.runs[0];
  const cpuApp = median(d.runs.map((x) => x.cpu.app));
  const cpuPg = median(d.runs.map((x) => x.cpu.pg));
  const l = r.latency;
  const b = r.underLoad;
  return [
    `federation: one public activity to ${r.followers.toLocaleString("en")} followers on ${r.inboxes} instances (shared inboxes) — target < ${r.targets.deliverySeconds} s, ` +
      `creating request p50 ≤ ${r.targets.latencyRatioP50} × without followers: ${r.pass ? "met" : `NOT MET (${r.failures.join("; ")})`}`,
    `  delivery, ${d.runs.length} posts one at a time: all ${r.inboxes} inboxes after ${secs(d.firstSeconds)} for the first (nothing delivered before, request ${first?.requestMs.toFixed(0)} ms), ` +
      `p50 ${secs(d.p50Seconds)}, max ${secs(d.maxSeconds)}; first inbox after ${secs(d.firstInboxP50Seconds)} (p50); ` +
      `${d.deliveries.toLocaleString("en")} of ${d.expectedDeliveries.toLocaleString("en")} deliveries, ${d.duplicates} repeated; server CPU meanwhile ${cpuApp}%, PostgreSQL ${cpuPg}% (p50)`,
    `  creating request on a quiet server, ${l.requests} posts each: with 10,000 followers ${sideText(l.followed)}; without ${sideText(l.unfollowed)}; ratio p50 ${l.ratioP50}, p99 ${l.ratioP99}`,
    ...(b
      ? [
          `  under load (info): ${b.posts} followed posts back to back, ${b.deliveries.toLocaleString("en")} of ${b.expectedDeliveries.toLocaleString("en")} deliveries, ${b.duplicates} repeated, ` +
            `the last ${b.deliverySeconds.toFixed(1)} s after the last post (${b.deliveriesPerSecond} deliveries/s); meanwhile ${b.meanwhile.ms.length} posts without followers: ` +
            `${sideText(b.meanwhile)}, against ${sideText(b.quiet)} on a quiet server (× ${b.ratioP50} p50, × ${b.ratioP99} p99)`,
        ]
      : []),
    `  receiver: ${r.receiver.deliveries.toLocaleString("en")} deliveries (${r.receiver.perInboxMin}–${r.receiver.perInboxMax} per inbox), ` +
      `${r.receiver.malformed} malformed, ${r.receiver.unexpected} unexpected${r.receiver.problems.length ? ` (${r.receiver.problems.slice(0, 3).join("; ")})` : ""}`,
  ].join("\n");
}

/** The whole test: the receiver started, the organizations loaded, the quiet comparison with its deliveries, then under load. */
export async function benchFederation(
  db: pg.Client,
  serverUrl: string,
  serverPid: number,
  database: string,
  root: string,
  size: FederationSize,
  log: (msg: string) => void,
): Promise<FederationResult> {
  const port = await freePort();
  const receiverUrl = `http://127.0.0.1:${port}`;
  const receiver = startChild("receiver", ["bench/federation-receiver.ts"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), INBOXES: String(size.inboxes) },
  });
  try {
    await waitForHttp(receiver, `${receiverUrl}/count`);
    const loadStart = performance.now();
    // Whatever earlier tests logged is read first: a row still unread when the followers arrive would be delivered too.
    await outboxCaughtUp(db, 600_000);
    const d = await loadFederation(db, size, receiverUrl);
    const loadSeconds = Math.round(performance.now() - loadStart) / 1000;
    // The organization's keys, made the first time its actor is asked for (accepting the follows would have made them).
    const actor = await fetch(`${serverUrl}/ap/actors/${d.organizationId}`, { headers: { accept: "application/activity+json" } });
    if (!actor.ok) throw new Error(`the organization's actor answered ${actor.status}`);
    await actor.arrayBuffer();
    log(`receiver pid ${receiver.pid} at ${receiverUrl}; ${size.followers.toLocaleString("en")} followers loaded in ${loadSeconds} s`);
    const quiet = await quietComparison(db, serverUrl, d, size, serverPid, database);
    const loaded = size.burst > 0 ? await underLoad(db, serverUrl, d, size, quiet.latency.unfollowed) : null;
    const c = await receiverCounts(receiverUrl);
    const times = quiet.runs.map((x) => x.allInboxesSeconds).filter((x) => x !== null);
    const result = {
      followers: size.followers,
      inboxes: size.inboxes,
      deliveries: {
        runs: quiet.runs,
        firstSeconds: quiet.runs[0]?.allInboxesSeconds ?? null,
        p50Seconds: median(times),
        maxSeconds: times.length ? Math.max(...times) : null,
        firstInboxP50Seconds: median(quiet.runs.map((x) => x.firstDeliverySeconds).filter((x) => x !== null)),
        deliveries: quiet.runs.reduce((s, x) => s + x.deliveries, 0),
        expectedDeliveries: quiet.runs.length * size.inboxes,
        duplicates: quiet.runs.reduce((s, x) => s + x.duplicates, 0),
      },
      latency: quiet.latency,
      underLoad: loaded,
      receiver: {
        deliveries: c.deliveries,
        malformed: c.malformed,
        unexpected: c.unexpected,
        problems: c.problems,
        perInboxMin: Math.min(...c.perInbox),
        perInboxMax: Math.max(...c.perInbox),
      },
      loadSeconds,
      targets: FEDERATION_TARGETS,
    };
    const failures = verdict(result, c);
    return { ...result, failures, pass: failures.length === 0 };
  } finally {
    await stopChild(receiver);
  }
}
