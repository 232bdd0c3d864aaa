import { describe, expect, it } from "vitest";
import { makePerson, PASSWORD } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";

/** Behind a trusted proxy, with three attempts a minute per address and per account. */
const api = setupApi({ trustProxy: true, authRateLimit: 3, authRateWindowSeconds: 60 });

/** What a reverse proxy sends: whatever the client put in X-Forwarded-For, then the address it saw. */
const viaProxy = (forged: string, real: string) => ({ "x-forwarded-for": `${forged}, ${real}` });

async function signedIn(person: { email: string }, address: string) {
  const browser = api.browser();
  const res = await browser.call(
    "POST",
    "/api/auth/signin",
    { email: person.email, password: PASSWORD },
    { headers: viaProxy("1.1.1.1", address) },
  );
  expect(res.status).toBe(200);
  return browser;
}

describe("the per-address sign-in limit behind a trusted proxy", () => {
  it("keys on the address the proxy appended, so forged X-Forwarded-For entries do not reset it", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      // A new account name each time, so only the per-address limit can stop them.
      const res = await api.call("POST", "/api/auth/signin", {
        body: { email: `nobody-${i}@example.test`, password: "guess-guess" },
        headers: viaProxy(`203.0.113.${i}`, "198.51.100.7"),
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
  });
});

describe("changing the password", () => {
  it("is rate-limited like signing in: wrong current passwords cannot be tried without end", async () => {
    const p = await makePerson(api.db);
    const browser = await signedIn(p, "198.51.100.20");
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await browser.call(
        "POST",
        "/api/auth/password",
        { currentPassword: `wrong-${i}-password`, newPassword: "a new long password" },
        { headers: viaProxy("1.1.1.1", `198.51.100.${30 + i}`) },
      );
      statuses.push(res.status);
    }
    expect(statuses).toEqual([422, 422, 422, 429]);
  });

  it("needs a signed-in session: an API token can neither change the password nor create tokens", async () => {
    const p = await makePerson(api.db);
    const change = await api.call("POST", "/api/auth/password", {
      as: p.token,
      body: { currentPassword: PASSWORD, newPassword: "a new long password" },
      headers: viaProxy("1.1.1.1", "198.51.100.40"),
    });
    expect(change.status).toBe(403);
    const mint = await api.call("POST", "/api/me/tokens", { as: p.token, body: { name: "another" } });
    expect(mint.status).toBe(403);
    const tokens = await api.call("GET", "/api/me/tokens", { as: p.token });
    expect(tokens.body.items).toHaveLength(1);
  });

  it("revokes every API token when asked, and leaves them when not", async () => {
    const kept = await makePerson(api.db);
    const keptBrowser = await signedIn(kept, "198.51.100.50");
    const keep = await keptBrowser.call(
      "POST",
      "/api/auth/password",
      { currentPassword: PASSWORD, newPassword: "a new long password" },
      { headers: viaProxy("1.1.1.1", "198.51.100.51") },
    );
    expect(keep.status).toBe(204);
    expect((await api.call("GET", "/api/me/tokens", { as: kept.token })).status).toBe(200);

    const leaked = await makePerson(api.db);
    const browser = await signedIn(leaked, "198.51.100.60");
    const res = await browser.call(
      "POST",
      "/api/auth/password",
      { currentPassword: PASSWORD, newPassword: "a new long password", revokeTokens: true },
      { headers: viaProxy("1.1.1.1", "198.51.100.61") },
    );
    expect(res.status).toBe(204);
    expect((await api.call("GET", "/api/me/tokens", { as: leaked.token })).status).toBe(401);
    // The session that changed it stays signed in.
    expect((await browser.call("GET", "/api/auth/session")).body.person.handle).toBe(leaked.handle);
  });
});
