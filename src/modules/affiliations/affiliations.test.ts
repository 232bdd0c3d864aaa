import { describe, expect, it } from "vitest";
import { addMember, makeOrg, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { payersOn } from "./service.ts";

const api = setupApi();

async function setting() {
  const boss = await makePerson(api.db);
  const coop = await makeOrg(api.db, boss, { kind: "enterprise", ownership: "worker_owned" });
  const worker = await makePerson(api.db);
  return { boss, coop, worker };
}

describe("affiliations", () => {
  it("a person claims an open-ended affiliation; the enterprise's steward confirms it; both profiles show it", async () => {
    const { boss, coop, worker } = await setting();
    const claim = await api.call("POST", "/api/affiliations", {
      as: worker.token,
      body: { enterprise: coop.slug, startsOn: "2025-01-01", note: "firmware" },
    });
    expect(claim.status).toBe(201);
    const review = await api.call("POST", `/api/affiliations/${claim.body.id}/review`, { as: boss.token, body: { decision: "confirmed" } });
    expect(review.body.status).toBe("confirmed");
    const profile = await api.call("GET", `/api/people/${worker.handle}`);
    expect(profile.body.affiliations[0]).toMatchObject({ status: "confirmed", endsOn: null, enterprise: { slug: coop.slug } });
    const ofCoop = await api.call("GET", `/api/organizations/${coop.slug}/affiliations`);
    expect(ofCoop.body.items[0].person.handle).toBe(worker.handle);
    const verbs = (await api.call("GET", `/api/activities?organization=${coop.slug}`)).body.items.map((a: { verb: string }) => a.verb);
    expect(verbs).toEqual(["affiliation.confirmed", "affiliation.claimed"]);
  });

  it("pages an enterprise's affiliations latest start first, same-day starts by id, without skipping or repeating", async () => {
    const { coop } = await setting();
    for (const startsOn of ["2025-03-01", "2025-03-01", "2025-01-01", "2025-03-01", "2025-01-01"]) {
      const worker = await makePerson(api.db);
      const claim = await api.call("POST", "/api/affiliations", { as: worker.token, body: { enterprise: coop.slug, startsOn } });
      expect(claim.status).toBe(201);
    }
    const path = `/api/organizations/${coop.slug}/affiliations`;
    const whole = (await api.call("GET", `${path}?limit=100`)).body.items as { id: string; startsOn: string }[];
    const expected = [...whole].sort((a, b) => b.startsOn.localeCompare(a.startsOn) || (a.id < b.id ? -1 : 1));
    expect(whole.map((a) => a.id)).toEqual(expected.map((a) => a.id));
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const next: { body: { items: { id: string }[]; nextCursor: string | null } } = await api.call(
        "GET",
        `${path}?limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      );
      paged.push(...next.body.items.map((a) => a.id));
      cursor = next.body.nextCursor;
    } while (cursor);
    expect(paged).toEqual(whole.map((a) => a.id));
  });

  it("only the enterprise's stewards (or the admin) review; a dispute needs a reason", async () => {
    const { coop, worker } = await setting();
    const member = await makePerson(api.db);
    await addMember(api.db, coop, member);
    const admin = await makePerson(api.db, { isAdmin: true });
    const claim = await api.call("POST", "/api/affiliations", {
      as: worker.token,
      body: { enterprise: coop.slug, startsOn: "2025-01-01" },
    });
    const path = `/api/affiliations/${claim.body.id}/review`;
    expect((await api.call("POST", path, { as: worker.token, body: { decision: "confirmed" } })).status).toBe(403);
    expect((await api.call("POST", path, { as: member.token, body: { decision: "confirmed" } })).status).toBe(403);
    const noReason = await api.call("POST", path, { as: admin.token, body: { decision: "disputed" } });
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors[0].path).toBe("body.note");
    expect((await api.call("POST", path, { as: admin.token, body: { decision: "disputed", note: "Never worked here" } })).status).toBe(200);
  });

  it("refuses overlapping periods with the same enterprise (a database exclusion constraint)", async () => {
    const { coop, worker } = await setting();
    await api.call("POST", "/api/affiliations", {
      as: worker.token,
      body: { enterprise: coop.slug, startsOn: "2024-01-01", endsOn: "2024-12-31" },
    });
    const overlap = await api.call("POST", "/api/affiliations", {
      as: worker.token,
      body: { enterprise: coop.slug, startsOn: "2024-06-01" },
    });
    expect(overlap.status).toBe(409);
    expect(overlap.body.errors[0].path).toBe("body.startsOn");
    const after = await api.call("POST", "/api/affiliations", {
      as: worker.token,
      body: { enterprise: coop.slug, startsOn: "2025-01-01" },
    });
    expect(after.status).toBe(201);
  });

  it("concurrent overlapping claims: exactly one is stored", async () => {
    const { coop, worker } = await setting();
    const results = await Promise.all(
      ["2023-01-01", "2023-02-01", "2023-03-01"].map((startsOn) =>
        api.call("POST", "/api/affiliations", { as: worker.token, body: { enterprise: coop.slug, startsOn } }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
  });

  it("refuses non-enterprises, reversed dates and impossible dates, naming the field", async () => {
    const { worker } = await setting();
    const steward = await makePerson(api.db);
    const community = await makeOrg(api.db, steward);
    const notEnterprise = await api.call("POST", "/api/affiliations", {
      as: worker.token,
      body: { enterprise: community.slug, startsOn: "2025-01-01" },
    });
    expect(notEnterprise.status).toBe(422);
    expect(notEnterprise.body.errors[0].path).toBe("body.enterprise");
    const { coop } = await setting();
    const reversed = await api.call("POST", "/api/affiliations", {
      as: worker.token,
      body: { enterprise: coop.slug, startsOn: "2025-05-01", endsOn: "2025-04-01" },
    });
    expect(reversed.body.errors[0].path).toBe("body.endsOn");
    const impossible = await api.call("POST", "/api/affiliations", {
      as: worker.token,
      body: { enterprise: coop.slug, startsOn: "2025-02-30" },
    });
    expect(impossible.status).toBe(422);
    expect(impossible.body.errors[0].path).toBe("body.startsOn");
  });

  it("changing dates sends a confirmed affiliation back to 'claimed'; only its person may change or withdraw it", async () => {
    const { boss, coop, worker } = await setting();
    const claim = await api.call("POST", "/api/affiliations", {
      as: worker.token,
      body: { enterprise: coop.slug, startsOn: "2025-01-01" },
    });
    await api.call("POST", `/api/affiliations/${claim.body.id}/review`, { as: boss.token, body: { decision: "confirmed" } });
    expect((await api.call("PATCH", `/api/affiliations/${claim.body.id}`, { as: boss.token, body: { endsOn: "2025-06-30" } })).status).toBe(
      403,
    );
    await api.call("PATCH", `/api/affiliations/${claim.body.id}`, { as: worker.token, body: { endsOn: "2025-06-30" } });
    const profile = await api.call("GET", `/api/people/${worker.handle}`);
    expect(profile.body.affiliations[0]).toMatchObject({ status: "claimed", endsOn: "2025-06-30" });
    expect((await api.call("DELETE", `/api/affiliations/${claim.body.id}`, { as: boss.token })).status).toBe(403);
    expect((await api.call("DELETE", `/api/affiliations/${claim.body.id}`, { as: worker.token })).status).toBe(204);
  });

  it("tells later modules who paid a person on a given day, ignoring disputed claims", async () => {
    const { boss, coop, worker } = await setting();
    const a = await api.call("POST", "/api/affiliations", {
      as: worker.token,
      body: { enterprise: coop.slug, startsOn: "2024-01-01", endsOn: "2024-06-30" },
    });
    const b = await api.call("POST", "/api/affiliations", { as: worker.token, body: { enterprise: coop.slug, startsOn: "2025-01-01" } });
    await api.call("POST", `/api/affiliations/${b.body.id}/review`, { as: boss.token, body: { decision: "disputed", note: "no" } });
    expect(a.status).toBe(201);
    expect(await payersOn(api.db, worker.id, "2024-03-01")).toEqual([{ enterpriseId: coop.id, status: "claimed" }]);
    expect(await payersOn(api.db, worker.id, "2024-08-01")).toEqual([]);
    expect(await payersOn(api.db, worker.id, "2025-08-01")).toEqual([]);
  });
});

describe("in French", () => {
  it("writes refusals in the language asked for, English otherwise", async () => {
    const { worker, coop } = await setting();
    const body = { enterprise: coop.slug, startsOn: "2025-05-01", endsOn: "2025-04-01" };
    const fr = await api.call("POST", "/api/affiliations", { as: worker.token, body, headers: { "accept-language": "fr" } });
    expect(fr.status).toBe(422);
    expect(fr.body.errors).toEqual([{ path: "body.endsOn", message: "La date de fin ne peut pas précéder la date de début." }]);
    const en = await api.call("POST", "/api/affiliations", { as: worker.token, body });
    expect(en.body.errors).toEqual([{ path: "body.endsOn", message: "The end date cannot be before the start date." }]);
    const unknown = await api.call("POST", "/api/affiliations", {
      as: worker.token,
      body: { enterprise: "nulle-part", startsOn: "2025-01-01" },
      headers: { "accept-language": "fr" },
    });
    expect(unknown.body.errors).toEqual([{ path: "body.enterprise", message: "L’organisation « nulle-part » n’existe pas." }]);
  });
});
