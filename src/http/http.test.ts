import { describe, expect, it } from "vitest";
import { apiRoutes } from "../modules/index.ts";
import { makePerson } from "../test/factories.ts";
import { setupApi } from "../test/harness.ts";
import { loggablePath, MAX_JSON_BODY } from "./app.ts";

const api = setupApi();

describe("HTTP conventions", () => {
  it("answers malformed JSON with a problem, not a 500", async () => {
    const p = await makePerson(api.db);
    const res = await api.call("POST", "/api/organizations", {
      as: p.token,
      body: "{not json",
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.body.type).toBe("/problems/malformed-json");
  });

  it("refuses a body that is not JSON with 415", async () => {
    const p = await makePerson(api.db);
    const res = await api.call("POST", "/api/organizations", { as: p.token, body: "slug=x", headers: { "content-type": "text/plain" } });
    expect(res.status).toBe(415);
    expect(res.body.type).toBe("/problems/unsupported-media-type");
  });

  it("refuses bodies over the limit with 413", async () => {
    const p = await makePerson(api.db);
    const res = await api.call("PATCH", "/api/me", { as: p.token, body: { bio: "x".repeat(MAX_JSON_BODY + 10) } });
    expect(res.status).toBe(413);
    expect(res.body.type).toBe("/problems/payload-too-large");
  });

  it("answers unknown API routes with a 404 problem", async () => {
    const res = await api.call("GET", "/api/nothing-here");
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ type: "/problems/not-found", status: 404 });
  });

  it("answers wrong types in path and query with 422 naming the parameter", async () => {
    const p = await makePerson(api.db);
    const res = await api.call("DELETE", "/api/me/tokens/not-a-uuid", { as: p.token });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].path).toBe("path.id");
  });

  it("declares every API route in the OpenAPI document, with the same method", async () => {
    const doc = await api.call("GET", "/api/openapi.json");
    const declared = new Set(
      Object.entries(doc.body.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
        Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
      ),
    );
    const served = apiRoutes.routes
      .filter((r) => r.method !== "ALL")
      .map((r) => `${r.method} /api${r.path.replace(/:([A-Za-z]+)/g, "{$1}")}`);
    expect(served.length).toBeGreaterThan(40);
    expect(served.filter((r) => !declared.has(r))).toEqual([]);
  });

  it("publishes an OpenAPI 3.1 document covering every route, and browsable docs", async () => {
    const doc = await api.call("GET", "/api/openapi.json");
    expect(doc.body.openapi).toBe("3.1.0");
    const paths = Object.keys(doc.body.paths);
    for (const p of [
      "/api/organizations",
      "/api/organizations/{slug}",
      "/api/organizations/{slug}/join",
      "/api/activities",
      "/api/auth/signin",
      "/api/affiliations/{id}/review",
      "/api/setup",
    ]) {
      expect(paths).toContain(p);
    }
    expect(doc.body.components.schemas.Problem).toBeDefined();
    const docs = await api.call("GET", "/api/docs");
    expect(docs.status).toBe(200);
    expect(String(docs.body)).toContain("swagger-ui-bundle.js");
    const asset = await api.call("GET", "/api/docs/assets/swagger-ui-bundle.js");
    expect(asset.status).toBe(200);
  });

  it("sends security headers", async () => {
    const res = await api.call("GET", "/api/instance");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    // An injected <base> or form cannot send the app's links or posts elsewhere.
    expect(res.headers.get("content-security-policy")).toContain("base-uri 'none'");
    expect(res.headers.get("content-security-policy")).toContain("form-action 'self'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("request logs", () => {
  it("never show a private calendar feed's token, which is its credential", () => {
    expect(loggablePath("/api/calendar/3q2-secret_token.ics")).toBe("/api/calendar/[token]");
    expect(loggablePath("/api/libraries/tools/resources/drill/calendar.ics")).toBe("/api/libraries/tools/resources/drill/calendar.ics");
  });
});
