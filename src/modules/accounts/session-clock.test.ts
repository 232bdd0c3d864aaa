import { describe, expect, it } from "vitest";
import { advanceClock } from "../../test/clock.ts";
import { ensureInstance, makePerson, PASSWORD } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";

// A file of its own: it moves this database's clock forward by days, which would end other tests' sessions.
const api = setupApi({ sessionTtlDays: 2 });

describe("a session's lifetime", () => {
  it("runs on the app's clock: the session lasts its days, then is over", async () => {
    await ensureInstance(api.db);
    const p = await makePerson(api.db);
    const b = api.browser();
    expect((await b.call("POST", "/api/auth/signin", { email: p.email, password: PASSWORD })).status).toBe(200);
    await advanceClock(api.db, 2 * 86_400 - 60);
    expect((await b.call("GET", "/api/auth/session")).body.person?.handle).toBe(p.handle);
    await advanceClock(api.db, 120);
    expect((await b.call("GET", "/api/auth/session")).body.person).toBeNull();
  });
});
