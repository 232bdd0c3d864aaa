import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmtpConfig } from "../../config.ts";
import { rowsOf } from "../../db/rows.ts";
import { advanceClock } from "../../test/clock.ts";
import { ensureInstance, makePerson, PASSWORD } from "../../test/factories.ts";
import { type Browser, setupApi } from "../../test/harness.ts";
import { type Received, type SmtpSink, startSmtpSink } from "../../test/smtp.ts";
import { sendAllDue } from "../mail/sender.ts";
import { smtpTransport } from "../mail/transport.ts";
import { accountTokens, people, sessions } from "./schema.ts";

// The sink starts before the app (hooks run in order), and the app's config holds this very object.
let sink: SmtpSink;
const smtp = {} as SmtpConfig;
beforeAll(async () => {
  sink = await startSmtpSink();
  Object.assign(smtp, sink.smtp);
});
const api = setupApi({ smtp, publicUrl: "https://triarchy.test", authRateLimit: 1000 });
let transport: ReturnType<typeof smtpTransport>;
beforeAll(async () => {
  await ensureInstance(api.db);
  transport = smtpTransport(sink.smtp);
});
afterAll(async () => {
  transport.close();
  await sink.close();
});

/** Sends whatever the outbox holds through the real SMTP sink, and returns what arrived. */
async function deliver(): Promise<Received[]> {
  const before = sink.received.length;
  const { sent } = await sendAllDue(api.db, transport, { smtp: sink.smtp, publicUrl: "https://triarchy.test", backoffSeconds: () => 0 });
  await sink.waitFor(before + sent);
  return sink.received.slice(before);
}
const to = (mails: Received[], address: string) => mails.filter((m) => m.to.includes(address));
/** The token of the link to `page` in a message's plain text. */
function linkToken(mail: Received | undefined, page: string): string {
  const match = mail?.parsed.text?.match(new RegExp(`https://triarchy\\.test/${page}\\?token=([A-Za-z0-9_%-]+)`));
  if (!match?.[1]) throw new Error(`no /${page} link in: ${mail?.parsed.text}`);
  return decodeURIComponent(match[1]);
}

let n = 0;
async function signUp(headers: Record<string, string> = {}): Promise<{ b: Browser; email: string; handle: string }> {
  const handle = `mail-${++n}-${Math.random().toString(36).slice(2, 6)}`;
  const email = `${handle}@example.org`;
  const b = api.browser();
  const res = await b.call("POST", "/api/auth/signup", { handle, name: `Name ${handle}`, email, password: PASSWORD }, { headers });
  expect(res.status).toBe(201);
  return { b, email, handle };
}

describe("verification at sign-up", () => {
  it("sends a link to the new address that verifies it once, with no session needed", async () => {
    const { b, email } = await signUp();
    expect((await b.call("GET", "/api/me")).body).toMatchObject({ email, emailVerified: false, language: "en" });
    const [mail, ...others] = to(await deliver(), email);
    expect(others).toHaveLength(0);
    expect(mail?.parsed.subject).toBe("Confirm your email address on Test instance");
    expect(mail?.parsed.text).toMatch(/48 hours/);
    expect(mail?.parsed.html).toContain("https://triarchy.test/verify-email?token=");
    expect(mail?.parsed.headers.get("list-unsubscribe")).toBeUndefined();
    const token = linkToken(mail, "verify-email");

    const anonymous = api.browser();
    expect((await anonymous.call("POST", "/api/auth/verify-email", { token })).status).toBe(204);
    expect((await b.call("GET", "/api/me")).body.emailVerified).toBe(true);
    expect((await b.call("GET", "/api/auth/session")).body.person.emailVerified).toBe(true);
    const again = await anonymous.call("POST", "/api/auth/verify-email", { token });
    expect(again.status).toBe(422);
    expect(again.body.errors).toEqual([{ path: "body.token", message: expect.stringMatching(/expired or was already used/) }]);
    // The stored token is its hash, never the secret.
    const rows = await api.db.select().from(accountTokens).where(eq(accountTokens.email, email));
    expect(rows.map((r) => r.tokenHash)).not.toContain(token);
  });

  it("re-sends a link (the earlier one stops working) and refuses once verified", async () => {
    const { b, email } = await signUp();
    const first = linkToken(to(await deliver(), email)[0], "verify-email");
    expect((await b.call("POST", "/api/me/email/verification")).status).toBe(202);
    const second = linkToken(to(await deliver(), email)[0], "verify-email");
    expect(second).not.toBe(first);
    expect((await api.call("POST", "/api/auth/verify-email", { body: { token: first } })).status).toBe(422);
    expect((await api.call("POST", "/api/auth/verify-email", { body: { token: second } })).status).toBe(204);
    const done = await b.call("POST", "/api/me/email/verification");
    expect(done.status).toBe(409);
    expect(done.body.detail).toMatch(/already verified/);
  });

  it("writes a French account's mail in French", async () => {
    const { b, email } = await signUp({ "accept-language": "fr-CA,fr;q=0.9" });
    expect((await b.call("GET", "/api/me")).body.language).toBe("fr");
    const [mail] = to(await deliver(), email);
    expect(mail?.parsed.subject).toBe("Confirmez votre adresse e-mail sur Test instance");
    expect(mail?.parsed.text).toMatch(/48 heures/);
    expect((await b.call("PATCH", "/api/me", { language: "en" })).body.language).toBe("en");
    await b.call("POST", "/api/me/email/verification");
    expect(to(await deliver(), email)[0]?.parsed.subject).toBe("Confirm your email address on Test instance");
    const bad = await b.call("PATCH", "/api/me", { language: "de" });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe("body.language");
  });

  it("keeps the verification private to the person", async () => {
    const { handle } = await signUp();
    const profile = await api.call("GET", `/api/people/${handle}`);
    expect(profile.body).not.toHaveProperty("emailVerified");
    expect(profile.body).not.toHaveProperty("language");
    expect(profile.body).not.toHaveProperty("email");
  });
});

describe("password reset", () => {
  it("sends a one-hour link that sets the password once, ends every session and voids the other links", async () => {
    const { b, email } = await signUp();
    await deliver();
    const other = api.browser();
    expect((await other.call("POST", "/api/auth/signin", { email, password: PASSWORD })).status).toBe(200);

    expect((await api.call("POST", "/api/auth/password-reset", { body: { email } })).status).toBe(202);
    const older = linkToken(to(await deliver(), email)[0], "reset-password");
    await api.call("POST", "/api/auth/password-reset", { body: { email: email.toUpperCase() } });
    const [mail] = to(await deliver(), email);
    expect(mail?.parsed.subject).toBe("Choose a new password on Test instance");
    expect(mail?.parsed.text).toMatch(/one hour/);
    const token = linkToken(mail, "reset-password");
    // The link's token left with the message: the outbox keeps no usable copy.
    const [kept] = await rowsOf<{ n: number }>(api.db, sql`select count(*)::int as n from mail_outbox where data ? 'token'`);
    expect(kept?.n).toBe(0);

    const weak = await api.call("POST", "/api/auth/password-reset/confirm", { body: { token, password: "short" } });
    expect(weak.status).toBe(422);
    expect(weak.body.errors[0].path).toBe("body.password");
    const newPassword = "a brand new passphrase";
    expect((await api.call("POST", "/api/auth/password-reset/confirm", { body: { token, password: newPassword } })).status).toBe(204);

    expect((await b.call("GET", "/api/auth/session")).body.person).toBeNull();
    expect((await other.call("GET", "/api/auth/session")).body.person).toBeNull();
    expect((await api.call("POST", "/api/auth/signin", { body: { email, password: PASSWORD } })).status).toBe(401);
    const fresh = api.browser();
    expect((await fresh.call("POST", "/api/auth/signin", { email, password: newPassword })).status).toBe(200);
    expect((await fresh.call("GET", "/api/me")).body.emailVerified).toBe(true);

    for (const spent of [token, older]) {
      const res = await api.call("POST", "/api/auth/password-reset/confirm", {
        body: { token: spent, password: "yet another passphrase" },
      });
      expect(res.status).toBe(422);
      expect(res.body.errors[0].path).toBe("body.token");
    }
  });

  it("sets the password once when the same link is used twice at once", async () => {
    const { email } = await signUp();
    await deliver();
    await api.call("POST", "/api/auth/password-reset", { body: { email } });
    const token = linkToken(to(await deliver(), email)[0], "reset-password");
    const answers = await Promise.all(
      ["first passphrase of two", "second passphrase of two"].map((password) =>
        api.call("POST", "/api/auth/password-reset/confirm", { body: { token, password } }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([204, 422]);
    expect(answers.find((a) => a.status === 422)?.body.errors[0].path).toBe("body.token");
  });

  it("refuses a link after its hour", async () => {
    const { email } = await signUp();
    await deliver();
    await api.call("POST", "/api/auth/password-reset", { body: { email } });
    const token = linkToken(to(await deliver(), email)[0], "reset-password");
    await advanceClock(api.db, 3601);
    const res = await api.call("POST", "/api/auth/password-reset/confirm", { body: { token, password: "a brand new passphrase" } });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].path).toBe("body.token");
    expect((await api.call("POST", "/api/auth/signin", { body: { email, password: PASSWORD } })).status).toBe(200);
  });

  it("answers an unknown address byte for byte as a known one, and mails nobody", async () => {
    const known = await makePerson(api.db, { email: `known-${n++}@example.org` });
    const a = await api.request("/api/auth/password-reset", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: known.email }),
    });
    const b = await api.request("/api/auth/password-reset", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "nobody-here@example.org" }),
    });
    expect(b.status).toBe(a.status);
    expect(a.status).toBe(202);
    expect([...b.headers].filter(([k]) => k !== "date")).toEqual([...a.headers].filter(([k]) => k !== "date"));
    expect(await b.text()).toBe(await a.text());
    const mails = await deliver();
    expect(mails.map((m) => m.to[0])).toEqual([known.email]);
  });

  it("names the field of a bad address", async () => {
    const res = await api.call("POST", "/api/auth/password-reset", { body: { email: "not an address" } });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].path).toBe("body.email");
  });
});

describe("change of email", () => {
  it("applies only once confirmed at the new address, and tells the old one twice", async () => {
    const { b, email } = await signUp();
    await deliver();
    const newEmail = `new-${n++}@example.net`;
    const wrong = await b.call("POST", "/api/me/email", { email: newEmail, password: "not the password" });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors[0].path).toBe("body.password");

    const res = await b.call("POST", "/api/me/email", { email: newEmail, password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ applied: false, person: { email } });
    const mails = await deliver();
    const [confirm] = to(mails, newEmail);
    const [notice] = to(mails, email);
    expect(mails).toHaveLength(2);
    expect(confirm?.parsed.subject).toBe("Confirm your new email address on Test instance");
    expect(confirm?.parsed.text).toMatch(/24 hours/);
    expect(notice?.parsed.subject).toBe("A change of your email address was asked on Test instance");
    expect(notice?.parsed.text).toContain("n…@example.net");
    expect(notice?.parsed.text).not.toContain(newEmail);
    expect(notice?.parsed.text).toMatch(/change your password/);
    expect(notice?.parsed.text).not.toMatch(/token=/);

    const token = linkToken(confirm, "confirm-email");
    expect((await api.call("POST", "/api/auth/confirm-email-change", { body: { token } })).status).toBe(204);
    expect((await b.call("GET", "/api/me")).body).toMatchObject({ email: newEmail, emailVerified: true });
    const [changed, ...rest] = await deliver();
    expect(rest).toHaveLength(0);
    expect(changed?.to).toEqual([email]);
    expect(changed?.parsed.subject).toBe("Your email address on Test instance was changed");
    expect(changed?.parsed.text).toContain("n…@example.net");
    expect((await api.call("POST", "/api/auth/confirm-email-change", { body: { token } })).status).toBe(422);
  });

  it("refuses an address another account took meanwhile, naming email", async () => {
    const { b } = await signUp();
    await deliver();
    const wanted = `wanted-${n++}@example.org`;
    await b.call("POST", "/api/me/email", { email: wanted, password: PASSWORD });
    const token = linkToken(to(await deliver(), wanted)[0], "confirm-email");
    await makePerson(api.db, { email: wanted });
    const res = await api.call("POST", "/api/auth/confirm-email-change", { body: { token } });
    expect(res.status).toBe(409);
    expect(res.body.errors[0].path).toBe("body.email");
    const taken = await b.call("POST", "/api/me/email", { email: wanted, password: PASSWORD });
    expect(taken.status).toBe(409);
    expect(taken.body.errors[0].path).toBe("body.email");
  });

  it("refuses a verification link sent to the address the account left", async () => {
    const { b, email } = await signUp();
    const verify = linkToken(to(await deliver(), email)[0], "verify-email");
    const newEmail = `moved-${n++}@example.org`;
    await b.call("POST", "/api/me/email", { email: newEmail, password: PASSWORD });
    await api.call("POST", "/api/auth/confirm-email-change", {
      body: { token: linkToken(to(await deliver(), newEmail)[0], "confirm-email") },
    });
    await deliver();
    await api.db.update(people).set({ emailVerifiedAt: null }).where(eq(people.email, newEmail));
    const res = await api.call("POST", "/api/auth/verify-email", { body: { token: verify } });
    expect(res.status).toBe(422);
    expect(res.body.detail).toMatch(/no longer uses/);
  });
});

describe("verified accounts only", () => {
  const admin = { token: "" };
  beforeAll(async () => {
    admin.token = (await makePerson(api.db, { isAdmin: true })).token;
  });
  afterAll(async () => {
    await api.call("PATCH", "/api/instance", { as: admin.token, body: { requireVerifiedEmail: false } });
  });

  it("refuses an unverified account's writes with 403 once the admin asks, lets reads and the way to verify through", async () => {
    const { b, email } = await signUp();
    const token = linkToken(to(await deliver(), email)[0], "verify-email");
    const org = { slug: `v-${n++}`, name: "Verified only", kind: "community" };
    expect((await b.call("POST", "/api/organizations", org)).status).toBe(201);

    const set = await api.call("PATCH", "/api/instance", { as: admin.token, body: { requireVerifiedEmail: true } });
    expect(set.status).toBe(200);
    expect(set.body.email).toEqual({ enabled: true, requireVerified: true });

    const refused = await b.call("POST", "/api/organizations", { ...org, slug: `v-${n++}` });
    expect(refused.status).toBe(403);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(refused.body).toMatchObject({ type: "/problems/email-unverified", title: "Verify your email address first" });
    expect((await b.call("PATCH", "/api/me", { bio: "spam" })).status).toBe(403);
    expect((await b.call("GET", `/api/organizations/${org.slug}`)).status).toBe(200);
    expect((await b.call("GET", "/api/me")).status).toBe(200);
    expect((await b.call("POST", "/api/me/email/verification")).status).toBe(202);
    const fresh = linkToken(to(await deliver(), email)[0], "verify-email");
    expect(fresh).not.toBe(token);
    expect((await b.call("POST", "/api/auth/verify-email", { token: fresh })).status).toBe(204);
    expect((await b.call("POST", "/api/organizations", { ...org, slug: `v-${n++}` })).status).toBe(201);
  });

  it("refuses an unverified API token's writes too", async () => {
    await api.call("PATCH", "/api/instance", { as: admin.token, body: { requireVerifiedEmail: true } });
    const p = await makePerson(api.db);
    const res = await api.call("POST", "/api/organizations", { as: p.token, body: { slug: `t-${n++}`, name: "T", kind: "community" } });
    expect(res.status).toBe(403);
    await api.db.update(people).set({ emailVerifiedAt: new Date() }).where(eq(people.id, p.id));
    const ok = await api.call("POST", "/api/organizations", { as: p.token, body: { slug: `t-${n++}`, name: "T", kind: "community" } });
    expect(ok.status).toBe(201);
  });

  it("lets only the admin change the setting, and names a bad value", async () => {
    const p = await makePerson(api.db);
    expect((await api.call("PATCH", "/api/instance", { as: p.token, body: { requireVerifiedEmail: false } })).status).toBe(403);
    const bad = await api.call("PATCH", "/api/instance", { as: admin.token, body: { requireVerifiedEmail: "yes" } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe("body.requireVerifiedEmail");
  });
});

describe("sessions after a reset", () => {
  it("keeps no session of the person", async () => {
    const { email } = await signUp();
    await deliver();
    await api.call("POST", "/api/auth/password-reset", { body: { email } });
    const token = linkToken(to(await deliver(), email)[0], "reset-password");
    await api.call("POST", "/api/auth/password-reset/confirm", { body: { token, password: "another fine passphrase" } });
    const [person] = await api.db.select().from(people).where(eq(people.email, email));
    expect(
      await api.db
        .select()
        .from(sessions)
        .where(eq(sessions.personId, person?.id ?? "")),
    ).toEqual([]);
  });
});
