import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureInstance, makePerson, PASSWORD } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { accountTokens } from "./schema.ts";

/** An instance with no mail server: nothing is sent, and the routes that would send say so. */
const api = setupApi({ authRateLimit: 1000 });
beforeAll(() => ensureInstance(api.db));

describe("with email off", () => {
  it("signs up without a verification link", async () => {
    const b = api.browser();
    const res = await b.call("POST", "/api/auth/signup", {
      handle: "offline",
      name: "Off",
      email: "offline@example.org",
      password: PASSWORD,
    });
    expect(res.status).toBe(201);
    expect(res.body.person).toMatchObject({ emailVerified: false });
    expect(await api.db.select().from(accountTokens).where(eq(accountTokens.email, "offline@example.org"))).toEqual([]);
    const resend = await b.call("POST", "/api/me/email/verification");
    expect(resend.status).toBe(503);
    expect(resend.body.type).toBe("/problems/email-off");
  });

  it("answers a password reset with the problem, whatever the address", async () => {
    for (const email of ["nobody@example.org", (await makePerson(api.db)).email]) {
      const res = await api.call("POST", "/api/auth/password-reset", { body: { email } });
      expect(res.status).toBe(503);
      expect(res.body.title).toBe("This instance does not send email");
    }
  });

  it("changes the address at once, unverified", async () => {
    const p = await makePerson(api.db);
    const b = api.browser();
    await b.call("POST", "/api/auth/signin", { email: p.email, password: PASSWORD });
    const res = await b.call("POST", "/api/me/email", { email: `moved-${p.handle}@example.org`, password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ applied: true, person: { email: `moved-${p.handle}@example.org`, emailVerified: false } });
    expect((await b.call("GET", "/api/me")).body.email).toBe(`moved-${p.handle}@example.org`);
  });

  it("does not hold unverified accounts back, whatever the setting says", async () => {
    const admin = await makePerson(api.db, { isAdmin: true });
    expect((await api.call("PATCH", "/api/instance", { as: admin.token, body: { requireVerifiedEmail: true } })).status).toBe(200);
    const p = await makePerson(api.db);
    const res = await api.call("POST", "/api/organizations", {
      as: p.token,
      body: { slug: `off-${p.handle}`, name: "Off", kind: "community" },
    });
    expect(res.status).toBe(201);
    await api.call("PATCH", "/api/instance", { as: admin.token, body: { requireVerifiedEmail: false } });
  });

  it("refuses an email change by API token", async () => {
    const p = await makePerson(api.db);
    const res = await api.call("POST", "/api/me/email", { as: p.token, body: { email: "x@example.org", password: PASSWORD } });
    expect(res.status).toBe(403);
  });
});
