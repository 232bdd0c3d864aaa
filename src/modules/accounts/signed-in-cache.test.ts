import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { advanceClock } from "../../test/clock.ts";
import { makePerson, PASSWORD } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { listenForSignIns } from "./signed-in-cache.ts";

const api = setupApi();
let stop: () => Promise<void>;
beforeAll(async () => {
  stop = await listenForSignIns(api.database);
});
afterAll(() => stop());

/** A change made as another process would make it, but telling nobody (its trigger's NOTIFY skipped). */
const quietly = (change: ReturnType<typeof sql>) =>
  api.db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(change);
  });

const me = (token: string) => api.call("GET", "/api/me", { as: token });

describe("kept sign-ins", () => {
  it("answer a token from what this process kept, until a request that changes sign-ins moves them on", async () => {
    const ada = await makePerson(api.db);
    expect((await me(ada.token)).status).toBe(200);
    await quietly(sql`update api_tokens set revoked_at = now() where person_id = ${ada.id}::uuid`);
    // Kept: nobody told this process, so the token still stands for Ada here…
    expect((await me(ada.token)).status).toBe(200);
    // …until anyone's change to a sign-in goes through this process.
    const bob = await makePerson(api.db);
    expect((await api.call("PATCH", "/api/me", { as: bob.token, body: { bio: "hello" } })).status).toBe(200);
    expect((await me(ada.token)).status).toBe(401);
  });

  it("never outlive a revocation made through this process", async () => {
    const ada = await makePerson(api.db);
    expect((await me(ada.token)).status).toBe(200);
    const [token] = (await api.call("GET", "/api/me/tokens", { as: ada.token })).body.items;
    expect((await api.call("DELETE", `/api/me/tokens/${token.id}`, { as: ada.token })).status).toBe(204);
    expect((await me(ada.token)).status).toBe(401);
  });

  it("follow a change another process commits, heard through its NOTIFY", async () => {
    const ada = await makePerson(api.db);
    expect((await me(ada.token)).body.name).toBe(ada.name);
    await api.db.execute(sql`update people set name = 'Ada Renamed' where id = ${ada.id}::uuid`);
    await expect.poll(async () => (await me(ada.token)).body.name, { timeout: 5_000 }).toBe("Ada Renamed");
  });

  it("never use a session past its end, and forget it at sign-out", async () => {
    const ada = await makePerson(api.db);
    const browser = api.browser();
    expect((await browser.call("POST", "/api/auth/signin", { email: ada.email, password: PASSWORD })).status).toBe(200);
    expect((await browser.call("GET", "/api/me")).status).toBe(200);
    expect((await browser.call("POST", "/api/auth/signout")).status).toBe(204);
    expect((await browser.call("GET", "/api/me")).status).toBe(401);

    expect((await browser.call("POST", "/api/auth/signin", { email: ada.email, password: PASSWORD })).status).toBe(200);
    expect((await browser.call("GET", "/api/me")).status).toBe(200);
    await advanceClock(api.db, 400 * 86_400);
    expect((await browser.call("GET", "/api/me")).status).toBe(401);
  });
});
