import { eq } from "drizzle-orm";
import { beforeAll, describe } from "vitest";
import { ensureInstance, makeOrg, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { authorizationMatrix, type MatrixCase } from "../../test/matrix.ts";
import { instance } from "../instance/schema.ts";
import { people } from "./schema.ts";

/**
 * Who may write when the instance requires verified addresses: the one check in http/auth.ts, route by
 * route. Nothing is sent here (the outbox only fills), so the mail server is never reached.
 */
const api = setupApi({
  smtp: { host: "127.0.0.1", port: 9, security: "none", from: "t@triarchy.test" },
  publicUrl: "https://triarchy.test",
  authRateLimit: 1000,
});
beforeAll(async () => {
  await ensureInstance(api.db);
  await api.db.update(instance).set({ requireVerifiedEmail: true }).where(eq(instance.id, 1));
});

type Who = "anonymous" | "unverified" | "verified" | "unverifiedAdmin";
const WHO: Who[] = ["anonymous", "unverified", "verified", "unverifiedAdmin"];

async function world() {
  const unverified = await makePerson(api.db);
  const verified = await makePerson(api.db);
  await api.db.update(people).set({ emailVerifiedAt: new Date() }).where(eq(people.id, verified.id));
  const admin = await makePerson(api.db, { isAdmin: true });
  const org = await makeOrg(api.db, verified, { joinPolicy: "open" });
  return {
    slug: org.slug,
    as: { anonymous: undefined, unverified: unverified.token, verified: verified.token, unverifiedAdmin: admin.token } as Record<
      Who,
      string | undefined
    >,
  };
}

const CASES: MatrixCase<Awaited<ReturnType<typeof world>>, Who>[] = [
  {
    route: "GET /organizations/{slug} (reads stay open)",
    request: (w) => ({ method: "GET", path: `/api/organizations/${w.slug}` }),
    expect: { anonymous: 200, unverified: 200, verified: 200, unverifiedAdmin: 200 },
  },
  {
    route: "GET /me",
    request: () => ({ method: "GET", path: "/api/me" }),
    expect: { anonymous: 401, unverified: 200, verified: 200, unverifiedAdmin: 200 },
  },
  {
    route: "POST /organizations/{slug}/join",
    request: (w) => ({ method: "POST", path: `/api/organizations/${w.slug}/join` }),
    expect: { anonymous: 401, unverified: 403, verified: 409, unverifiedAdmin: 201 },
  },
  {
    route: "PATCH /me",
    request: () => ({ method: "PATCH", path: "/api/me", body: { bio: "hello" } }),
    expect: { anonymous: 401, unverified: 403, verified: 200, unverifiedAdmin: 200 },
  },
  {
    route: "POST /me/email/verification",
    request: () => ({ method: "POST", path: "/api/me/email/verification" }),
    expect: { anonymous: 401, unverified: 202, verified: 409, unverifiedAdmin: 202 },
  },
  {
    route: "POST /auth/verify-email",
    request: () => ({ method: "POST", path: "/api/auth/verify-email", body: { token: "not-a-token" } }),
    expect: { anonymous: 422, unverified: 422, verified: 422, unverifiedAdmin: 422 },
  },
];

describe("verified accounts only: who may write", () => {
  authorizationMatrix(api, WHO, world, CASES);
});
