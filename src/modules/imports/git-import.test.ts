import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGitRepo } from "../../../bench/git-repo.ts";
import { type AppError, toProblem } from "../../http/errors.ts";
import { makeCommons, makeOrg, makePerson, type TestPerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { activities } from "../activity/schema.ts";
import { affiliations } from "../affiliations/schema.ts";
import { contributions, creditDays } from "../contributions/schema.ts";
import { importGit } from "./git-import.ts";
import { TestRepo } from "./test-repo.ts";

const api = setupApi();
const scratch = mkdtempSync(join(tmpdir(), "triarchy-git-import-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const EMAIL_MAP = `
# carol works at Example Labs until March, then at Acme
example.org      Example Labs < 2024-03-01
example.org      ACME COOPERATIVE
# one address of the example.org domain is not theirs
frank@example.org   independent-frank
`;

const BINARY = Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 10, 0]);

/** The history and the people and enterprises it maps to, built once; each test imports it into a commons of its own. */
interface World {
  steward: TestPerson;
  repo: TestRepo;
  alice: TestPerson;
  bob: TestPerson;
  acme: { id: string; slug: string };
  labs: { id: string; slug: string };
  shas: Record<string, string>;
}
let w: World;

const list = async (slug: string) => {
  const res = await api.call("GET", `/api/contributions?commons=${slug}&type=commit&limit=100`);
  expect(res.status).toBe(200);
  return res.body.items as { id: string; title: string; externalId: string; [k: string]: unknown }[];
};
const bySha = async (slug: string) => new Map((await list(slug)).map((c) => [c.externalId, c]));
const counts = async (commonsId: string) => {
  const [c] = await api.db.select({ n: sql<number>`count(*)::int` }).from(contributions).where(eq(contributions.commonsId, commonsId));
  const [a] = await api.db.select({ n: sql<number>`count(*)::int` }).from(activities).where(eq(activities.objectId, commonsId));
  const [d] = await api.db
    .select({ n: sql<number>`coalesce(sum(contributions), 0)::int` })
    .from(creditDays)
    .where(eq(creditDays.commonsId, commonsId));
  return { contributions: c?.n, activities: a?.n, credited: d?.n };
};

/** A fresh commons to import into, so no test depends on what another imported. */
const freshCommons = async () => {
  const commons = await makeCommons(api.db, w.steward);
  return { slug: commons.slug, commonsId: commons.id };
};
/** A commons with the history imported, as the first import does. */
const importedCommons = async () => {
  const c = await freshCommons();
  await importGit(api.db, { commons: c.slug, path: w.repo.dir, emailMap: EMAIL_MAP });
  return c;
};

beforeAll(async () => {
  const steward = await makePerson(api.db);
  const alice = await makePerson(api.db, { name: "Alice Account", email: "alice@alice.test" });
  const bob = await makePerson(api.db, { name: "Bob Account", email: "bob@bob.test" });
  const acme = await makeOrg(api.db, steward, { kind: "enterprise", slug: "acme", name: "Acme Cooperative" });
  const labs = await makeOrg(api.db, steward, { kind: "enterprise", slug: "example-labs", name: "Example Labs" });
  await makeOrg(api.db, steward, { kind: "enterprise", slug: "independent-frank", name: "Frank Consulting" });
  await api.db.insert(affiliations).values([
    { personId: alice.id, enterpriseId: acme.id, startsOn: "2024-01-01", endsOn: "2024-06-30", status: "confirmed" },
    // A disputed affiliation never pays.
    { personId: bob.id, enterpriseId: labs.id, startsOn: "2024-01-01", status: "disputed" },
  ]);

  const repo = new TestRepo(join(scratch, "history"));
  const a = { name: "Alice in Git", email: "Alice@Alice.test" };
  const b = { name: "Bob", email: "bob@bob.test" };
  const carol = { name: "Carol", email: "carol@example.org" };
  const dave = { name: "Dave Stranger", email: "dave@unknown.test" };
  const shas: Record<string, string> = {};
  shas.add = repo.commit(a, "2024-02-01T10:00:00+02:00", "Add the parser\n\nIt reads lines.\nAnd more lines.", {
    "src/parser.ts": "one\ntwo\nthree\n",
    "assets/logo.bin": BINARY,
  });
  shas.change = repo.commit(b, "2024-02-02T12:00:00Z", "Change a line", { "src/parser.ts": "one\nTWO\nthree\n" });
  shas.docs = repo.commit(carol, "2024-02-10T12:00:00Z", "Document it", { "README.md": "# Read me\n", "docs/guide.txt": "a\nb\n" });
  // Late in the evening west of UTC: the UTC day is the next one.
  shas.remove = repo.commit(carol, "2024-03-04T22:30:00-05:00", "Remove the parser", { "src/parser.ts": null });
  shas.stranger = repo.commit(dave, "2024-03-06T09:00:00Z", "Drive-by fix", { "src/other.ts": "x\n" });
  repo.git(["checkout", "--quiet", "-b", "side"]);
  shas.side = repo.commit(b, "2024-03-07T09:00:00Z", "On a branch", { "src/side.ts": "side\n" });
  repo.git(["checkout", "--quiet", "main"]);
  shas.main = repo.commit(dave, "2024-03-08T09:00:00Z", "Meanwhile on main", { "src/main.ts": "main\n" });
  shas.merge = repo.merge(a, "2024-03-09T09:00:00Z", "side");
  shas.late = repo.commit(a, "2024-07-05T09:00:00Z", `${"A very long subject ".repeat(20)}end`, { "src/late.ts": "1\n2\n" });
  w = { steward, repo, alice, bob, acme, labs, shas };
}, 60_000);

describe("importing a git repository's history", () => {
  it("refuses what is not a repository, an empty one, an unknown commons or a bad email map, changing nothing", async () => {
    const c = await freshCommons();
    const before = await counts(c.commonsId);
    const missing = join(scratch, "missing");
    await expect(importGit(api.db, { commons: c.slug, path: missing })).rejects.toThrow(`${missing} does not exist`);
    const plain = join(scratch, "plain");
    mkdirSync(plain);
    await expect(importGit(api.db, { commons: c.slug, path: plain })).rejects.toThrow(`${plain} is not a git repository.`);
    const empty = new TestRepo(join(scratch, "empty"));
    await expect(importGit(api.db, { commons: c.slug, path: empty.dir })).rejects.toThrow("is an empty git repository");
    await expect(importGit(api.db, { commons: c.slug, path: w.repo.dir, rev: "no-such-branch" })).rejects.toThrow(
      'The revision "no-such-branch" is not a commit',
    );
    await expect(importGit(api.db, { commons: "no-such-commons", path: w.repo.dir })).rejects.toThrow('The commons "no-such-commons"');
    await expect(importGit(api.db, { commons: c.slug, path: w.repo.dir, emailMap: "example.org Acme\nexample.org" })).rejects.toThrow(
      "email map line 2:",
    );
    await expect(
      importGit(api.db, { commons: c.slug, path: w.repo.dir, emailMap: "# header\n\nexample.org  Nobody Inc < 2024-01-01" }),
    ).rejects.toThrow('email map line 3: no organization is named "Nobody Inc".');
    // The import has no API route (the CLI runs it, in English); its refusals are written in French all the same.
    const inFrench = async (attempt: Promise<unknown>) => toProblem((await attempt.catch((err: unknown) => err)) as AppError, "fr");
    expect(await inFrench(importGit(api.db, { commons: c.slug, path: plain }))).toMatchObject({
      detail: `${plain} n’est pas un dépôt git.`,
      errors: [{ path: "path", message: `${plain} n’est pas un dépôt git.` }],
    });
    expect(
      (await inFrench(importGit(api.db, { commons: c.slug, path: w.repo.dir, emailMap: "example.org Acme\nexample.org" }))).detail,
    ).toBe("email map, ligne 2 : attendu : « adresse-ou-domaine  Organisation [< aaaa-mm-jj] », reçu : « example.org ».");
    expect(
      (await inFrench(importGit(api.db, { commons: c.slug, path: w.repo.dir, emailMap: "example.org  Nobody Inc < 2024-01-01" }))).detail,
    ).toBe("email map, ligne 1 : aucune organisation ne s’appelle « Nobody Inc ».");
    await expect(importGit(api.db, { commons: c.slug, path: w.repo.dir, emailMap: "x.test  Commons of nobody" })).rejects.toThrow("line 1");
    expect(await counts(c.commonsId)).toEqual(before);
  });

  it("records each commit (not the merge) as one accepted contribution with its lines, day, title, kind and credit", async () => {
    const c = await freshCommons();
    const progress: number[] = [];
    let total = 0;
    const report = await importGit(api.db, {
      commons: c.slug,
      path: w.repo.dir,
      emailMap: EMAIL_MAP,
      batchSize: 3,
      onStart: (t) => {
        total = t;
      },
      onProgress: (done) => progress.push(done),
    });
    expect(total).toBe(8);
    expect(progress).toEqual([3, 6, 8]);
    expect(report).toMatchObject({
      read: 8,
      added: 8,
      alreadyImported: 0,
      skippedMerges: 1,
      byFunding: { paid: { commits: 3, lines: 9 }, volunteer: { commits: 3 }, unknown: { commits: 2 } },
      byEnterprise: [
        { enterprise: { slug: "acme" }, commits: 2, lines: 6 },
        { enterprise: { slug: "example-labs" }, commits: 1, lines: 3 },
      ],
      unknownAuthors: [{ name: "Dave Stranger", address: "d…@unknown.test", commits: 2 }],
    });
    expect(JSON.stringify(report)).not.toContain("dave@");

    const items = await bySha(c.slug);
    expect(items.size).toBe(8);
    expect(items.has(w.shas.merge as string)).toBe(false);
    const add = items.get(w.shas.add as string);
    expect(add).toMatchObject({
      type: "commit",
      kind: "code",
      status: "accepted",
      title: "Add the parser",
      linesAdded: 3,
      linesRemoved: 0,
      performedOn: "2024-02-01",
      funding: "paid",
      externalAuthor: "Alice in Git",
      author: { handle: w.alice.handle },
    });
    const detail = await api.call("GET", `/api/contributions/${add?.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      description: "It reads lines.\nAnd more lines.",
      externalId: w.shas.add,
      credit: { funding: "paid", paidBy: { slug: "acme" }, size: 3 },
      review: { reviewer: null },
    });
    expect(JSON.stringify(detail.body)).not.toMatch(/alice@alice\.test/i);

    expect(items.get(w.shas.change as string)).toMatchObject({
      linesAdded: 1,
      linesRemoved: 1,
      funding: "volunteer",
      author: { handle: w.bob.handle },
    });
    expect(items.get(w.shas.docs as string)).toMatchObject({ kind: "documentation", linesAdded: 3, funding: "paid", author: null });
    expect(items.get(w.shas.remove as string)).toMatchObject({ kind: "code", linesRemoved: 3, performedOn: "2024-03-05", funding: "paid" });
    expect(items.get(w.shas.stranger as string)).toMatchObject({ funding: "unknown", author: null, externalAuthor: "Dave Stranger" });
    expect(items.get(w.shas.side as string)).toMatchObject({ funding: "volunteer" });
    const late = items.get(w.shas.late as string);
    expect(late).toMatchObject({ funding: "volunteer", performedOn: "2024-07-05" });
    expect(Array.from(late?.title ?? "").length).toBe(200);

    const payers = await api.db
      .select({ sha: contributions.externalId, paidBy: contributions.paidById })
      .from(contributions)
      .where(eq(contributions.commonsId, c.commonsId));
    const paidBy = new Map(payers.map((p) => [p.sha, p.paidBy]));
    expect(paidBy.get(w.shas.docs as string)).toBe(w.labs.id);
    expect(paidBy.get(w.shas.remove as string)).toBe(w.acme.id);

    const feed = await api.call("GET", `/api/activities?commons=${c.slug}`);
    const imported = feed.body.items.filter((a: { verb: string }) => a.verb === "commons.imported");
    expect(imported).toHaveLength(1);
    expect(imported[0].data).toMatchObject({ added: 8, skippedMerges: 1 });
    expect(JSON.stringify(feed.body)).not.toContain("@");
  });

  it("who writes the commons counts the imported commits by funding and enterprise", async () => {
    const c = await importedCommons();
    const res = await api.call("GET", `/api/commons/${c.slug}/credit?interval=month`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(8);
    expect(res.body.byFunding).toMatchObject({
      paid: { contributions: 3, lines: 9 },
      volunteer: { contributions: 3, lines: 2 + 1 + 2 },
      unknown: { contributions: 2 },
    });
    expect(res.body.byEnterprise).toEqual([
      expect.objectContaining({ enterprise: { slug: "acme", name: "Acme Cooperative" }, contributions: 2 }),
      expect.objectContaining({ enterprise: { slug: "example-labs", name: "Example Labs" }, contributions: 1 }),
    ]);
    expect(res.body.series.map((s: { start: string }) => s.start)).toEqual(["2024-02-01", "2024-03-01", "2024-07-01"]);
  });

  it("importing again adds nothing; a new commit imports as one", async () => {
    const c = await importedCommons();
    // A copy of the history to add a commit to, leaving the one the other tests import as it is.
    const copy = join(scratch, `again-${c.slug}`);
    cpSync(w.repo.dir, copy, { recursive: true });
    const repo = new TestRepo(copy);
    const before = await counts(c.commonsId);
    const again = await importGit(api.db, { commons: c.slug, path: repo.dir, emailMap: EMAIL_MAP });
    expect(again).toMatchObject({ read: 8, added: 0, alreadyImported: 8, unknownAuthors: [] });
    expect(await counts(c.commonsId)).toEqual(before);

    const frank = { name: "Frank", email: "frank@example.org" };
    const sha = repo.commit(frank, "2024-08-01T09:00:00Z", "Frank's fix", { "src/frank.ts": "f\n" });
    const next = await importGit(api.db, { commons: c.slug, path: repo.dir, emailMap: EMAIL_MAP });
    expect(next).toMatchObject({ read: 9, added: 1, alreadyImported: 8, byEnterprise: [{ enterprise: { slug: "independent-frank" } }] });
    const after = await counts(c.commonsId);
    expect(after).toEqual({
      contributions: (before.contributions ?? 0) + 1,
      activities: (before.activities ?? 0) + 1,
      credited: (before.credited ?? 0) + 1,
    });
    expect((await bySha(c.slug)).get(sha)).toMatchObject({ funding: "paid", title: "Frank's fix" });
  });

  it("two imports of the same history at once add each commit once", async () => {
    const other = await makeCommons(api.db, w.alice);
    const [one, two] = await Promise.all([
      importGit(api.db, { commons: other.slug, path: w.repo.dir }),
      importGit(api.db, { commons: other.slug, path: w.repo.dir }),
    ]);
    expect((one?.added ?? 0) + (two?.added ?? 0)).toBe(8);
    expect((await counts(other.id)).contributions).toBe(8);
    expect((await counts(other.id)).credited).toBe(8);
  });

  it("imports a generated history of a few hundred commits in batches, with the rollup matching", async () => {
    const dir = join(scratch, "generated");
    await makeGitRepo(dir, 450, {
      authors: [
        { name: "Bob", email: "bob@bob.test" },
        { name: "Zed", email: "zed@nowhere.test" },
      ],
    });
    const target = await makeCommons(api.db, w.bob);
    const report = await importGit(api.db, { commons: target.slug, path: dir, batchSize: 100 });
    expect(report).toMatchObject({
      read: 450,
      added: 450,
      byFunding: { volunteer: { commits: 225 }, unknown: { commits: 225 }, paid: { commits: 0 } },
      unknownAuthors: [{ name: "Zed", commits: 225 }],
    });
    const kinds = await api.db
      .select({ kind: contributions.kind, n: sql<number>`count(*)::int` })
      .from(contributions)
      .where(eq(contributions.commonsId, target.id))
      .groupBy(contributions.kind)
      .orderBy(contributions.kind);
    expect(kinds).toEqual([
      { kind: "code", n: 405 },
      { kind: "documentation", n: 45 },
    ]);
    const credit = await api.call("GET", `/api/commons/${target.slug}/credit`);
    expect(credit.body.total).toBe(450);
    expect((await importGit(api.db, { commons: target.slug, path: dir, batchSize: 100 })).added).toBe(0);
  });
});
