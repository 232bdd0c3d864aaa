import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../http/rate-limit.ts";
import { makePerson, PASSWORD } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";

const api = setupApi({ authRateLimit: 3, authRateWindowSeconds: 60 });

describe("sign-in rate limits", () => {
  it("limits attempts per account, whatever the password, with Retry-After", async () => {
    const p = await makePerson(api.db);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await api.call("POST", "/api/auth/signin", { body: { email: p.email, password: i === 3 ? PASSWORD : "guess-guess" } });
      statuses.push(res.status);
      if (res.status === 429) {
        expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
        expect(res.body.type).toBe("/problems/rate-limited");
      }
    }
    // The fourth attempt is refused even with the right password.
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});

describe("RateLimiter", () => {
  it("counts per key and forgets after the window", () => {
    let now = 0;
    const limiter = new RateLimiter(2, 1000, () => now);
    expect(limiter.hit(["ip:a", "account:x"])).toBeNull();
    expect(limiter.hit(["ip:a", "account:y"])).toBeNull();
    expect(limiter.hit(["ip:a", "account:z"])).toBe(1); // the IP is over its limit
    expect(limiter.hit(["ip:b", "account:x"])).toBeNull();
    expect(limiter.hit(["ip:c", "account:x"])).toBe(1); // the account is over its limit
    now = 1000;
    expect(limiter.hit(["ip:a", "account:x"])).toBeNull();
  });
});
