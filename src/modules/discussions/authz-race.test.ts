import { describe, expect, it } from "vitest";
import { expectRefusedWithoutTrace, writeWhileLosingRole } from "../../test/demotion.ts";
import { addMember, ensureInstance, makeCommons, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";

const api = setupApi();

describe("a maintainer removed while hiding a comment", () => {
  it("is refused once the removal commits, and the comment stays shown", async () => {
    await ensureInstance(api.db);
    const steward = await makePerson(api.db);
    const maintainer = await makePerson(api.db);
    const author = await makePerson(api.db);
    const commons = await makeCommons(api.db, steward);
    await addMember(api.db, commons.community, maintainer, "maintainer");
    const thread = await api.call("POST", "/api/threads", {
      as: author.token,
      body: { subjectType: "commons", subjectId: commons.id, title: "T", body: "a comment" },
    });
    expect(thread.status, JSON.stringify(thread.body)).toBe(201);
    const comment = (await api.call("GET", `/api/threads/${thread.body.id}`)).body.comments.items[0];

    const res = await writeWhileLosingRole(api, { steward, org: commons.community.slug, handle: maintainer.handle, role: "removed" }, () =>
      api.call("POST", `/api/comments/${comment.id}/hide`, { as: maintainer.token, body: { reason: "Off-topic" } }),
    );
    await expectRefusedWithoutTrace(api, res, maintainer.id);
    const after = (await api.call("GET", `/api/threads/${thread.body.id}`)).body.comments.items[0];
    expect(after.hidden ?? null).toEqual(comment.hidden ?? null);
  });
});
