import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { expectRefusedWithoutTrace, writeWhileLosingRole } from "../../test/demotion.ts";
import { addMember, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { balanceOf } from "../../test/worlds/books.ts";
import { addContributions, valueWorld } from "../../test/worlds/value.ts";
import { distributions } from "./schema.ts";

const api = setupApi();

describe("a steward association's treasurer removed while posting a distribution", () => {
  it("is refused once the removal commits, and nothing is distributed", async () => {
    const w = await valueWorld(api, 2);
    const [a, b] = w.people as [(typeof w.people)[0], (typeof w.people)[0]];
    await addContributions(api, w.commons.id, [
      { author: a, minutes: 90, on: "2026-03-01" },
      { author: b, minutes: 30, on: "2026-03-02" },
    ]);
    const poster = await makePerson(api.db);
    await addMember(api.db, w.association, poster, "treasurer");
    const body = { amount: 10_000, windowTo: "2026-03-31" };
    const preview = await api.call("POST", `/api/commons/${w.commons.slug}/distributions/preview`, { as: poster.token, body });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);

    const res = await writeWhileLosingRole(
      api,
      { steward: w.steward, org: w.association.slug, handle: poster.handle, role: "removed" },
      () =>
        api.call("POST", `/api/commons/${w.commons.slug}/distributions`, {
          as: poster.token,
          body: { ...body, statementHash: preview.body.statementHash },
        }),
    );
    await expectRefusedWithoutTrace(api, res, poster.id);
    expect((await api.db.select({ n: count() }).from(distributions))[0]?.n).toBe(0);
    expect(await balanceOf(api, w.association.slug, `liabilities:contributors:${a.handle}`)).toBe("0");
  });
});
