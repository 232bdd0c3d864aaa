import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { addMember, ensureInstance, makeCommons, makeOrg, makePerson, type TestPerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { activities } from "../activity/schema.ts";
import { affiliations } from "../affiliations/schema.ts";
import { contributions } from "./schema.ts";

const api = setupApi();

let steward: TestPerson;
let maintainer: TestPerson;
let newcomer: TestPerson;
let slug: string;

const lines = (n: number, tag = "line") => `${Array.from({ length: n }, (_, i) => `${tag} ${i + 1}`).join("\n")}\n`;

async function proposeDoc(as: TestPerson, path: string, content: string, at = slug) {
  const res = await api.call("POST", `/api/commons/${at}/contributions`, {
    as: as.token,
    body: { type: "new_document", title: `Add ${path}`, path, documentTitle: path, content },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function proposeEdit(as: TestPerson, path: string, baseRevision: number, content: string, title = "Edit", at = slug) {
  const res = await api.call("POST", `/api/commons/${at}/contributions`, {
    as: as.token,
    body: { type: "edit", title, document: path, baseRevision, content },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

const accept = (id: string, as = maintainer, note?: string) =>
  api.call("POST", `/api/contributions/${id}/accept`, { as: as.token, body: note ? { note } : {} });

async function createDocument(path: string, content: string, at = slug) {
  const p = await proposeDoc(maintainer, path, content, at);
  const res = await accept(p.id);
  expect(res.status).toBe(200);
  return p;
}

/** A commons of its own, maintained by the file's maintainer, for a test that reads or changes only what it made. */
async function ownCommons() {
  const c = await makeCommons(api.db, steward);
  await addMember(api.db, c.community, maintainer, "maintainer");
  return c;
}

beforeAll(async () => {
  await ensureInstance(api.db);
  steward = await makePerson(api.db);
  maintainer = await makePerson(api.db);
  newcomer = await makePerson(api.db);
  const c = await makeCommons(api.db, steward);
  await addMember(api.db, c.community, maintainer, "maintainer");
  slug = c.slug;
});

describe("changes that change nothing", () => {
  it("refuses an edit whose text the document already has, at proposal time, even from an older base", async () => {
    const c = await ownCommons();
    await createDocument("noop.md", "one\ntwo\n", c.slug);
    const first = await proposeEdit(maintainer, "noop.md", 1, "one\nTWO\n", "Shout", c.slug);
    expect((await accept(first.id)).status).toBe(200);
    // The same change again, from revision 1: the document (revision 2) already reads like this.
    const again = await api.call("POST", `/api/commons/${c.slug}/contributions`, {
      as: newcomer.token,
      body: { type: "edit", title: "Shout too", document: "noop.md", baseRevision: 1, content: "one\nTWO\n" },
    });
    expect(again.status).toBe(422);
    expect(again.body.errors[0]).toMatchObject({ path: "body.content", message: expect.stringContaining("Nothing to change: revision 2") });
    const same = await api.call("POST", `/api/commons/${c.slug}/contributions`, {
      as: newcomer.token,
      body: { type: "edit", title: "Same", document: "noop.md", baseRevision: 2, content: "one\nTWO\n" },
    });
    expect(same.status).toBe(422);
  });

  it("refuses to accept an edit that another revision already made, so no empty change is credited", async () => {
    const c = await ownCommons();
    await createDocument("twice.md", "a\nb\nc\n", c.slug);
    const mine = await proposeEdit(newcomer, "twice.md", 1, "a\nB\nc\n", "Capital b", c.slug);
    const theirs = await proposeEdit(maintainer, "twice.md", 1, "a\nB\nc\n", "Capital b as well", c.slug);
    expect((await accept(theirs.id)).status).toBe(200);
    const res = await accept(mine.id);
    expect(res.status).toBe(409);
    expect(res.body.detail).toContain("Nothing to change");
    const [row] = await api.db.select().from(contributions).where(eq(contributions.id, mine.id));
    expect(row?.status).toBe("pending");
  });
});

describe("proposing without permission, and review", () => {
  it("a newcomer who joined nothing proposes an edit; a maintainer accepts it and a new revision appears with its diff", async () => {
    await createDocument("guide.md", "# Guide\n\nStep one.\nStep two.\n");
    const p = await proposeEdit(newcomer, "guide.md", 1, "# Guide\n\nStep one, carefully.\nStep two.\n", "Be careful");
    expect(p).toMatchObject({ status: "pending", type: "edit", linesAdded: 1, linesRemoved: 1, baseRevision: 1 });
    expect(p.viewer).toEqual({ isAuthor: true, canReview: false, supports: false });
    const res = await accept(p.id, maintainer, "Thanks!");
    expect(res.body.contribution).toMatchObject({ status: "accepted", resultRevision: 2, review: { note: "Thanks!" } });
    expect(res.body.contribution.credit).toMatchObject({ funding: "volunteer", paidBy: null, size: 2 });
    const doc = await api.call("GET", `/api/commons/${slug}/documents/guide.md`);
    expect(doc.body).toMatchObject({ head: 2, revision: { number: 2, message: "Be careful", author: { handle: newcomer.handle } } });
    expect(doc.body.html).toContain("<h1>Guide</h1>");
    const old = await api.call("GET", `/api/commons/${slug}/documents/guide.md?revision=1`);
    expect(old.body.content).toBe("# Guide\n\nStep one.\nStep two.\n");
    const diff = await api.call("GET", `/api/commons/${slug}/documents/guide.md/diff?from=1&to=2`);
    expect(diff.body).toMatchObject({ added: 1, removed: 1 });
    const changed = diff.body.hunks[0].lines.filter((l: { op: string }) => l.op !== "same");
    expect(
      changed[1].segments
        .filter((s: { changed?: boolean }) => s.changed)
        .map((s: { text: string }) => s.text)
        .join(""),
    ).toContain(", carefully");
    const history = await api.call("GET", `/api/commons/${slug}/documents/guide.md/revisions`);
    expect(history.body.items.map((r: { number: number }) => r.number)).toEqual([2, 1]);
    expect(history.body.items[0].hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("logged work is credited as paid when an affiliation covers the day it was done", async () => {
    const enterprise = await makeOrg(api.db, steward, { kind: "enterprise", ownership: "cooperative" });
    await api.db
      .insert(affiliations)
      .values({ personId: newcomer.id, enterpriseId: enterprise.id, startsOn: "2026-01-01", endsOn: "2026-03-31", status: "confirmed" });
    const res = await api.call("POST", `/api/commons/${slug}/contributions`, {
      as: newcomer.token,
      body: {
        type: "work",
        kind: "care",
        title: "Oiled the press",
        hours: 1.5,
        performedOn: "2026-02-10",
        link: "https://example.org/log",
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ hours: 1.5, performedOn: "2026-02-10", kind: "care" });
    const done = await accept(res.body.id);
    expect(done.body.contribution.credit).toEqual({ funding: "paid", paidBy: { slug: enterprise.slug, name: enterprise.name }, size: 90 });
    const later = await api.call("POST", `/api/commons/${slug}/contributions`, {
      as: newcomer.token,
      body: { type: "work", kind: "care", title: "Again", hours: 1, performedOn: "2026-05-01" },
    });
    expect((await accept(later.body.id)).body.contribution.credit.funding).toBe("volunteer");
  });

  it("only maintainers review; a rejection needs a public note; authors revise and withdraw their own", async () => {
    await createDocument("faq.md", "Q\n");
    const p = await proposeEdit(newcomer, "faq.md", 1, "Q?\n");
    expect((await accept(p.id, newcomer)).status).toBe(403);
    expect((await api.call("POST", `/api/contributions/${p.id}/accept`, { body: {} })).status).toBe(401);
    const noNote = await api.call("POST", `/api/contributions/${p.id}/reject`, { as: maintainer.token, body: { note: "  " } });
    expect(noNote.status).toBe(422);
    expect(noNote.body.errors[0].path).toBe("body.note");
    const other = await makePerson(api.db);
    expect((await api.call("PATCH", `/api/contributions/${p.id}`, { as: other.token, body: { title: "Mine" } })).status).toBe(403);
    const revised = await api.call("PATCH", `/api/contributions/${p.id}`, {
      as: newcomer.token,
      body: { title: "A question mark", content: "Q?!\n" },
    });
    expect(revised.body).toMatchObject({ title: "A question mark", linesAdded: 1, linesRemoved: 1 });
    const rejected = await api.call("POST", `/api/contributions/${p.id}/reject`, { as: maintainer.token, body: { note: "Not *needed*" } });
    expect(rejected.body).toMatchObject({ status: "rejected", review: { note: "Not *needed*", noteHtml: "<p>Not <em>needed</em></p>\n" } });
    expect((await api.call("POST", `/api/contributions/${p.id}/withdraw`, { as: newcomer.token })).status).toBe(409);
    const q = await proposeEdit(newcomer, "faq.md", 1, "Q.\n");
    expect((await api.call("POST", `/api/contributions/${q.id}/withdraw`, { as: newcomer.token })).body.status).toBe("withdrawn");
    expect((await accept(q.id)).status).toBe(409);
  });

  it("support is counted once per person", async () => {
    await createDocument("support.md", "# Support\n");
    const p = await proposeEdit(newcomer, "support.md", 1, "# Support\n\nOne more line.\n");
    const people = await Promise.all(Array.from({ length: 5 }, () => makePerson(api.db)));
    await Promise.all(
      [...people, people[0] as TestPerson].map((p2) => api.call("POST", `/api/contributions/${p.id}/support`, { as: p2.token })),
    );
    const [row] = await api.db.select().from(contributions).where(eq(contributions.id, p.id));
    expect(row?.supportCount).toBe(5);
    const back = await api.call("DELETE", `/api/contributions/${p.id}/support`, { as: people[1]?.token });
    expect(back.body.supportCount).toBe(4);
    const seen = await api.call("GET", `/api/contributions/${p.id}`, { as: people[0]?.token });
    expect(seen.body.viewer.supports).toBe(true);
  });
});

describe("three-way merge", () => {
  it("merges an edit made on an older revision when the changes do not overlap", async () => {
    await createDocument("merge.md", lines(10));
    const a = await proposeEdit(newcomer, "merge.md", 1, lines(10).replace("line 2\n", "line two\n"));
    const b = await proposeEdit(maintainer, "merge.md", 1, lines(10).replace("line 9\n", "line nine\n"));
    await accept(a.id);
    const preview = await api.call("GET", `/api/contributions/${b.id}/changes`);
    expect(preview.body.merge).toEqual({
      base: 1,
      head: 2,
      clean: true,
      conflicts: [],
      rebased: lines(10).replace("line 2\n", "line two\n").replace("line 9\n", "line nine\n"),
    });
    expect(preview.body.proposed).toBe(lines(10).replace("line 9\n", "line nine\n"));
    const res = await accept(b.id);
    expect(res.body.contribution).toMatchObject({ status: "accepted", resultRevision: 3 });
    const doc = await api.call("GET", `/api/commons/${slug}/documents/merge.md`);
    expect(doc.body.content).toBe(lines(10).replace("line 2\n", "line two\n").replace("line 9\n", "line nine\n"));
  });

  it("marks an overlapping edit conflicted, shows the conflict, and accepts it once the author updates it", async () => {
    await createDocument("clash.md", lines(5));
    const a = await proposeEdit(newcomer, "clash.md", 1, lines(5).replace("line 3", "line THREE"));
    const b = await proposeEdit(newcomer, "clash.md", 1, lines(5).replace("line 3", "line 3!"));
    await accept(a.id);
    const res = await accept(b.id);
    expect(res.status).toBe(200);
    expect(res.body.contribution.status).toBe("conflicted");
    expect(res.body.contribution.conflictNote).toContain("revision 2");
    expect(res.body.conflicts).toEqual([{ current: ["line THREE"], base: ["line 3"], proposed: ["line 3!"], line: 3 }]);
    const view = await api.call("GET", `/api/contributions/${b.id}/changes`);
    expect(view.body.merge).toMatchObject({ clean: false, base: 1, head: 2, rebased: lines(5).replace("line 3", "line 3!") });
    expect((await accept(b.id)).status).toBe(409);
    const doc = await api.call("GET", `/api/commons/${slug}/documents/clash.md`);
    expect(doc.body.head).toBe(2);
    const updated = await api.call("PATCH", `/api/contributions/${b.id}`, {
      as: newcomer.token,
      body: { baseRevision: 2, content: lines(5).replace("line 3", "line THREE!") },
    });
    expect(updated.body).toMatchObject({ status: "pending", conflictNote: null, baseRevision: 2 });
    expect((await accept(b.id)).body.contribution).toMatchObject({ status: "accepted", resultRevision: 3 });
  });

  it("two maintainers accepting two proposals on one document at the same moment: both land, one after the other", async () => {
    await createDocument("race.md", lines(40));
    const second = await makePerson(api.db);
    const c = await api.db.query.commons.findFirst({ where: (t, { eq: e }) => e(t.slug, slug) });
    await addMember(api.db, { id: c?.communityId ?? "" }, second, "maintainer");
    const edits = await Promise.all(
      [5, 15, 25, 35].map((n) => proposeEdit(newcomer, "race.md", 1, lines(40).replace(`line ${n}\n`, `line ${n} edited\n`))),
    );
    const results = await Promise.all(edits.map((e, i) => accept(e.id, i % 2 ? second : maintainer)));
    expect(results.map((r) => r.body.contribution.status)).toEqual(["accepted", "accepted", "accepted", "accepted"]);
    expect(results.map((r) => r.body.contribution.resultRevision).sort()).toEqual([2, 3, 4, 5]);
    const doc = await api.call("GET", `/api/commons/${slug}/documents/race.md`);
    for (const n of [5, 15, 25, 35]) expect(doc.body.content).toContain(`line ${n} edited\n`);
  });

  it("accepting or rejecting one proposal twice at once has one effect", async () => {
    await createDocument("twice.md", "a\n");
    const p = await proposeEdit(newcomer, "twice.md", 1, "b\n");
    const results = await Promise.all([
      accept(p.id),
      accept(p.id),
      api.call("POST", `/api/contributions/${p.id}/reject`, { as: maintainer.token, body: { note: "no" } }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const history = await api.call("GET", `/api/commons/${slug}/documents/twice.md/revisions`);
    const ok = results.find((r) => r.status === 200);
    expect(history.body.head).toBe(ok?.body.status === "rejected" ? 1 : 2);
    const logged = await api.db.select().from(activities).where(eq(activities.objectId, p.id));
    expect(logged.filter((a) => a.verb === "contribution.accepted" || a.verb === "contribution.rejected")).toHaveLength(1);
  });
});

describe("bad input", () => {
  let slug: string;
  beforeAll(async () => {
    slug = (await ownCommons()).slug;
    await createDocument("guide.md", "# Guide\n", slug);
    await createDocument("faq.md", "Q\n", slug);
  });

  it("refuses a document over 1 MB with 413 naming the field, and writes nothing", async () => {
    const before = await api.db.$count(contributions);
    const res = await api.call("POST", `/api/commons/${slug}/contributions`, {
      as: newcomer.token,
      body: { type: "new_document", title: "Big", path: "big.md", documentTitle: "Big", content: "x".repeat(1_000_001) },
    });
    expect(res.status).toBe(413);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.body.errors).toEqual([{ path: "body.content", message: expect.stringContaining("1,000,000 bytes") }]);
    expect(await api.db.$count(contributions)).toBe(before);
  });

  it("names the field for a missing revision, a missing document, empty titles and unknown kinds", async () => {
    const call = (body: unknown) => api.call("POST", `/api/commons/${slug}/contributions`, { as: newcomer.token, body });
    const noRev = await call({ type: "edit", title: "x", document: "guide.md", baseRevision: 99, content: "y" });
    expect([noRev.status, noRev.body.errors[0].path]).toEqual([422, "body.baseRevision"]);
    const noDoc = await call({ type: "edit", title: "x", document: "nope.md", baseRevision: 1, content: "y" });
    expect([noDoc.status, noDoc.body.errors[0].path]).toEqual([422, "body.document"]);
    const empty = await call({ type: "work", title: " ", kind: "poetry", hours: 0 });
    expect(empty.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["body.hours", "body.kind", "body.title"]);
    const noType = await call({ title: "x" });
    expect(noType.body.errors[0].path).toBe("body.type");
    const same = await call({ type: "edit", title: "x", document: "faq.md", baseRevision: 1, content: "Q\n" });
    expect([same.status, same.body.errors[0].path]).toEqual([422, "body.content"]);
    const future = await call({ type: "work", title: "x", kind: "code", hours: 1, performedOn: "2999-01-01" });
    expect(future.body.errors[0].path).toBe("body.performedOn");
    const taken = await call({ type: "new_document", title: "x", path: "guide.md", documentTitle: "G", content: "z" });
    expect([taken.status, taken.body.errors[0].path]).toEqual([409, "body.path"]);
  });
});

describe("who writes this commons", () => {
  let slug: string;
  let author: TestPerson;
  /** One paid piece of logged work (90 minutes in February), and volunteer edits: accepted, conflicted and rejected. */
  beforeAll(async () => {
    slug = (await ownCommons()).slug;
    author = await makePerson(api.db);
    const enterprise = await makeOrg(api.db, steward, { kind: "enterprise", ownership: "cooperative" });
    await api.db
      .insert(affiliations)
      .values({ personId: author.id, enterpriseId: enterprise.id, startsOn: "2026-01-01", endsOn: "2026-03-31", status: "confirmed" });
    const work = await api.call("POST", `/api/commons/${slug}/contributions`, {
      as: author.token,
      body: { type: "work", kind: "care", title: "Oiled the press", hours: 1.5, performedOn: "2026-02-10" },
    });
    expect((await accept(work.body.id)).body.contribution.credit.funding).toBe("paid");
    await createDocument("notes.md", lines(5), slug);
    const a = await proposeEdit(author, "notes.md", 1, lines(5).replace("line 3", "line THREE"), "A", slug);
    const b = await proposeEdit(author, "notes.md", 1, lines(5).replace("line 3", "line 3!"), "B", slug);
    expect((await accept(a.id)).body.contribution.status).toBe("accepted");
    expect((await accept(b.id)).body.contribution.status).toBe("conflicted");
    const c = await proposeEdit(author, "notes.md", 2, lines(5), "C", slug);
    const rejected = await api.call("POST", `/api/contributions/${c.id}/reject`, { as: maintainer.token, body: { note: "no" } });
    expect(rejected.body.status).toBe("rejected");
  });

  it("splits accepted contributions into paid, volunteer and unknown, by enterprise and by month", async () => {
    const res = await api.call("GET", `/api/commons/${slug}/credit?from=2026-01-01&to=2026-12-31`);
    expect(res.status).toBe(200);
    expect(res.body.byFunding.paid.contributions).toBe(1);
    expect(res.body.byFunding.paid.minutes).toBe(90);
    expect(res.body.byEnterprise).toHaveLength(1);
    expect(res.body.total).toBe(res.body.byFunding.paid.contributions + res.body.byFunding.volunteer.contributions);
    const feb = res.body.series.find((s: { start: string }) => s.start === "2026-02-01");
    expect(feb).toMatchObject({ paid: 1, volunteer: 0 });
    const people = await api.call("GET", `/api/commons/${slug}/contributors`);
    expect(people.body.items.map((p: { person: { handle: string } }) => p.person.handle)).toContain(author.handle);
    expect(JSON.stringify(people.body)).not.toContain("@example.test");
    const feed = await api.call("GET", `/api/activities?commons=${slug}&limit=100`);
    const verbs = new Set(feed.body.items.map((a: { verb: string }) => a.verb));
    for (const v of ["contribution.proposed", "contribution.accepted", "contribution.rejected", "contribution.conflicted"])
      expect(verbs).toContain(v);
    const bad = await api.call("GET", `/api/commons/${slug}/credit?from=2026-05-01&to=2026-01-01`);
    expect([bad.status, bad.body.errors[0].path]).toEqual([422, "query.to"]);
  });
});

describe("forks", () => {
  it("carries every document with its history, shows lineage both ways, and proposes a revision back upstream", async () => {
    const slug = (await ownCommons()).slug;
    await createDocument("guide.md", "# Guide\n\nStep one.\nStep two.\n", slug);
    await createDocument("faq.md", "Q\n", slug);
    const edit1 = await proposeEdit(newcomer, "guide.md", 1, "# Guide\n\nStep one, carefully.\nStep two.\n", "Be careful", slug);
    expect((await accept(edit1.id)).body.contribution.resultRevision).toBe(2);
    const forker = await makePerson(api.db);
    const res = await api.call("POST", `/api/commons/${slug}/forks`, {
      as: forker.token,
      body: { slug: "guide-fork", newCommunity: { slug: "forkers", name: "Forkers" } },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.forkedFrom.slug).toBe(slug);
    expect(res.body.community.slug).toBe("forkers");
    const origin = await api.call("GET", `/api/commons/${slug}/forks`);
    expect(origin.body.items.map((f: { slug: string }) => f.slug)).toEqual(["guide-fork"]);
    const docs = await api.call("GET", "/api/commons/guide-fork/documents");
    const originDocs = await api.call("GET", `/api/commons/${slug}/documents`);
    expect(docs.body.items.map((d: { path: string; head: number }) => [d.path, d.head])).toEqual(
      originDocs.body.items.map((d: { path: string; head: number }) => [d.path, d.head]),
    );
    const history = await api.call("GET", "/api/commons/guide-fork/documents/guide.md/revisions");
    expect(history.body.items.map((r: { number: number; fromUpstream: boolean }) => [r.number, r.fromUpstream])).toEqual([
      [2, true],
      [1, true],
    ]);
    const doc = await api.call("GET", "/api/commons/guide-fork/documents/guide.md");
    expect(doc.body.forkedFrom).toEqual({ commons: { slug, title: expect.any(String) }, path: "guide.md", revision: 2 });

    // The forker changes the fork, then brings it back upstream.
    const edit = await api.call("POST", "/api/commons/guide-fork/contributions", {
      as: forker.token,
      body: {
        type: "edit",
        title: "Fork tweak",
        document: "guide.md",
        baseRevision: 2,
        content: "# Guide\n\nStep one, carefully.\nStep two.\nStep 2b.\n",
      },
    });
    await api.call("POST", `/api/contributions/${edit.body.id}/accept`, { as: forker.token, body: {} });
    const up = await api.call("POST", "/api/commons/guide-fork/documents/guide.md/revisions/3/upstream", {
      as: forker.token,
      body: { title: "From the fork: step 2b" },
    });
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    expect(up.body).toMatchObject({ commons: { slug }, baseRevision: 2, source: { commons: "guide-fork", path: "guide.md", revision: 3 } });
    const merged = await accept(up.body.id);
    expect(merged.body.contribution.status).toBe("accepted");
  });

  it("refuses forking into a community the person does not steward", async () => {
    const someone = await makePerson(api.db);
    const c = await api.db.query.commons.findFirst({ where: (t, { eq: e }) => e(t.slug, slug) });
    const theirs = await api.db.query.organizations.findFirst({ where: (t, { eq: e }) => e(t.id, c?.communityId ?? "") });
    const res = await api.call("POST", `/api/commons/${slug}/forks`, {
      as: someone.token,
      body: { slug: "nope-fork", community: theirs?.slug },
    });
    expect(res.status).toBe(403);
    const both = await api.call("POST", `/api/commons/${slug}/forks`, { as: someone.token, body: { slug: "nope-fork" } });
    expect([both.status, both.body.errors[0].path]).toEqual([422, "body.community"]);
  });
});

describe("the credit rollup", () => {
  it("always equals the accepted contributions summed per day, and only the database writes it", async () => {
    const own = await ownCommons();
    const accepted = {
      commonsId: own.id,
      type: "work" as const,
      kind: "code" as const,
      status: "accepted" as const,
      authorId: newcomer.id,
    };
    const done = { reviewerId: maintainer.id, reviewedAt: new Date(), funding: "volunteer" as const };
    await api.db.insert(contributions).values(
      ["2026-01-01", "2026-01-01", "2026-01-02", "2026-02-01", "2026-03-01"].map((performedOn, i) => ({
        ...accepted,
        ...done,
        title: `Work ${i}`,
        performedOn,
        minutes: 10 * (i + 1),
        size: 10 * (i + 1),
      })),
    );
    const mine = await api.db.execute(
      sql`select day::text, contributions as n, size::int as size from credit_days where commons_id = ${own.id} order by day`,
    );
    expect((mine as unknown as { rows: unknown[] }).rows).toEqual([
      { day: "2026-01-01", n: 2, size: 30 },
      { day: "2026-01-02", n: 1, size: 30 },
      { day: "2026-02-01", n: 1, size: 40 },
      { day: "2026-03-01", n: 1, size: 50 },
    ]);
    const direct = await api.db.execute(sql`
      select commons_id, performed_on::text as day, funding::text, paid_by_id, type = 'work' as work, count(*)::int as n, sum(size)::int as size
      from contributions where status = 'accepted' group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5`);
    const rollup = await api.db.execute(sql`
      select commons_id, day::text, funding::text, paid_by_id, work, contributions as n, size::int as size
      from credit_days order by 1, 2, 3, 4, 5`);
    const rows = (r: unknown) => (r as { rows: unknown[] }).rows;
    expect(rows(rollup).length).toBeGreaterThan(3);
    expect(rows(rollup)).toEqual(rows(direct));
    await expect(api.db.execute(sql`delete from credit_days`)).rejects.toThrow();
  });
});

describe("pagination", () => {
  it("pages through rows changed within the same millisecond without skipping any", async () => {
    const c = await makeCommons(api.db, steward);
    const base = {
      commonsId: c.id,
      type: "work" as const,
      kind: "code" as const,
      minutes: 5,
      performedOn: "2026-01-01",
      authorId: newcomer.id,
    };
    await api.db
      .insert(contributions)
      .values(
        [100, 200, 300].map((us) => ({ ...base, title: `t${us}`, updatedAt: new Date(`2026-01-01T00:00:00.000Z`), createdAt: new Date() })),
      );
    await api.db.execute(
      sql`update contributions set updated_at = '2026-01-01T00:00:00Z'::timestamptz + (substr(title, 2)::int * interval '1 microsecond') where commons_id = ${c.id}`,
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: { title: string }[]; nextCursor: string | null } } = await api.call(
        "GET",
        `/api/contributions?commons=${c.slug}&limit=1${cursor ? `&cursor=${cursor}` : ""}`,
      );
      seen.push(...res.body.items.map((i) => i.title));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(["t300", "t200", "t100"]);
  });
});

describe("in French", () => {
  const headers = { "accept-language": "fr" };

  it("writes refusals and field rules in the language asked for, English otherwise", async () => {
    const p = await proposeDoc(newcomer, "retrait.md", "Texte\n");
    const withdraw = (h: Record<string, string> = {}) =>
      api.call("POST", `/api/contributions/${p.id}/withdraw`, { as: newcomer.token, headers: h });
    expect((await withdraw()).status).toBe(200);
    const again = await withdraw(headers);
    expect(again.status).toBe(409);
    expect(again.body.detail).toBe("Cette proposition est déjà retirée.");
    expect((await withdraw()).body.detail).toBe("This proposal is already withdrawn.");
    const tooLong = await api.call("POST", `/api/commons/${slug}/contributions`, {
      as: newcomer.token,
      body: { type: "work", kind: "care", title: "Trop", hours: 5000 },
      headers,
    });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.errors).toEqual([{ path: "body.hours", message: "Déclarez au plus 1\u202f000 heures par contribution." }]);
    const inEnglish = await api.call("POST", `/api/commons/${slug}/contributions`, {
      as: newcomer.token,
      body: { type: "work", kind: "care", title: "Too much", hours: 5000 },
    });
    expect(inEnglish.body.errors).toEqual([{ path: "body.hours", message: "Log at most 1,000 hours in one contribution." }]);
  });

  it("writes the documents' refusals in the language asked for", async () => {
    await createDocument("fr.md", "Un\n");
    const missing = await api.call("GET", `/api/commons/${slug}/documents/fr.md?revision=9`, { headers });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({
      detail: "Ce document n’a pas de révision 9.",
      errors: [{ path: "query.revision", message: "Il n’y a pas de révision 9." }],
    });
    expect((await api.call("GET", `/api/commons/${slug}/documents/fr.md?revision=9`)).body.detail).toBe("This document has no revision 9.");
    const nowhere = await api.call("GET", `/api/commons/${slug}/documents/absent.md`, { headers });
    expect(nowhere.body.detail).toBe(`Document « absent.md » dans « ${slug} » introuvable.`);
    const badPath = await api.call("GET", `/api/commons/${slug}/documents/_x`, { headers });
    expect(badPath.status).toBe(422);
    expect(badPath.body.errors[0].message).toBe(
      "Utilisez de 1 à 80 lettres minuscules, chiffres, points, tirets ou tirets bas, en commençant par une lettre ou un chiffre.",
    );
  });
});
