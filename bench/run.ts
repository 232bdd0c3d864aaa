/**
 * `npm run bench`: the real server on PostgreSQL against a bare Hono + pg endpoint, in one run.
 *
 *   1. drop and create the bench database; start `node bin/triarchy.mjs serve` (which migrates)
 *   2. bulk-load organizations, memberships, people and API tokens; VACUUM ANALYZE
 *   3. bulk-load the commons tests' data (load-commons.ts): a 5,000-revision document, two ~200 KB
 *      revisions, a million accepted contributions; VACUUM ANALYZE (skipped when BENCH_ONLY names none of them)
 *   4. bulk-load the association tests' data (load-association.ts): 100,000 members, open proposals with
 *      100,000 votes, a million transactions in the association's books; VACUUM ANALYZE (skipped when
 *      BENCH_ONLY names none of them)
 *   5. the coalition tests' set-up (coalition.ts): the association stewards the commons, with a value
 *      equation over its million contributions from 10,000 people
 *   6. bulk-load the shared-resources tests' data (load-sharing.ts): a library with 1,279 units, a million
 *      past bookings and half a million loans; VACUUM ANALYZE (skipped when BENCH_ONLY names none of them)
 *   6b. load the participatory-budget tests' data (load-budgets.ts): a call open for voting, and a closed call of
 *      20,000 ballots whose results are computed once and stored (skipped when BENCH_ONLY names none of them)
 *   7. start bench/bare.ts, the machine's limit
 *   8. autocannon each endpoint (warm-up, then BENCH_DURATION seconds at 50 connections, or the
 *      test's own light concurrency for the diff, the credit report, the tallies and the books);
 *      stream the hledger export once, sampling the server's RSS; time `triarchy import git` over a
 *      generated 50,000-commit repository (import-git.ts; kept in /tmp between runs)
 *   8b. federation (federation.ts): one public activity of an organization with 10,000 remote followers on 200
 *      instances (a receiving server started here, federation-receiver.ts), timed until every shared inbox has it;
 *      the creating request with and without followers
 *   9. the participatory-budget rules (pb-rules.ts) in a child process: parsing, greedy and the Method of
 *      Equal Shares on two generated votes; no server involved (BENCH_ONLY=pb-rules runs only this)
 *  10. report req/s, p50/p99, ratio to bare and the server's RSS; write bench/results/latest.json
 *
 * Settings: BENCH_DATABASE_URL (a database on the server to connect to for CREATE DATABASE),
 * BENCH_DURATION (s, default 10), BENCH_WARMUP (s, default 2), BENCH_CONNECTIONS (default 50),
 * BENCH_KEEP=1 keeps the bench database afterwards. For investigations: BENCH_ONLY=profile,join
 * runs only those tests (and the bare reference); BENCH_SERVER_NODE_ARGS adds node flags to the
 * server child (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { BUDGET_TESTS, ballotCounts, budgetScenarios } from "./budgets.ts";
import { COALITION_TESTS, coalitionScenarios, prepareDistributions } from "./coalition.ts";
import { benchFederation, type FederationResult, type FederationSize, renderFederation } from "./federation.ts";
import { benchGitImport, GIT_IMPORT_COMMITS, type GitImportResult } from "./import-git.ts";
import { type AssociationData, loadAssociation } from "./load-association.ts";
import { loadBudgets } from "./load-budgets.ts";
import { type CommonsData, loadCommons } from "./load-commons.ts";
import { type BenchData, loadData, searchSpread } from "./load-data.ts";
import { loadSharing } from "./load-sharing.ts";
import {
  type Download,
  type DownloadMeasurement,
  download,
  type Measurement,
  measure,
  type RunSettings,
  type Scenario,
} from "./measure.ts";
import {
  benchFanOut,
  benchOpeningLatency,
  type FanOutResult,
  loadUnread,
  type OpeningLatency,
  UNREAD_COUNT,
  UNREAD_VOTER,
} from "./notifications.ts";
import { benchPbRules, type PbRulesResult, renderPbRules } from "./pb-rules.ts";
import { type Child, freePort, killAllSync, machineBusyPct, rssMiB, sampleCpu, startChild, stopAll, waitForHttp } from "./processes.ts";
import { downloadVerdict, errorReport, render, renderDownloads, TARGETS, verdicts, writeJson } from "./report.ts";
import { bookingCounts, SHARING_TESTS, sharingScenarios } from "./sharing.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RESULTS = fileURLToPath(new URL("./results/latest.json", import.meta.url));
const DB_NAME = "triarchy_bench";
/** The generated repository is kept between runs: generating 50,000 commits takes a while and is not what is measured. */
const GIT_REPO_DIR = `/tmp/triarchy-bench-git-${GIT_IMPORT_COMMITS}`;
const SIZE = { organizations: 10_000, memberships: 100_000, people: 20_000, benchPeople: 200, barePeople: 200 };
const COMMONS_SIZE = {
  historyRevisions: 5_000,
  largeDocumentBytes: 200_000,
  largeDocumentEdits: 300,
  contributions: 1_000_000,
  payers: 40,
  years: 3,
};
const COMMONS_TESTS = ["history", "diff", "diff-2", "credit", "propose"];
const ASSOCIATION_SIZE = {
  members: 100_000,
  votes: 100_000,
  voters: 2_000,
  rankedOptions: 8,
  transactions: 1_000_000,
  chunk: 100_000,
  years: 3,
};
const ASSOCIATION_TESTS = ["tally", "tally-ranked", "books", "report", "journal", "vote", "post", "unread", "fanout"];
const BUDGET_SIZE = { projects: 24, ballots: 20_000 };
const SHARING_SIZE = { members: 20_000, borrowers: 100, bookings: 1_000_000, loans: 500_000, upcomingDays: 90, surveyAnswers: 2_000 };
/**
 * The federation test. `requests` (BENCH_FEDERATION_REQUESTS): posts on each organization, each followed one delivered
 * and drained before the next (about 2–4 s a pair here); `burst` (BENCH_FEDERATION_BURST): followed posts back to back
 * for the requests-under-load figure (each is 200 deliveries; the queue drains 90–180 a second here), 0 to leave it out.
 */
const FEDERATION_SIZE: FederationSize = {
  followers: 10_000,
  inboxes: 200,
  requests: Number(process.env.BENCH_FEDERATION_REQUESTS ?? 25),
  burst: Number(process.env.BENCH_FEDERATION_BURST ?? 20),
};
/** The journal export's path on the server (checked in its OpenAPI document before the download). */
const JOURNAL_ROUTE = "/organizations/{slug}/ledger.journal";

const env = process.env;
const baseUrl = env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const benchUrl = (() => {
  const u = new URL(baseUrl);
  u.pathname = `/${DB_NAME}`;
  return u.toString();
})();
const settings: RunSettings = {
  connections: Number(env.BENCH_CONNECTIONS ?? 50),
  duration: Number(env.BENCH_DURATION ?? 10),
  warmup: Number(env.BENCH_WARMUP ?? 2),
};
const keep = env.BENCH_KEEP === "1";
const only = env.BENCH_ONLY ? new Set(["bare", "bare-write", ...env.BENCH_ONLY.split(",").map((k) => k.trim())]) : null;
// The posting test's bare write runs whenever the posting test does: it is that test's reference.
if (only?.has("post")) only.add("bare-post");
if (only?.has("propose")) only.add("bare-propose");
if (only?.has("book")) only.add("bare-book");
if (only?.has("ballot")) only.add("bare-ballot");
/** BENCH_COUNT_QUERIES=1: count the server's round trips to PostgreSQL per request (count-queries.ts); timings of such a run are not comparable. */
const countQueries = env.BENCH_COUNT_QUERIES === "1";
const QUERY_COUNTS_FILE = `/tmp/triarchy-bench-query-counts-${process.pid}.json`;
/**
 * The server runs as `npm start` runs it: Node 24 lets the young generation grow to 64 MiB per
 * semi-space under the burst of allocation that loading the sources makes, and keeps it, which put the
 * idle server at 205–240 MiB; at Node 20's 16 MiB it idles at about 170 MiB, at the same req/s.
 */
const serverNodeArgs = [
  "--max-semi-space-size=16",
  ...(countQueries ? ["--import", fileURLToPath(new URL("./count-queries.ts", import.meta.url))] : []),
  ...(env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? []),
];

const t0 = performance.now();
const phases: Record<string, number> = {};
const elapsed = () => ((performance.now() - t0) / 1000).toFixed(1);
const log = (msg: string) => process.stdout.write(`[${elapsed().padStart(5)} s] ${msg}\n`);
async function phase<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  phases[name] = Math.round(performance.now() - start) / 1000;
  return result;
}

async function withAdmin<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: baseUrl });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}
const dropDatabase = () => withAdmin((c) => c.query(`drop database if exists ${DB_NAME} with (force)`));

const randomOf = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)]!;

/**
 * Each call yields an (organization, person) index pair never used before, so each join is a real 201:
 * consecutive calls go to different organizations and different people.
 */
function freshPairs(organizations: number, people: number) {
  let i = 0;
  return (): [number, number] => {
    if (i >= organizations * people) throw new Error("ran out of fresh (person, organization) pairs; raise SIZE.benchPeople");
    const org = i % organizations;
    const person = (org + Math.floor(i / organizations)) % people;
    i++;
    return [org, person];
  };
}

const readTarget = { ratio: TARGETS.readRatio, p99Ms: TARGETS.p99Ms };

function scenarios(data: BenchData, serverUrl: string, bareUrl: string): Scenario[] {
  return [
    {
      key: "bare",
      label: "bare GET /org/:id",
      baseUrl: bareUrl,
      method: "GET",
      target: null,
      next: () => ({ path: `/org/${randomOf(data.orgIds)}` }),
    },
    {
      key: "bare-write",
      label: "bare POST /join/:org/:person (info)",
      baseUrl: bareUrl,
      method: "POST",
      target: null,
      next: (() => {
        const pair = freshPairs(data.openIds.length, data.barePersonIds.length);
        return () => {
          const [org, person] = pair();
          return { path: `/join/${data.openIds[org]}/${data.barePersonIds[person]}` };
        };
      })(),
    },
    {
      key: "profile",
      label: "GET /api/organizations/{slug}",
      baseUrl: serverUrl,
      method: "GET",
      target: readTarget,
      next: () => ({ path: `/api/organizations/${randomOf(data.slugs)}` }),
    },
    {
      key: "search",
      label: "GET /api/organizations?q=",
      baseUrl: serverUrl,
      method: "GET",
      target: readTarget,
      next: () => ({ path: `/api/organizations?q=${encodeURIComponent(randomOf(data.searchWords))}` }),
    },
    {
      key: "join",
      label: "POST /api/organizations/{slug}/join",
      baseUrl: serverUrl,
      method: "POST",
      target: { ratio: TARGETS.joinRatio, writeRatio: TARGETS.writeRatio, p99Ms: TARGETS.p99Ms },
      writeReference: "bare-write",
      next: (() => {
        const pair = freshPairs(data.openSlugs.length, data.tokens.length);
        return () => {
          const [org, person] = pair();
          return { path: `/api/organizations/${data.openSlugs[org]}/join`, headers: { authorization: `Bearer ${data.tokens[person]}` } };
        };
      })(),
    },
  ];
}

/**
 * The commons tests: a document's history page (half the requests the first page, half a page
 * deep in the 5,000 revisions), the diff of two ~200 KB revisions at light concurrency, "who writes
 * this commons" over a million contributions, and proposing an edit (each request a new text, so a
 * new blob, from one of the 200 bench people in turn).
 */
function commonsScenarios(data: BenchData, c: CommonsData, serverUrl: string, bareUrl: string): Scenario[] {
  const doc = (path: string) => `/api/commons/${c.slug}/documents/${path}`;
  const diff = `${doc(c.largePath)}/diff?from=1&to=2`;
  const smallLines = c.smallContent.split("\n");
  /** The i-th proposal's text: the small document with one line changed, different for every i. */
  const proposed = (i: number, by: string) => {
    const lines = [...smallLines];
    const at = 2 + (i % (lines.length - 3));
    lines[at] = `${lines[at]} Adjusted in ${by} proposal ${i}.`;
    return lines.join("\n");
  };
  let proposals = 0;
  let bareProposals = 0;
  return [
    {
      key: "history",
      label: `GET …/{path}/revisions (${c.historyRevisions.toLocaleString("en")} revisions)`,
      baseUrl: serverUrl,
      method: "GET",
      target: { p99Ms: TARGETS.historyP99Ms },
      next: () => {
        if (Math.random() < 0.5) return { path: `${doc(c.historyPath)}/revisions` };
        const before = 21 + Math.floor(Math.random() * (c.historyRevisions - 20));
        return { path: `${doc(c.historyPath)}/revisions?cursor=${Buffer.from(JSON.stringify([before])).toString("base64url")}` };
      },
    },
    {
      key: "diff",
      label: "GET …/diff, two ~200 KB revisions",
      baseUrl: serverUrl,
      method: "GET",
      connections: 1,
      target: { p99Ms: TARGETS.diffP99Ms },
      next: () => ({ path: diff }),
    },
    {
      key: "diff-2",
      label: "GET …/diff, two ~200 KB revisions",
      baseUrl: serverUrl,
      method: "GET",
      connections: 2,
      target: null,
      next: () => ({ path: diff }),
    },
    {
      key: "credit",
      label: `GET /api/commons/{slug}/credit (${(COMMONS_SIZE.contributions / 1e6).toFixed(0)} M)`,
      baseUrl: serverUrl,
      method: "GET",
      connections: 2,
      target: { p99Ms: TARGETS.creditP99Ms },
      next: () => ({ path: `/api/commons/${c.slug}/credit` }),
    },
    {
      key: "bare-propose",
      label: "bare POST /propose, an edit (info)",
      baseUrl: bareUrl,
      method: "POST",
      target: null,
      next: () => {
        const i = bareProposals++;
        const body = {
          commons: c.ids.commons,
          community: c.ids.community,
          slug: c.slug,
          person: data.barePersonIds[i % data.barePersonIds.length],
          document: c.ids.smallDocument,
          base: c.ids.smallBase,
          title: `Bare proposal ${i}`,
          content: proposed(i, "bare"),
        };
        return { path: "/propose", body: JSON.stringify(body) };
      },
    },
    {
      key: "propose",
      label: "POST /api/commons/{slug}/contributions",
      baseUrl: serverUrl,
      method: "POST",
      target: { ratio: TARGETS.proposeRatio, writeRatio: TARGETS.writeRatio },
      writeReference: "bare-write",
      next: () => {
        const i = proposals++;
        const body = { type: "edit", title: `Bench proposal ${i}`, document: c.smallPath, baseRevision: 1, content: proposed(i, "bench") };
        return {
          path: `/api/commons/${c.slug}/contributions`,
          headers: { authorization: `Bearer ${data.tokens[i % data.tokens.length]}` },
          body: JSON.stringify(body),
        };
      },
    },
  ];
}

/**
 * What the posting test posts, in turn: two postings between accounts of the default chart, eight pairs with no
 * account in common and none with a floor (bank and cash may not go below zero), so entries posted at once queue
 * on a balance row only when they share a pair, as a busy treasury's would.
 */
const POSTING_PAIRS: { kind: string; debit: string; credit: string }[] = [
  { kind: "expense", debit: "expenses:infrastructure", credit: "liabilities:payable" },
  { kind: "expense", debit: "expenses:operations", credit: "liabilities:reimbursements" },
  { kind: "expense", debit: "expenses:events", credit: "liabilities:contributor-pool" },
  { kind: "expense", debit: "expenses:bank-fees", credit: "equity:retained-surplus" },
  { kind: "transfer", debit: "assets:receivable", credit: "income:other" },
  { kind: "grant", debit: "expenses:grants", credit: "equity:opening-balances" },
  { kind: "sponsorship", debit: "expenses:sponsorships", credit: "income:sponsorships" },
  { kind: "reciprocity", debit: "expenses:reciprocity", credit: "income:reciprocity" },
];

/** The i-th entry of a posting test: its pair, amount (minor units), poster and description. */
function postingEntry(a: AssociationData, i: number, prefix: string) {
  const pair = POSTING_PAIRS[i % POSTING_PAIRS.length]!;
  const treasurer = a.treasurers[Math.floor(i / POSTING_PAIRS.length) % a.treasurers.length]!;
  return { ...pair, treasurer, amount: 100 + ((i * 7919) % 100_000), description: `${prefix} ${i}` };
}

/** Today in UTC, as the server's own date for an entry (YYYY-MM-DD). */
const today = () => new Date().toISOString().slice(0, 10);

/**
 * The association tests: the live tally of an open public majority vote and of an open ranked-choice
 * vote, each over 100,000 votes, at one connection; the books' balances and the monthly report over a
 * million transactions at two; the hledger export streamed once; changing a vote, at 50
 * connections, by 2,000 voters in turn (each voter's answer flips between no and yes, so every
 * request changes a vote); and posting a two-posting entry by the two treasurers in turn, against the
 * bare write of the same rows.
 */
function associationScenarios(a: AssociationData, serverUrl: string, bareUrl: string): Scenario[] {
  let votesCast = 0;
  let barePosted = 0;
  let posted = 0;
  return [
    {
      key: "tally",
      label: `GET /api/proposals/{id}, majority, ${(ASSOCIATION_SIZE.votes / 1000).toFixed(0)} k votes`,
      baseUrl: serverUrl,
      method: "GET",
      connections: 1,
      target: { p99Ms: TARGETS.tallyP99Ms },
      next: () => ({ path: `/api/proposals/${a.majorityId}` }),
    },
    {
      key: "tally-ranked",
      label: `GET /api/proposals/{id}, ranked, ${(ASSOCIATION_SIZE.votes / 1000).toFixed(0)} k votes`,
      baseUrl: serverUrl,
      method: "GET",
      connections: 1,
      target: { p99Ms: TARGETS.rankedTallyP99Ms },
      next: () => ({ path: `/api/proposals/${a.rankedId}` }),
    },
    {
      key: "unread",
      label: `GET /api/notifications/unread (${(UNREAD_COUNT / 1000).toFixed(0)} k unread)`,
      baseUrl: serverUrl,
      method: "GET",
      target: { p99Ms: TARGETS.unreadP99Ms },
      next: () => ({ path: "/api/notifications/unread", headers: { authorization: `Bearer ${a.voterTokens[UNREAD_VOTER]}` } }),
    },
    {
      key: "books",
      label: `GET /api/organizations/{slug}/books (${(a.transactions / 1e6).toFixed(0)} M tx)`,
      baseUrl: serverUrl,
      method: "GET",
      connections: 2,
      target: { p99Ms: TARGETS.booksP99Ms },
      next: () => ({ path: `/api/organizations/${a.slug}/books` }),
    },
    {
      key: "report",
      label: `GET …/treasury/report, ${a.firstMonth}…${a.lastMonth}`,
      baseUrl: serverUrl,
      method: "GET",
      connections: 2,
      target: { p99Ms: TARGETS.reportP99Ms },
      next: () => ({ path: `/api/organizations/${a.slug}/treasury/report?from=${a.firstMonth}&to=${a.lastMonth}` }),
    },
    {
      key: "vote",
      label: "PUT /api/proposals/{id}/vote (changes)",
      baseUrl: serverUrl,
      method: "PUT",
      target: { ratio: TARGETS.voteRatio, writeRatio: TARGETS.writeRatio },
      writeReference: "bare-write",
      next: () => {
        const i = votesCast++;
        const voter = i % a.voterTokens.length;
        // Every voter was loaded with a yes: their first request changes it to no, the next back to yes, and so on.
        const answer = Math.floor(i / a.voterTokens.length) % 2 === 0 ? "no" : "yes";
        return {
          path: `/api/proposals/${a.voteId}/vote`,
          headers: { authorization: `Bearer ${a.voterTokens[voter]}` },
          body: JSON.stringify({ answer }),
        };
      },
    },
    {
      key: "bare-post",
      label: "bare POST /post, two postings (info)",
      baseUrl: bareUrl,
      method: "POST",
      target: null,
      next: () => {
        const e = postingEntry(a, barePosted++, "Bare entry");
        const body = {
          book: a.bookId,
          organization: a.organizationId,
          postedBy: e.treasurer.id,
          kind: e.kind,
          date: today(),
          description: e.description,
          debit: a.accountIds[e.debit],
          credit: a.accountIds[e.credit],
          amount: String(e.amount),
        };
        return { path: "/post", body: JSON.stringify(body) };
      },
    },
    {
      key: "post",
      label: "POST /api/organizations/{slug}/transactions",
      baseUrl: serverUrl,
      method: "POST",
      target: { writeRatio: TARGETS.writeRatio },
      writeReference: "bare-post",
      next: () => {
        const e = postingEntry(a, posted++, "Bench entry");
        const body = {
          kind: e.kind,
          date: today(),
          description: e.description,
          postings: [
            { account: e.debit, amount: e.amount, currency: "EUR" },
            { account: e.credit, amount: -e.amount, currency: "EUR" },
          ],
        };
        return {
          path: `/api/organizations/${a.slug}/transactions`,
          headers: { authorization: `Bearer ${e.treasurer.token}` },
          body: JSON.stringify(body),
        };
      },
    },
  ];
}

/** Whether the server has the journal export (another change adds it): its OpenAPI document lists the route. */
async function hasRoute(serverUrl: string, route: string): Promise<boolean> {
  const res = await fetch(`${serverUrl}/api/openapi.json`, { signal: AbortSignal.timeout(10_000) });
  if (!res.ok) return false;
  const doc = (await res.json()) as { paths?: Record<string, unknown> };
  return Object.keys(doc.paths ?? {}).some((p) => p === route || p === `/api${route}`);
}

type Skipped = { key: string; label: string; skipped: string };

/** Which code was measured: the commit, and whether src/ had uncommitted changes (the server runs the working tree). */
function codeVersion() {
  const git = (...args: string[]) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8" }).trim();
  try {
    return {
      commit: git("rev-parse", "--short", "HEAD"),
      uncommittedSrcFiles: git("status", "--porcelain", "--", "src").split("\n").filter(Boolean).length,
    };
  } catch {
    return { commit: "unknown", uncommittedSrcFiles: 0 };
  }
}

/** BENCH_ONLY=pb-rules: the participatory-budget rules need neither server nor database, so nothing else is started. */
async function pbRulesAlone(code: ReturnType<typeof codeVersion>): Promise<boolean> {
  const pbRules = await phase("pb-rules", benchPbRules);
  process.stdout.write(`\n${renderPbRules(pbRules)}\n`);
  writeJson(RESULTS, {
    at: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version },
    code,
    pbRules,
  });
  process.stdout.write(
    `\n${pbRules.pass ? "ALL TARGETS MET" : "SOME TARGETS FAILED"} (partial run, BENCH_ONLY=${env.BENCH_ONLY}) — results in bench/results/latest.json\n`,
  );
  return pbRules.pass;
}

async function main(): Promise<boolean> {
  const code = codeVersion();
  log(`code ${code.commit}${code.uncommittedSrcFiles ? ` + ${code.uncommittedSrcFiles} uncommitted file(s) in src/` : ""}`);
  if (only && [...only].every((k) => k.startsWith("bare") || k === "pb-rules")) return pbRulesAlone(code);
  log(`bench database ${DB_NAME}; ${settings.connections} connections, ${settings.warmup} s warm-up + ${settings.duration} s per endpoint`);
  await phase("create database", async () => {
    await dropDatabase();
    await withAdmin((c) => c.query(`create database ${DB_NAME}`));
  });

  const serverPort = await freePort();
  const serverUrl = `http://127.0.0.1:${serverPort}`;
  let server!: Child;
  await phase("server start + migrations", async () => {
    server = startChild("server", [...serverNodeArgs, "bin/triarchy.mjs", "serve", "--port", String(serverPort)], {
      cwd: ROOT,
      env: {
        ...env,
        DATABASE_URL: benchUrl,
        LOG_LEVEL: "warn",
        WEB_DIST: "/nonexistent/bench-no-web",
        // The federation test delivers to a receiving server on loopback, which Fedify refuses otherwise.
        FEDERATION_ALLOW_PRIVATE_ADDRESSES: "1",
        ...(countQueries ? { BENCH_QUERY_COUNTS: QUERY_COUNTS_FILE } : {}),
      },
    });
    await waitForHttp(server, `${serverUrl}/api/instance`);
  });
  log(`server pid ${server.pid} answering at ${serverUrl}`);

  const db = new pg.Client({ connectionString: benchUrl });
  // Dropping the database at cleanup (also after SIGINT) ends this connection from the server side.
  db.on("error", () => {});
  await db.connect();
  try {
    const data = await phase("data load + analyze", () => loadData(db, SIZE));
    const spread = await searchSpread(db, data.searchWords);
    log(
      `loaded ${JSON.stringify(data.rows)} in ${phases["data load + analyze"]} s; ` +
        `${data.openSlugs.length} open organizations; a search word finds ${spread.min}–${spread.max} organizations (median ${spread.median})`,
    );
    if (data.rows["organizations without an active steward"]) throw new Error("generated data breaks the keep-a-steward rule");
    const needs = (tests: string[]) => !only || tests.some((k) => only.has(k));
    const commons = needs([...COMMONS_TESTS, ...COALITION_TESTS]) ? await phase("commons load + vacuum", () => loadCommonsData(db)) : null;
    if (commons) {
      const e = commons.largeEdits;
      log(
        `loaded the commons ${commons.slug} in ${phases["commons load + vacuum"]} s (${JSON.stringify(commons.seconds)}): ${JSON.stringify(commons.rows)}; ` +
          `${commons.largePath} ${(commons.largeBytes / 1000).toFixed(0)} KB, revision 2 has ${e.changed} changed, ${e.inserted} inserted and ${e.deleted} deleted lines`,
      );
    }
    const association = needs([...ASSOCIATION_TESTS, ...COALITION_TESTS])
      ? await phase("association load + vacuum", () => loadAssociation(db, ASSOCIATION_SIZE))
      : null;
    const coalition = commons && association && needs(COALITION_TESTS) ? { commons, association } : null;
    if (coalition) await phase("coalition set-up", () => prepareDistributions(db, coalition.commons, coalition.association));
    if (association) await phase("notifications load", () => loadUnread(db, association));
    if (association) {
      log(
        `loaded the association ${association.slug} in ${phases["association load + vacuum"]} s (${JSON.stringify(association.seconds)}): ` +
          `${JSON.stringify(association.rows)}; books ${association.firstMonth} … ${association.lastMonth}`,
      );
    }
    const sharing = needs(SHARING_TESTS) ? await phase("sharing load + vacuum", () => loadSharing(db, SHARING_SIZE)) : null;
    if (sharing) {
      log(
        `loaded the library ${sharing.slug} in ${phases["sharing load + vacuum"]} s (${JSON.stringify(sharing.seconds)}): ` +
          `${JSON.stringify(sharing.rows)}; past bookings ${sharing.firstMonth} … ${sharing.lastMonth}`,
      );
    }

    const budgets = needs(BUDGET_TESTS) ? await phase("budgets load", () => loadBudgets(db, BUDGET_SIZE)) : null;
    if (budgets)
      log(
        `loaded the bench city's calls in ${phases["budgets load"]} s (${JSON.stringify(budgets.seconds)}): ${JSON.stringify(budgets.rows)}`,
      );

    const barePort = await freePort();
    const bareUrl = `http://127.0.0.1:${barePort}`;
    const bare = startChild("bare", ["bench/bare.ts"], {
      cwd: ROOT,
      env: { ...env, DATABASE_URL: benchUrl, PORT: String(barePort) },
    });
    await waitForHttp(bare, `${bareUrl}/org/${data.orgIds[0]}`);
    log(`bare endpoint pid ${bare.pid} answering at ${bareUrl}`);

    const idle = rssMiB(server.pid);
    log(`server idle RSS ${idle.rss.toFixed(1)} MiB`);

    const results: Measurement[] = [];
    const queriesPerRequest: Record<string, QueriesPerRequest> = {};
    const joinsBefore = await joinCounts(db);
    const proposalsBefore = commons ? await proposalCounts(db, commons.slug) : null;
    const votesBefore = association ? await voteCounts(db, association.voteId) : null;
    const postsBefore = association ? await postCounts(db, association.bookId) : null;
    const bookingsBefore = sharing ? await bookingCounts(db, sharing) : null;
    const ballotsBefore = budgets ? await ballotCounts(db, budgets) : null;
    const downloads: (DownloadMeasurement | Skipped)[] = [];
    const busy = await machineBusyPct();
    if (busy > 15) log(`!! the machine is already ${busy}% busy (of one core) with other work: figures will be lower and noisier`);
    const journal: Download | null = association
      ? {
          key: "journal",
          label: `GET …/ledger.journal (${(association.transactions / 1e6).toFixed(0)} M tx, streamed)`,
          url: `${serverUrl}/api/organizations/${association.slug}/ledger.journal`,
          // The books are public; a treasurer's token in case the export ever asks for one.
          headers: { authorization: `Bearer ${association.treasurerToken}` },
          expectedEntries: association.transactions,
          targetRssGrowthMiB: TARGETS.journalRssGrowthMiB,
          pid: server.pid,
          timeoutMs: 60_000,
        }
      : null;
    // Every association test, in the order associationScenarios lists them (naming them by position
    // once dropped the last one when a test was added in the middle).
    const associationTests = association ? associationScenarios(association, serverUrl, bareUrl) : [];
    const [bareS, bareWrite, ...reads] = scenarios(data, serverUrl, bareUrl);
    // The download comes first of the server's tests, while the server is idle: its RSS growth is then measured
    // from the same baseline in every run, not from whatever heap the tests before it left.
    const all: (Scenario | Download)[] = [
      bareS!,
      bareWrite!,
      ...(journal ? [journal] : []),
      ...reads,
      ...(commons ? commonsScenarios(data, commons, serverUrl, bareUrl) : []),
      ...associationTests,
      ...(sharing ? sharingScenarios(sharing, data, serverUrl, bareUrl) : []),
      ...(budgets ? budgetScenarios(budgets, data, serverUrl, bareUrl) : []),
      ...(coalition ? coalitionScenarios(coalition.commons, coalition.association, serverUrl) : []),
    ];
    for (const s of all.filter((x) => !only || only.has(x.key))) {
      if ("url" in s) {
        if (!(await hasRoute(serverUrl, JOURNAL_ROUTE))) {
          downloads.push({ key: s.key, label: s.label, skipped: `not available: the server has no ${JOURNAL_ROUTE} route` });
          log(`${s.label.padEnd(46)} not available: the server has no ${JOURNAL_ROUTE} route — skipped`);
          continue;
        }
        const d = await phase(`download ${s.key}`, () => download(s, () => sampleCpu(server.pid, DB_NAME)));
        downloads.push(d);
        log(
          `${s.label.padEnd(46)} ${(d.bytes / 2 ** 20).toFixed(1)} MiB in ${d.seconds.toFixed(1)} s, ${d.entriesPerSecond} entries/s; ` +
            `server RSS ${d.rss.beforeMiB} → max ${d.rss.maxMiB} MiB (+${d.rss.growthMiB})${d.error ? `  !! ${d.error}` : ""}`,
        );
        continue;
      }
      const countedBefore = countQueries && !s.key.startsWith("bare") ? await queryCounts() : null;
      const m = await phase(`load test ${s.key}`, () =>
        measure(s, settings, () => sampleCpu(s.key.startsWith("bare") ? bare.pid : server.pid, DB_NAME)),
      );
      results.push(m);
      if (countedBefore) queriesPerRequest[s.key] = perRequest(countedBefore, await queryCounts());
      const bad = m.non2xx + m.errors + m.warmup.non2xx + m.warmup.errors;
      log(
        `${s.label.padEnd(46)} ${String(m.connections).padStart(2)} conns ${m.rps.toFixed(0).padStart(6)} req/s  p50 ${String(m.latencyMs.p50).padStart(4)} ms  p99 ${String(m.latencyMs.p99).padStart(4)} ms  ${m.requests} requests${bad ? `  !! ${bad} non-2xx/errors` : ""}`,
      );
    }
    // On its own, after the load tests: a decision opened to 100,000 members, and its fan-out.
    let fanOut: (FanOutResult & { pass: boolean; opening: OpeningLatency }) | null = null;
    if (association && (!only || only.has("fanout"))) {
      const r = await phase("fanout", () => benchFanOut(db, serverUrl, association));
      const opening = await phase("fanout-latency", () => benchOpeningLatency(db, serverUrl, association));
      fanOut = { ...r, opening, pass: r.fanOutSeconds < TARGETS.fanOutSeconds && r.told >= r.electorate - 1 };
      const ms = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(", ");
      log(
        `${"decision opened to the association, fan-out".padEnd(46)} request ${r.requestMs.toFixed(0)} ms; ${r.told.toLocaleString("en")} of ${r.electorate.toLocaleString("en")} electors told in ${r.fanOutSeconds.toFixed(1)} s (target < ${TARGETS.fanOutSeconds} s)`,
      );
      log(`${"the same request, notifications off / on".padEnd(46)} off ${ms(opening.offMs)} ms; on ${ms(opening.onMs)} ms`);
    }
    // On its own too: one public activity delivered to 10,000 remote followers over 200 shared inboxes.
    let federation: FederationResult | null = null;
    if (!only || only.has("federation")) {
      const r = await phase("federation", () => benchFederation(db, serverUrl, server.pid, DB_NAME, ROOT, FEDERATION_SIZE, log));
      federation = r;
      log(
        `${"one public activity to 10,000 followers (200 inboxes)".padEnd(46)} all inboxes after ${r.deliveries.firstSeconds?.toFixed(1) ?? "—"} s (first), ` +
          `p50 ${r.deliveries.p50Seconds?.toFixed(1) ?? "—"} s, max ${r.deliveries.maxSeconds?.toFixed(1) ?? "—"} s (target < ${r.targets.deliverySeconds} s); ` +
          `post p50 ${r.latency.followed.p50} ms followed / ${r.latency.unfollowed.p50} ms not`,
      );
    }
    // Last, on its own: the CLI importing a generated 50,000-commit repository into a new commons.
    let gitImport: (GitImportResult & { pass: boolean }) | null = null;
    if (!only || only.has("import-git")) {
      const r = await phase("import-git", () => benchGitImport(benchUrl, GIT_REPO_DIR));
      gitImport = { ...r, pass: r.seconds < TARGETS.gitImportSeconds && r.added === r.commits };
      log(
        `${"triarchy import git (generated repository)".padEnd(46)} ${r.commits.toLocaleString("en")} commits, ${r.added.toLocaleString("en")} added in ${r.seconds.toFixed(1)} s (target < ${TARGETS.gitImportSeconds} s)`,
      );
    }
    // The participatory-budget rules, in a process of their own (no server involved).
    const pbRules: PbRulesResult | null = !only || only.has("pb-rules") ? await phase("pb-rules", benchPbRules) : null;
    const joinsAfter = await joinCounts(db);
    const proposalsAfter = commons ? await proposalCounts(db, commons.slug) : null;
    const votesAfter = association ? await voteCounts(db, association.voteId) : null;
    const postsAfter = association ? await postCounts(db, association.bookId) : null;
    const bookingsAfter = sharing ? await bookingCounts(db, sharing) : null;
    const ballotsAfter = budgets ? await ballotCounts(db, budgets) : null;
    const after = rssMiB(server.pid);
    const memory = { idleMiB: idle.rss, afterMiB: after.rss, peakMiB: after.peak };

    const written = writeCheck(
      results.find((m) => m.key === "join"),
      joinsBefore,
      joinsAfter,
    );
    const proposed =
      proposalsBefore && proposalsAfter
        ? writeCheck(
            results.find((m) => m.key === "propose"),
            proposalsBefore,
            proposalsAfter,
          )
        : null;
    const voted =
      votesBefore && votesAfter
        ? writeCheck(
            results.find((m) => m.key === "vote"),
            votesBefore,
            votesAfter,
            "200",
          )
        : null;

    const posts =
      postsBefore && postsAfter
        ? writeCheck(
            results.find((m) => m.key === "post"),
            postsBefore,
            postsAfter,
          )
        : null;

    const booked =
      bookingsBefore && bookingsAfter
        ? writeCheck(
            results.find((m) => m.key === "book"),
            bookingsBefore,
            bookingsAfter,
          )
        : null;

    // A vote replaces its voter's ballot: its ballot.cast row is what each 200 writes.
    const cast =
      ballotsBefore && ballotsAfter
        ? writeCheck(
            results.find((m) => m.key === "ballot"),
            { rows: ballotsBefore.activities, activities: ballotsBefore.activities },
            { rows: ballotsAfter.activities, activities: ballotsAfter.activities },
            "200",
          )
        : null;

    const [bareM, ...others] = results;
    const v = verdicts(bareM!, others, memory);
    const downloadVerdicts = downloads.map(downloadVerdict);
    process.stdout.write(`\n${render(results, v, memory)}\n\n`);
    if (downloads.length) process.stdout.write(`${renderDownloads(downloads)}\n\n`);
    if (fanOut) {
      process.stdout.write(
        `fan-out: ${fanOut.told.toLocaleString("en")} of ${fanOut.electorate.toLocaleString("en")} electors told ${fanOut.fanOutSeconds.toFixed(1)} s after the request (${fanOut.requestMs.toFixed(0)} ms) — target < ${TARGETS.fanOutSeconds} s: ${fanOut.pass ? "met" : "NOT MET"}\n\n`,
      );
    }
    if (gitImport) {
      process.stdout.write(
        `git import: ${gitImport.commits.toLocaleString("en")} commits (${gitImport.added.toLocaleString("en")} added) in ${gitImport.seconds.toFixed(1)} s — target < ${TARGETS.gitImportSeconds} s: ${gitImport.pass ? "met" : "NOT MET"}\n\n`,
      );
    }
    if (federation) process.stdout.write(`${renderFederation(federation)}\n\n`);
    if (pbRules) process.stdout.write(`${renderPbRules(pbRules)}\n\n`);
    for (const [key, q] of Object.entries(queriesPerRequest)) {
      process.stdout.write(`round trips per request, ${key}: ${q.total.toFixed(2)} (${q.requests} requests)\n`);
      for (const [text, n] of q.statements) process.stdout.write(`  ${n.toFixed(2).padStart(6)}  ${text}\n`);
    }
    const errors = errorReport(results);
    const noisy = results.filter((m) => m.cpu.other > 15);
    for (const m of noisy) {
      process.stdout.write(
        `!! ${m.label}: other work took ${m.cpu.other}% of a core during the run (interference; compare per-request CPU instead)\n`,
      );
    }
    for (const [name, w, what] of [
      ["join", written, "memberships, membership.joined activities"],
      ["propose", proposed, "pending edit contributions, contribution.proposed activities"],
      ["vote", voted, "vote changes, vote.changed activities"],
      ["post", posts, "two-posting bench entries, transaction.posted activities"],
      ["book", booked, "confirmed bookings, booking.confirmed activities"],
      ["ballot", cast, "ballots cast, ballot.cast activities"],
    ] as const) {
      if (!w) continue;
      const [rowsName, activitiesName] = what.split(", ");
      process.stdout.write(
        `${name} writes: ${w.responses201} × ${name === "vote" || name === "ballot" ? 200 : 201} (warm-up included) → ${w.rows} ${rowsName}, ${w.activities} ${activitiesName} (up to ${w.inFlightAllowance} more allowed: requests in flight when autocannon stops)\n`,
      );
      const ok = (n: number) => n >= w.responses201 && n <= w.responses201 + w.inFlightAllowance;
      if (!ok(w.rows) || !ok(w.activities)) {
        errors.push(`${name}: ${w.responses201} successful responses but ${w.rows} ${rowsName} / ${w.activities} activities written`);
      }
    }
    if (errors.length) {
      process.stdout.write(
        `\n!!!!!!!! THIS RUN HAD ERRORS — its figures are not valid !!!!!!!!\n${errors.map((e) => `!! ${e}`).join("\n")}\n`,
      );
    }

    const { rows: pgv } = await db.query<{ v: string }>("select version() as v");
    writeJson(RESULTS, {
      at: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model,
        memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
        node: process.version,
        postgres: pgv[0]?.v,
      },
      settings: { ...settings, data: SIZE, dbPoolSize: 10 },
      targets: TARGETS,
      code,
      machineBusyBeforePct: busy,
      data: {
        rows: data.rows,
        openOrganizations: data.openSlugs.length,
        searchWords: data.searchWords.length,
        searchSpread: spread,
        commons: commons ? { ...COMMONS_SIZE, rows: commons.rows, largeBytes: commons.largeBytes, largeEdits: commons.largeEdits } : null,
        association: association
          ? {
              ...ASSOCIATION_SIZE,
              rows: association.rows,
              months: [association.firstMonth, association.lastMonth],
              loadSeconds: association.seconds,
            }
          : null,
        budgets: budgets ? { ...BUDGET_SIZE, rows: budgets.rows, loadSeconds: budgets.seconds } : null,
        sharing: sharing
          ? { ...SHARING_SIZE, rows: sharing.rows, months: [sharing.firstMonth, sharing.lastMonth], loadSeconds: sharing.seconds }
          : null,
      },
      memory,
      results,
      downloads,
      verdicts: v,
      downloadVerdicts,
      gitImport,
      pbRules,
      fanOut,
      federation,
      joinWrites: written,
      proposeWrites: proposed,
      voteWrites: voted,
      postWrites: posts,
      bookWrites: booked,
      ballotWrites: cast,
      ...(countQueries ? { queriesPerRequest } : {}),
      errors,
      phasesSeconds: phases,
      totalSeconds: Number(elapsed()),
    });
    const pass =
      v.pass &&
      downloadVerdicts.every((d) => d.pass !== false) &&
      gitImport?.pass !== false &&
      pbRules?.pass !== false &&
      fanOut?.pass !== false &&
      federation?.pass !== false &&
      errors.length === 0;
    process.stdout.write(
      `\n${pass ? "ALL TARGETS MET" : "SOME TARGETS FAILED"}${only ? ` (partial run, BENCH_ONLY=${env.BENCH_ONLY})` : ""} — results in bench/results/latest.json (${elapsed()} s)\n`,
    );
    return pass;
  } finally {
    await db.end();
  }
}

interface WriteCounts {
  rows: number;
  activities: number;
}

async function joinCounts(db: pg.Client): Promise<WriteCounts> {
  const { rows } = await db.query<WriteCounts>(
    `select (select count(*)::int from memberships m join people p on p.id = m.person_id where p.handle like 'bench-%') as rows,
            (select count(*)::int from activities a join people p on p.id = a.actor_id
              where a.verb = 'membership.joined' and p.handle like 'bench-%') as activities`,
  );
  return rows[0]!;
}

async function proposalCounts(db: pg.Client, slug: string): Promise<WriteCounts> {
  const { rows } = await db.query<WriteCounts>(
    `select (select count(*)::int from contributions c join commons k on k.id = c.commons_id join people p on p.id = c.author_id
              where k.slug = $1 and c.status = 'pending' and c.type = 'edit' and p.handle like 'bench-%') as rows,
            (select count(*)::int from activities a join people p on p.id = a.actor_id
              where a.verb = 'contribution.proposed' and p.handle like 'bench-%') as activities`,
    [slug],
  );
  return rows[0]!;
}

/** A vote test's writes: every change counts one in its vote's `changes` and one vote.changed activity. */
async function voteCounts(db: pg.Client, proposalId: string): Promise<WriteCounts> {
  const { rows } = await db.query<WriteCounts>(
    `select (select coalesce(sum(changes), 0)::int from votes where proposal_id = $1) as rows,
            (select count(*)::int from activities where verb = 'vote.changed' and object_type = 'proposal' and object_id = $1) as activities`,
    [proposalId],
  );
  return rows[0]!;
}

interface QueryCounts {
  /** HTTP requests the server received. */
  requests: number;
  /** Queries sent, by statement text (or prepared name and text). */
  counts: Record<string, number>;
}
interface QueriesPerRequest {
  requests: number;
  total: number;
  /** Statement text (or prepared name and text) → queries per request, most frequent first. */
  statements: [string, number][];
}

/** The server's running counts (count-queries.ts), once it is idle: two dumps in a row, newer than this call, agree. */
async function queryCounts(): Promise<QueryCounts> {
  const since = Date.now();
  let last = "";
  for (;;) {
    await new Promise((r) => setTimeout(r, 300));
    try {
      const text = readFileSync(QUERY_COUNTS_FILE, "utf8");
      const dump = JSON.parse(text) as { at: number } & QueryCounts;
      const same = JSON.stringify({ requests: dump.requests, counts: dump.counts });
      if (dump.at > since && same === last) return { requests: dump.requests, counts: dump.counts };
      last = same;
    } catch {
      // Not written yet, or caught mid-write: the next dump follows within 250 ms.
    }
  }
}

function perRequest(before: QueryCounts, after: QueryCounts): QueriesPerRequest {
  const requests = Math.max(1, after.requests - before.requests);
  const statements = Object.entries(after.counts)
    .map(([text, n]): [string, number] => [text, (n - (before.counts[text] ?? 0)) / requests])
    .filter(([, n]) => n >= 0.005)
    .sort((a, b) => b[1] - a[1]);
  return { requests, total: statements.reduce((s, [, n]) => s + n, 0), statements };
}

/** A posting test's writes: each 201 is one bench entry with two postings, and one transaction.posted activity. */
async function postCounts(db: pg.Client, bookId: string): Promise<WriteCounts> {
  const { rows } = await db.query<WriteCounts>(
    `select (select count(*)::int from transactions t
              where t.book_id = $1 and t.description like 'Bench entry %'
                and (select count(*) from postings p where p.transaction_id = t.id) = 2) as rows,
            (select count(*)::int from activities
              where verb = 'transaction.posted' and data->>'description' like 'Bench entry %') as activities`,
    [bookId],
  );
  return rows[0]!;
}

/** What a write test's successes (201s, or 200s for votes) should have written, against what the database holds. */
function writeCheck(m: Measurement | undefined, before: WriteCounts, after: WriteCounts, status = "201") {
  if (!m) return null;
  return {
    responses201: (m.statusCodes[status] ?? 0) + (m.warmup.requests - m.warmup.non2xx),
    rows: after.rows - before.rows,
    activities: after.activities - before.activities,
    // Requests still in flight when autocannon stops (at most one per connection, per run) are written but not counted.
    inFlightAllowance: m.connections * (settings.warmup > 0 ? 2 : 1),
  };
}

/** The commons tests' data, then VACUUM ANALYZE of its tables: index-only scans need the visibility map set. */
async function loadCommonsData(db: pg.Client): Promise<CommonsData> {
  const c = await loadCommons(db, COMMONS_SIZE);
  const start = performance.now();
  await db.query("vacuum analyze commons, documents, revisions, blobs, contributions");
  c.seconds["vacuum analyze"] = Math.round(performance.now() - start) / 1000;
  return c;
}

async function cleanup() {
  await stopAll();
  if (keep) log(`kept the bench database: ${benchUrl}`);
  else await dropDatabase().catch((err: Error) => log(`could not drop ${DB_NAME}: ${err.message}`));
}

let cleaning: Promise<void> | null = null;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping`);
    cleaning ??= cleanup();
    void cleaning.finally(() => process.exit(130));
  });
}
process.once("exit", killAllSync);

let ok = false;
try {
  ok = await main();
} catch (err) {
  process.stderr.write(`\nbench failed: ${(err as Error).stack ?? err}\n`);
} finally {
  cleaning ??= cleanup();
  await cleaning;
}
process.exit(ok ? 0 : 1);
