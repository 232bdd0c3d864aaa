import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureInstance, makePerson, PASSWORD } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { activities } from "../activity/schema.ts";
import { people, sessions } from "./schema.ts";

const api = setupApi({ authRateLimit: 1000 });
// Every test but the first runs on a set-up instance; the first has a database of its own that never is.
beforeAll(() => ensureInstance(api.db));

const signupBody = (handle: string) => ({ handle, name: `Name ${handle}`, email: `${handle}@example.test`, password: PASSWORD });

describe("before set-up", () => {
  const empty = setupApi({ authRateLimit: 1000 });

  it("refuses sign-up before the instance is set up", async () => {
    const res = await empty.call("POST", "/api/auth/signup", { body: signupBody("early") });
    expect(res.status).toBe(409);
    expect(res.body.type).toBe("/problems/setup-required");
  });
});

describe("sign-up, sign-in and sessions", () => {
  it("signs up, keeps a server-side session in an httpOnly SameSite=Lax cookie, and signs out", async () => {
    const b = api.browser();
    const res = await b.call("POST", "/api/auth/signup", signupBody("ada"));
    expect(res.status).toBe(201);
    const cookie = res.headers.getSetCookie().join("\n");
    expect(cookie).toMatch(/triarchy_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    expect(res.body.person).toMatchObject({ handle: "ada", email: "ada@example.test" });
    expect(res.body.person.passwordHash).toBeUndefined();

    const session = await b.call("GET", "/api/auth/session");
    expect(session.body.person.handle).toBe("ada");
    const [row] = await api.db.select().from(sessions).innerJoin(people, eq(people.id, sessions.personId)).where(eq(people.handle, "ada"));
    expect(row).toBeDefined();

    expect((await b.call("POST", "/api/auth/signout")).status).toBe(204);
    expect((await b.call("GET", "/api/auth/session")).body.person).toBeNull();
  });

  it("sets the Secure flag behind https", async () => {
    const res = await api.call("POST", "/api/auth/signup", {
      body: signupBody("secure-one"),
      headers: {},
    });
    expect(res.status).toBe(201);
    const https = await api.call("POST", "https://triarchy.test/api/auth/signin", {
      body: { email: "secure-one@example.test", password: PASSWORD },
    });
    expect(https.status).toBe(200);
    expect(https.headers.getSetCookie().join("\n")).toMatch(/Secure/);
  });

  it("refuses a wrong password and an unknown email with the same problem", async () => {
    const p = await makePerson(api.db);
    const wrong = await api.call("POST", "/api/auth/signin", { body: { email: p.email, password: "not the password" } });
    const unknown = await api.call("POST", "/api/auth/signin", { body: { email: "nobody@example.test", password: "whatever12345" } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it("names taken handles and emails, case-insensitively", async () => {
    await api.call("POST", "/api/auth/signup", { body: signupBody("taken") });
    const again = await api.call("POST", "/api/auth/signup", { body: { ...signupBody("Taken"), email: "other@example.test" } });
    expect(again.status).toBe(409);
    expect(again.body.errors).toEqual([{ path: "body.handle", message: "This handle is taken." }]);
    const email = await api.call("POST", "/api/auth/signup", { body: { ...signupBody("fresh"), email: "TAKEN@example.test" } });
    expect(email.status).toBe(409);
    expect(email.body.errors[0].path).toBe("body.email");
  });

  it("validates every field and names each one", async () => {
    const before = await api.db.select().from(people);
    const res = await api.call("POST", "/api/auth/signup", { body: { handle: "-bad-", name: "", email: "nope", password: "short" } });
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      "body.email",
      "body.handle",
      "body.name",
      "body.password",
    ]);
    expect(await api.db.select().from(people)).toHaveLength(before.length);
  });
});

describe("CSRF", () => {
  it("refuses a cookie-authenticated write without the session's CSRF token, and accepts it with", async () => {
    const p = await makePerson(api.db);
    const b = api.browser();
    await b.call("POST", "/api/auth/signin", { email: p.email, password: PASSWORD });
    const without = await b.call("PATCH", "/api/me", { bio: "hello" }, { csrf: false });
    expect(without.status).toBe(403);
    expect(without.body.type).toBe("/problems/csrf");
    const forged = await b.call("PATCH", "/api/me", { bio: "hello" }, { csrf: false, headers: { "x-csrf-token": "forged" } });
    expect(forged.status).toBe(403);
    const withToken = await b.call("PATCH", "/api/me", { bio: "hello" });
    expect(withToken.status).toBe(200);
    expect(withToken.body.bio).toBe("hello");
  });

  it("does not ask Bearer-token scripts for a CSRF token", async () => {
    const p = await makePerson(api.db);
    const res = await api.call("PATCH", "/api/me", { as: p.token, body: { name: "Scripted" } });
    expect(res.status).toBe(200);
  });
});

describe("passwords", () => {
  it("changes the password, ends other sessions, keeps this one", async () => {
    const p = await makePerson(api.db);
    const here = api.browser();
    const elsewhere = api.browser();
    await here.call("POST", "/api/auth/signin", { email: p.email, password: PASSWORD });
    await elsewhere.call("POST", "/api/auth/signin", { email: p.email, password: PASSWORD });
    const wrong = await here.call("POST", "/api/auth/password", { currentPassword: "wrong", newPassword: "a brand new passphrase" });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors[0].path).toBe("body.currentPassword");
    const ok = await here.call("POST", "/api/auth/password", { currentPassword: PASSWORD, newPassword: "a brand new passphrase" });
    expect(ok.status).toBe(204);
    expect((await here.call("GET", "/api/auth/session")).body.person?.handle).toBe(p.handle);
    expect((await elsewhere.call("GET", "/api/auth/session")).body.person).toBeNull();
    const old = await api.call("POST", "/api/auth/signin", { body: { email: p.email, password: PASSWORD } });
    expect(old.status).toBe(401);
    const fresh = await api.call("POST", "/api/auth/signin", { body: { email: p.email, password: "a brand new passphrase" } });
    expect(fresh.status).toBe(200);
  });
});

/** A signed-in browser session for a person: tokens are created there, not with another token. */
async function sessionOf(p: { email: string }) {
  const browser = api.browser();
  expect((await browser.call("POST", "/api/auth/signin", { email: p.email, password: PASSWORD })).status).toBe(200);
  return browser;
}

describe("personal API tokens", () => {
  it("creates a token shown once, authenticates with it, lists it without the secret, and revokes it", async () => {
    const p = await makePerson(api.db);
    const created = await (await sessionOf(p)).call("POST", "/api/me/tokens", { name: "backup script" });
    expect(created.status).toBe(201);
    const secret: string = created.body.token;
    expect(secret).toMatch(/^tri_/);
    const me = await api.call("GET", "/api/auth/session", { as: secret });
    expect(me.body).toEqual({ person: expect.objectContaining({ handle: p.handle }), csrfToken: null });
    const list = await api.call("GET", "/api/me/tokens", { as: secret });
    expect(list.body.items.map((t: { name: string }) => t.name)).toContain("backup script");
    expect(JSON.stringify(list.body)).not.toContain(secret);
    expect((await api.call("DELETE", `/api/me/tokens/${created.body.id}`, { as: p.token })).status).toBe(204);
    const after = await api.call("PATCH", "/api/me", { as: secret, body: { bio: "x" } });
    expect(after.status).toBe(401);
  });

  it("cannot revoke someone else's token", async () => {
    const a = await makePerson(api.db);
    const b = await makePerson(api.db);
    const created = await (await sessionOf(a)).call("POST", "/api/me/tokens", { name: "mine" });
    expect((await api.call("DELETE", `/api/me/tokens/${created.body.id}`, { as: b.token })).status).toBe(404);
  });

  it("refuses a malformed Bearer token with 401", async () => {
    const res = await api.call("GET", "/api/organizations", { as: "tri_not-a-real-token" });
    expect(res.status).toBe(401);
  });
});

describe("privacy", () => {
  it("never shows emails, hashes, tokens or session ids in public output", async () => {
    const p = await makePerson(api.db, { handle: "private-pat" });
    const b = api.browser();
    await b.call("POST", "/api/auth/signin", { email: p.email, password: PASSWORD });
    const publicPaths = ["/api/people/private-pat", "/api/people?q=private", "/api/activities?actor=private-pat", "/api/activities"];
    const rows = await api.db.select().from(sessions).where(eq(sessions.personId, p.id));
    for (const path of publicPaths) {
      const res = await api.call("GET", path);
      const text = JSON.stringify(res.body);
      expect(res.status).toBe(200);
      expect(text).not.toContain(p.email);
      expect(text).not.toContain("scrypt$");
      expect(text).not.toContain(p.token);
      for (const s of rows) expect(text).not.toContain(s.id);
    }
  });

  it("keeps sign-in and password activity private to the person", async () => {
    const p = await makePerson(api.db);
    await api.call("POST", "/api/auth/signin", { body: { email: p.email, password: PASSWORD } });
    const [row] = await api.db.select().from(activities).where(eq(activities.actorId, p.id));
    expect(row?.visibility).toBe("private");
    const anon = await api.call("GET", `/api/activities?actor=${p.handle}`);
    expect(anon.body.items).toEqual([]);
    const own = await api.call("GET", `/api/activities?actor=${p.handle}`, { as: p.token });
    expect(own.body.items.map((a: { verb: string }) => a.verb)).toContain("session.started");
  });
});

describe("in French", () => {
  it("writes the sign-in refusal and the field rules in the language asked for, English otherwise", async () => {
    const p = await makePerson(api.db);
    const body = { email: p.email, password: "not the password" };
    const fr = await api.call("POST", "/api/auth/signin", { body, headers: { "accept-language": "fr" } });
    expect(fr.status).toBe(401);
    expect(fr.body).toMatchObject({
      title: "Vous devez vous connecter",
      detail: "L’adresse e-mail ou le mot de passe est incorrect.",
      errors: [{ path: "body.password", message: "L’adresse e-mail ou le mot de passe est incorrect." }],
    });
    const en = await api.call("POST", "/api/auth/signin", { body });
    expect(en.body.detail).toBe("The email or password is not right.");
    const empty = await api.call("POST", "/api/auth/signin", {
      body: { email: p.email, password: "" },
      headers: { "accept-language": "fr" },
    });
    expect(empty.status).toBe(422);
    expect(empty.body.errors).toEqual([{ path: "body.password", message: "Saisissez votre mot de passe." }]);
  });
});
