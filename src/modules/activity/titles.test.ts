import { describe, expect, it } from "vitest";
import { ensureInstance, makeCommons, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";

const api = setupApi();

type Row = { verb: string; commons: unknown; origin: unknown; document: unknown };

/** The activity feed answers with the titles of the commons and documents its rows are about, so sentences need no slugs. */
describe("the activity log names what its rows are about", () => {
  it("gives a contribution's commons and document by title, and a fork's origin", async () => {
    await ensureInstance(api.db);
    const steward = await makePerson(api.db);
    const newcomer = await makePerson(api.db);
    const c = await makeCommons(api.db, steward, { title: "Open Seed Drill" });
    const doc = await api.call("POST", `/api/commons/${c.slug}/contributions`, {
      as: steward.token,
      body: { type: "new_document", title: "Add the guide", path: "guide.md", documentTitle: "Seed rate guide", content: "One.\n" },
    });
    expect(doc.status, JSON.stringify(doc.body)).toBe(201);
    expect((await api.call("POST", `/api/contributions/${doc.body.id}/accept`, { as: steward.token, body: {} })).status).toBe(200);
    const edit = await api.call("POST", `/api/commons/${c.slug}/contributions`, {
      as: newcomer.token,
      body: { type: "edit", title: "Fix the seed rate", document: "guide.md", baseRevision: 1, content: "Two.\n" },
    });
    expect(edit.status, JSON.stringify(edit.body)).toBe(201);
    const fork = await api.call("POST", `/api/commons/${c.slug}/forks`, {
      as: newcomer.token,
      body: { slug: `${c.slug}-nl`, title: "Zaaimachine", newCommunity: { slug: `${c.slug}-nl-group`, name: "Zaaiers" } },
    });
    expect(fork.status, JSON.stringify(fork.body)).toBe(201);

    const feed = await api.call("GET", `/api/activities?commons=${c.slug}`);
    expect(feed.status).toBe(200);
    const rows: Row[] = feed.body.items;
    const proposedEdit = rows.find((r) => r.verb === "contribution.proposed" && r.document !== null);
    expect(proposedEdit).toMatchObject({
      commons: { slug: c.slug, title: "Open Seed Drill" },
      document: { commons: c.slug, path: "guide.md", title: "Seed rate guide" },
    });
    const forked = rows.find((r) => r.verb === "commons.forked");
    expect(forked).toMatchObject({
      commons: { slug: `${c.slug}-nl`, title: "Zaaimachine" },
      origin: { slug: c.slug, title: "Open Seed Drill" },
    });
  });

  it("reads the title as it is now, and gives nulls for rows about no commons or document", async () => {
    const steward = await makePerson(api.db);
    const c = await makeCommons(api.db, steward, { title: "Old title" });
    const work = await api.call("POST", `/api/commons/${c.slug}/contributions`, {
      as: steward.token,
      body: { type: "work", title: "Tested the drill", kind: "research", hours: 2 },
    });
    expect(work.status, JSON.stringify(work.body)).toBe(201);
    const renamed = await api.call("PATCH", `/api/commons/${c.slug}`, { as: steward.token, body: { title: "New title" } });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    const feed = await api.call("GET", `/api/activities?commons=${c.slug}&verb=contribution.proposed`);
    expect(feed.body.items).toEqual([
      expect.objectContaining({ commons: { slug: c.slug, title: "New title" }, document: null, origin: null }),
    ]);
    const org = await api.call("POST", "/api/organizations", {
      as: steward.token,
      body: { slug: `${c.slug}-co`, name: "Co", kind: "community" },
    });
    expect(org.status, JSON.stringify(org.body)).toBe(201);
    const created = await api.call("GET", `/api/activities?organization=${c.slug}-co&verb=organization.created`);
    expect(created.body.items).toEqual([expect.objectContaining({ commons: null, document: null, origin: null })]);
  });
});
