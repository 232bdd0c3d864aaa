import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { rowsOf } from "../../db/rows.ts";
import { addMember, makeOrg, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";

const api = setupApi();

describe("organizations", () => {
  it("creates an organization whose founder is its steward, with an activity row", async () => {
    const ada = await makePerson(api.db);
    const res = await api.call("POST", "/api/organizations", {
      as: ada.token,
      body: { slug: "open-lab", name: "Open Lab", kind: "community", description: "Open hardware for all" },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ slug: "open-lab", joinPolicy: "open", memberCount: 1 });
    const profile = await api.call("GET", "/api/organizations/open-lab");
    expect(profile.body.roles).toEqual({ steward: 1 });
    const feed = await api.call("GET", "/api/activities?organization=open-lab");
    expect(feed.body.items.map((a: { verb: string }) => a.verb)).toEqual(["organization.created"]);
  });
});

describe("organization input", () => {
  it("requires an ownership form for enterprises and refuses it for others, naming the field", async () => {
    const p = await makePerson(api.db);
    const noOwnership = await api.call("POST", "/api/organizations", {
      as: p.token,
      body: { slug: "acme", name: "Acme", kind: "enterprise" },
    });
    expect(noOwnership.status).toBe(422);
    expect(noOwnership.body.errors[0].path).toBe("body.ownership");
    const stray = await api.call("POST", "/api/organizations", {
      as: p.token,
      body: { slug: "club", name: "Club", kind: "community", ownership: "private" },
    });
    expect(stray.body.errors[0].path).toBe("body.ownership");
    const ok = await api.call("POST", "/api/organizations", {
      as: p.token,
      body: { slug: "gearwork", name: "Gearwork", kind: "enterprise", ownership: "worker_owned" },
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ ownership: "worker_owned", joinPolicy: "approval" });
  });

  it("refuses a taken slug, bad kinds, bad URLs and unknown fields, changing nothing", async () => {
    const p = await makePerson(api.db);
    await api.call("POST", "/api/organizations", { as: p.token, body: { slug: "dup", name: "Dup", kind: "community" } });
    const dup = await api.call("POST", "/api/organizations", { as: p.token, body: { slug: "DUP", name: "Dup 2", kind: "community" } });
    expect(dup.status).toBe(409);
    expect(dup.body.errors).toEqual([{ path: "body.slug", message: "This address is taken by another organization." }]);
    const bad = await api.call("POST", "/api/organizations", {
      as: p.token,
      body: { slug: "ok-slug", name: "  ", kind: "guild", website: "javascript:alert(1)", colour: "red" },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["body.colour", "body.kind", "body.name", "body.website"]);
    const list = await api.call("GET", "/api/organizations?q=ok");
    expect(list.body.items.map((o: { slug: string }) => o.slug)).not.toContain("ok-slug");
  });

  it("edits by stewards only; the change is in the feed", async () => {
    const steward = await makePerson(api.db);
    const member = await makePerson(api.db);
    const create = await api.call("POST", "/api/organizations", {
      as: steward.token,
      body: { slug: "edit-me", name: "Edit Me", kind: "association" },
    });
    expect(create.status).toBe(201);
    await addMember(api.db, { id: create.body.id }, member);
    const refused = await api.call("PATCH", "/api/organizations/edit-me", { as: member.token, body: { name: "Hijacked" } });
    expect(refused.status).toBe(403);
    const ok = await api.call("PATCH", "/api/organizations/edit-me", {
      as: steward.token,
      body: { name: "Edited", website: "https://edited.example", joinPolicy: "open" },
    });
    expect(ok.body).toMatchObject({ name: "Edited", website: "https://edited.example", joinPolicy: "open", memberCount: 2 });
    const feed = await api.call("GET", "/api/activities?organization=edit-me&verb=organization.updated");
    expect(feed.body.items).toHaveLength(1);
  });
});

describe("listing and search", () => {
  it("lists alphabetically, filters by kind, and searches by word prefixes in name and description", async () => {
    const p = await makePerson(api.db);
    await makeOrg(api.db, p, { slug: "s-tractor", name: "Zeta Tractor Commons", description: "open hardware for small farms" });
    await makeOrg(api.db, p, { slug: "s-bikes", name: "Cargo Bike Library", kind: "association", description: "bikes to share" });
    await makeOrg(api.db, p, { slug: "s-hardware", name: "Hardware Makers", kind: "enterprise", ownership: "cooperative" });
    const hard = await api.call("GET", "/api/organizations?q=hard");
    const slugs = hard.body.items.map((o: { slug: string }) => o.slug);
    // A name match ranks above a description match.
    expect(slugs.indexOf("s-hardware")).toBeLessThan(slugs.indexOf("s-tractor"));
    expect(slugs).not.toContain("s-bikes");
    const twoWords = await api.call("GET", "/api/organizations?q=small%20farm");
    expect(twoWords.body.items.map((o: { slug: string }) => o.slug)).toEqual(["s-tractor"]);
    const kind = await api.call("GET", "/api/organizations?kind=association&q=bike");
    expect(kind.body.items.map((o: { slug: string }) => o.slug)).toEqual(["s-bikes"]);
    expect(kind.body.items[0].memberCount).toBe(1);
    const punctuation = await api.call("GET", "/api/organizations?q=%27%26%7C%21");
    expect(punctuation.status).toBe(200);
  });

  it("pages with a cursor, without repeats or gaps, both alphabetically and by relevance", async () => {
    const p = await makePerson(api.db);
    for (let i = 0; i < 7; i++)
      await makeOrg(api.db, p, { slug: `pg-${i}`, name: `Paging Org ${i % 3}`, description: i % 2 ? "paging paging" : "" });
    for (const query of ["kind=community", "q=paging"]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res: { body: { items: { slug: string }[]; nextCursor: string | null } } = await api.call(
          "GET",
          `/api/organizations?${query}&limit=3${cursor ? `&cursor=${cursor}` : ""}`,
        );
        seen.push(...res.body.items.map((o) => o.slug));
        cursor = res.body.nextCursor;
      } while (cursor);
      const paging = seen.filter((s) => s.startsWith("pg-"));
      expect(new Set(paging).size).toBe(7);
      expect(paging).toHaveLength(7);
    }
  });

  it("answers a page again from memory only while no organization has changed, with member counts always current", async () => {
    const p = await makePerson(api.db);
    const org = await makeOrg(api.db, p, { slug: "memo-1", name: "Memo Seed Bank", description: "seeds" });
    const memo = async () =>
      (await api.call("GET", "/api/organizations?q=memo")).body.items as { slug: string; name: string; memberCount: number }[];
    expect(await memo()).toMatchObject([{ slug: "memo-1", name: "Memo Seed Bank", memberCount: 1 }]);

    // A join changes no organization, yet the count shown is the new one.
    await addMember(api.db, org, await makePerson(api.db));
    expect(await memo()).toMatchObject([{ slug: "memo-1", memberCount: 2 }]);

    // A rename the list generation does not see (its trigger off) is not shown: the page came from memory.
    await api.db.execute(sql`alter table organizations disable trigger organizations_list_moved_on`);
    await api.db.execute(sql`update organizations set name = 'Memo Seed Library' where slug = 'memo-1'`);
    await api.db.execute(sql`alter table organizations enable trigger organizations_list_moved_on`);
    expect((await memo())[0]?.name).toBe("Memo Seed Bank");

    // Any change to any organization, by any writer, retires the pages read before it.
    await makeOrg(api.db, p, { slug: "memo-2", name: "Memo Tool Shed" });
    expect((await memo()).map((o) => [o.slug, o.name])).toEqual([
      ["memo-1", "Memo Seed Library"],
      ["memo-2", "Memo Tool Shed"],
    ]);
    await api.db.execute(sql`delete from organizations where slug = 'memo-2'`);
    expect((await memo()).map((o) => o.slug)).toEqual(["memo-1"]);
  });

  it("keeps each organization's stored member count equal to its active memberships through every kind of change", async () => {
    const p = await makePerson(api.db);
    const [a, b] = [await makeOrg(api.db, p, { slug: "count-a" }), await makeOrg(api.db, p, { slug: "count-b" })];
    const [x, y] = [await makePerson(api.db), await makePerson(api.db)];
    await addMember(api.db, a, x, "member", "pending");
    await addMember(api.db, a, y);
    await addMember(api.db, b, x);
    await api.db.execute(sql`update memberships set status = 'active' where organization_id = ${a.id} and person_id = ${x.id}`);
    await api.db.execute(sql`update memberships set role = 'steward' where organization_id = ${a.id}`);
    await api.db.execute(sql`update memberships set status = 'pending' where organization_id = ${b.id} and person_id = ${x.id}`);
    await api.db.execute(sql`delete from memberships where organization_id = ${a.id} and person_id = ${y.id}`);
    const wrong = await rowsOf<{ slug: string }>(
      api.db,
      sql`
      select o.slug from organizations o left join organization_member_counts c on c.organization_id = o.id
      where coalesce(c.active, 0) <> (select count(*) from memberships m where m.organization_id = o.id and m.status = 'active')`,
    );
    expect(wrong).toEqual([]);
    const shown = await api.call("GET", "/api/organizations?kind=community&limit=100");
    const count = (slug: string) => shown.body.items.find((o: { slug: string }) => o.slug === slug)?.memberCount;
    expect([count("count-a"), count("count-b")]).toEqual([2, 1]);
  });

  it("refuses a limit outside 1–100", async () => {
    const res = await api.call("GET", "/api/organizations?limit=1000");
    expect(res.status).toBe(422);
    expect(res.body.errors[0].path).toBe("query.limit");
  });
});

describe("in French", () => {
  it("writes the problem in the language asked for, English otherwise", async () => {
    const p = await makePerson(api.db);
    await api.call("POST", "/api/organizations", { as: p.token, body: { slug: "langue", name: "Langue", kind: "community" } });
    const body = { slug: "langue", name: "Langue 2", kind: "community" };
    const fr = await api.call("POST", "/api/organizations", { as: p.token, body, headers: { "accept-language": "fr" } });
    expect(fr.status).toBe(409);
    expect(fr.body).toMatchObject({
      detail: "Cette adresse est déjà prise par une autre organisation.",
      errors: [{ path: "body.slug", message: "Cette adresse est déjà prise par une autre organisation." }],
    });
    const en = await api.call("POST", "/api/organizations", { as: p.token, body });
    expect(en.body.detail).toBe("This address is taken by another organization.");
    const missing = await api.call("GET", "/api/organizations/nulle-part", { headers: { "accept-language": "fr" } });
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toBe("Organisation « nulle-part » introuvable.");
    expect((await api.call("GET", "/api/organizations/nulle-part")).body.detail).toBe('The organization "nulle-part" was not found.');
  });
});
