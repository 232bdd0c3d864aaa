import { describe, expect, it } from "vitest";
import { PASSWORD } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { people } from "../accounts/schema.ts";

const api = setupApi({ authRateLimit: 1000 });

const setupBody = (handle: string) => ({
  instanceName: "Riverton Commons",
  handle,
  name: `Admin ${handle}`,
  email: `${handle}@example.test`,
  password: PASSWORD,
});

describe("first run", () => {
  it("reports an instance that is not set up, then lets exactly one of several simultaneous set-ups through", async () => {
    expect((await api.call("GET", "/api/instance")).body).toMatchObject({ setUp: false, counts: { people: 0, organizations: 0 } });
    const results = await Promise.all(["first", "second", "third"].map((h) => api.call("POST", "/api/setup", { body: setupBody(h) })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    const admins = await api.db.select().from(people);
    expect(admins).toHaveLength(1);
    expect(admins[0]?.isAdmin).toBe(true);
    const info = await api.call("GET", "/api/instance");
    expect(info.body).toMatchObject({ setUp: true, name: "Riverton Commons", counts: { people: 1 } });
    const again = await api.call("POST", "/api/setup", { body: setupBody("fourth") });
    expect(again.body).toMatchObject({ status: 409, detail: "This instance is already set up." });
    const encore = await api.call("POST", "/api/setup", { body: setupBody("fifth"), headers: { "accept-language": "fr" } });
    expect(encore.body).toMatchObject({ status: 409, detail: "Cette instance est déjà configurée." });
  });

  it("lets the admin, and only the admin, rename the instance", async () => {
    const b = api.browser();
    const signin = await b.call("POST", "/api/auth/signin", { email: "first@example.test", password: PASSWORD });
    const adminBrowser = signin.status === 200 ? b : null;
    // Whichever set-up won above is the admin; sign in as them.
    const winner = adminBrowser ?? api.browser();
    if (!adminBrowser) {
      const rows = await api.db.select().from(people);
      await winner.call("POST", "/api/auth/signin", { email: rows[0]?.email, password: PASSWORD });
    }
    const ok = await winner.call("PATCH", "/api/instance", { description: "Tools and commons of Riverton" });
    expect(ok.status).toBe(200);
    expect(ok.body.description).toBe("Tools and commons of Riverton");
    const someone = api.browser();
    await someone.call("POST", "/api/auth/signup", {
      handle: "someone",
      name: "Someone",
      email: "someone@example.test",
      password: PASSWORD,
    });
    expect((await someone.call("PATCH", "/api/instance", { name: "Mine" })).status).toBe(403);
  });
});
