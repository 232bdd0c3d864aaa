import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client.ts";
import type { Db } from "../../db/types.ts";
import { createTestDatabase } from "../../test/database.ts";
import { addMember, ensureInstance, makeCommons, makePerson, type TestPerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { accept } from "./review.ts";
import { proposeAndShow } from "./service.ts";

const api = setupApi();

let steward: TestPerson;
let maintainer: TestPerson;
let newcomer: TestPerson;
let slug: string;

beforeAll(async () => {
  await ensureInstance(api.db);
  steward = await makePerson(api.db);
  maintainer = await makePerson(api.db);
  newcomer = await makePerson(api.db);
  const c = await makeCommons(api.db, steward);
  await addMember(api.db, c.community, maintainer, "maintainer");
  slug = c.slug;
});

/** The proposal's 201 answer (built from the rows written) and its page read afterwards, by the same person. */
async function proposeAndRead(as: TestPerson, body: Record<string, unknown>) {
  const res = await api.call("POST", `/api/commons/${slug}/contributions`, { as: as.token, body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const page = await api.call("GET", `/api/contributions/${(res.body as { id: string }).id}`, { as: as.token });
  expect(page.status).toBe(200);
  return { answer: res.body, page: page.body };
}

describe("a proposal's answer", () => {
  it("is the proposal as its page reads it, for each type, for an author who reviews and one who does not", async () => {
    const doc = await proposeAndRead(maintainer, {
      type: "new_document",
      title: "Add the guide",
      description: "A **first** guide.",
      path: "guide.md",
      documentTitle: "The guide",
      content: "one\ntwo\nthree\n",
    });
    expect(doc.answer).toEqual(doc.page);
    expect(doc.answer).toMatchObject({ viewer: { isAuthor: true, canReview: true, supports: false }, linesAdded: 3 });
    expect(
      (await api.call("POST", `/api/contributions/${(doc.answer as { id: string }).id}/accept`, { as: maintainer.token, body: {} })).status,
    ).toBe(200);

    const edit = await proposeAndRead(newcomer, {
      type: "edit",
      title: "Fix two",
      document: "guide.md",
      baseRevision: 1,
      content: "one\n2\nthree\n",
    });
    expect(edit.answer).toEqual(edit.page);
    expect(edit.answer).toMatchObject({ viewer: { canReview: false }, linesAdded: 1, linesRemoved: 1, baseRevision: 1 });
    // The same base again: its text is kept from the first edit, and the answer is the same as read.
    const again = await proposeAndRead(maintainer, {
      type: "edit",
      title: "Add four",
      document: "guide.md",
      baseRevision: 1,
      content: "one\ntwo\nthree\nfour\n",
    });
    expect(again.answer).toEqual(again.page);
    expect(again.answer).toMatchObject({ linesAdded: 1, linesRemoved: 0 });

    const work = await proposeAndRead(newcomer, {
      type: "work",
      kind: "research",
      title: "Reviewed the guide",
      hours: 1.5,
      link: "https://example.org/notes",
    });
    expect(work.answer).toEqual(work.page);
    expect(work.answer).toMatchObject({ hours: 1.5, document: null });
  });
});

describe("an edit's kept base text", () => {
  let other: Database;
  beforeAll(async () => {
    other = await createTestDatabase();
  });
  afterAll(async () => {
    await other.close();
  });

  /** A commons `at` with `notes.md` at revision 1 holding `content`, in database `db`. */
  async function commonsWith(db: Db, at: string, content: string) {
    await ensureInstance(db);
    const owner = await makePerson(db);
    const c = await makeCommons(db, owner, at ? { slug: at } : {});
    const { row } = await proposeAndShow(db, owner, c.slug, {
      type: "new_document",
      kind: "documentation",
      title: "Notes",
      path: "notes.md",
      documentTitle: "Notes",
      format: "markdown",
      content,
    });
    await accept(db, owner, row.id);
    return { owner, slug: c.slug };
  }

  it("is read again when revision N of that path is not the revision it was read from", async () => {
    // Two databases with the same commons, path and revision number but different texts: the text kept
    // from the first must not count the lines of an edit in the second.
    const first = await commonsWith(api.db, "", "a\nb\n");
    const second = await commonsWith(other.db, first.slug, "x\ny\nz\n");
    const edit = (content: string) =>
      ({ type: "edit", kind: "documentation", title: "Edit", document: "notes.md", baseRevision: 1, content }) as const;
    expect((await proposeAndShow(api.db, first.owner, first.slug, edit("a\nb\nc\n"))).row).toMatchObject({
      linesAdded: 1,
      linesRemoved: 0,
    });
    expect((await proposeAndShow(other.db, second.owner, second.slug, edit("x\nz\n"))).row).toMatchObject({
      linesAdded: 0,
      linesRemoved: 1,
    });
    // And a no-op against the second base is refused as such, whatever the first base says.
    await expect(proposeAndShow(other.db, second.owner, second.slug, edit("x\ny\nz\n"))).rejects.toMatchObject({
      status: 422,
      message: "Nothing to change: the proposed text is the same as the revision it starts from.",
      errors: [{ path: "body.content" }],
    });
  });
});
