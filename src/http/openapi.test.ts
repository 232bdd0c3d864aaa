import { getRefId } from "@asteasolutions/zod-to-openapi";
import { OpenAPIHono, z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import type { Db } from "../db/types.ts";
import { createLogger } from "../logger.ts";
import { UnreadHub } from "../modules/notifications/live.ts";
import { buildContract, componentProblems, type OpenApiDocument } from "../test/contract.ts";
import { createApp } from "./app.ts";
import { RateLimiter } from "./rate-limit.ts";
import { nullable } from "./responses.ts";

/** The app's document, generated without a database (generation never touches one). */
function buildApp() {
  const config = loadConfig({ LOG_LEVEL: "silent", WEB_DIST: "/nonexistent" }, {});
  return createApp({
    db: {} as Db,
    config,
    logger: createLogger("silent"),
    unread: new UnreadHub({} as Db),
    authLimiter: new RateLimiter(1, 1000),
  });
}

async function documentOf(app: ReturnType<typeof buildApp>) {
  const res = await app.request("/api/openapi.json");
  expect(res.status).toBe(200);
  return (await res.json()) as OpenApiDocument & { components: { schemas: Record<string, Record<string, unknown>> } };
}

/** A component is nullable when its own top level admits null, rather than the property that uses it. */
function admitsNull(schema: Record<string, unknown>): boolean {
  const type = schema.type;
  if (type === "null" || (Array.isArray(type) && type.includes("null"))) return true;
  if (schema.nullable === true) return true;
  if (Array.isArray(schema.enum) && schema.enum.includes(null)) return true;
  const branches = [...((schema.anyOf as unknown[]) ?? []), ...((schema.oneOf as unknown[]) ?? [])] as Record<string, unknown>[];
  return branches.some((b) => admitsNull(b));
}

const refIdOf = (s: never) => getRefId(s as Parameters<typeof getRefId>[0]);

describe("the OpenAPI document", () => {
  it("names each component once: no two different schemas share a component name, and no named schema is wrapped in .nullable()", () => {
    expect(componentProblems(buildApp().openAPIRegistry.definitions, refIdOf)).toEqual([]);
  });

  it("has no component that is itself nullable", async () => {
    const doc = await documentOf(buildApp());
    const nullableComponents = Object.entries(doc.components.schemas)
      .filter(([, s]) => admitsNull(s))
      .map(([name]) => name);
    expect(nullableComponents).toEqual([]);
  });

  it("documents every schema it refers to", async () => {
    const doc = await documentOf(buildApp());
    const refs = new Set([...JSON.stringify(doc).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]));
    const missing = [...refs].filter((r) => r && !(r in doc.components.schemas));
    expect(missing).toEqual([]);
  });

  it("compiles: every declared response schema is valid JSON Schema 2020-12", async () => {
    const doc = await documentOf(buildApp());
    const contract = buildContract(doc);
    // Checking one documented route compiles its validator and proves the harness accepts a right answer.
    expect(() =>
      contract.check("GET", "/api/auth/session", {
        status: 200,
        contentType: "application/json",
        text: "",
        body: { person: null, csrfToken: null },
      }),
    ).not.toThrow();
    expect(contract.validated).toBe(1);
  });
});

describe("the response checks themselves", () => {
  const json = (status: number, body: unknown, contentType = "application/json") => ({
    status,
    contentType,
    text: JSON.stringify(body),
    body,
  });

  it("refuse a body that does not match the declared schema, naming the operation, status and field", async () => {
    const contract = buildContract(await documentOf(buildApp()));
    expect(() => contract.check("GET", "/api/auth/session", json(200, { person: null }))).toThrow(
      /GET \/api\/auth\/session 200 \(application\/json\) does not match its declared schema:\n.*csrfToken/,
    );
    expect(() => contract.check("GET", "/api/instance", json(200, { setUp: "yes", name: "x", description: "", counts: {} }))).toThrow(
      /\/setUp must be boolean/,
    );
  });

  it("refuse a status the operation does not declare", async () => {
    const contract = buildContract(await documentOf(buildApp()));
    const problem = { type: "/problems/conflict", title: "t", status: 409, detail: "d" };
    expect(() => contract.check("GET", "/api/people", json(409, problem, "application/problem+json"))).toThrow(
      /GET \/api\/people answered 409, which it does not declare/,
    );
  });

  it("match path templates, and refuse undocumented routes and methods", async () => {
    const contract = buildContract(await documentOf(buildApp()));
    const problem = { type: "/problems/not-found", title: "t", status: 404, detail: "d" };
    expect(() => contract.check("GET", "/api/organizations/open-lab?x=1", json(404, problem, "application/problem+json"))).not.toThrow();
    expect(() => contract.check("GET", "/api/nowhere", json(404, problem, "application/problem+json"))).toThrow(
      /matches no documented path/,
    );
    expect(() => contract.check("PUT", "/api/organizations/open-lab", json(404, problem, "application/problem+json"))).toThrow(
      /is not documented/,
    );
    expect(() => contract.check("GET", "/api/openapi.json", json(200, {}))).not.toThrow();
  });

  it("check non-JSON responses for their declared content type, and bodiless ones for no body", async () => {
    const contract = buildContract(await documentOf(buildApp()));
    const csv = { status: 200, contentType: "text/csv; charset=utf-8", text: "a,b\n", body: "a,b\n" };
    expect(() => contract.check("GET", "/api/organizations/x/ledger.csv", csv)).not.toThrow();
    expect(() => contract.check("GET", "/api/organizations/x/ledger.journal", csv)).toThrow(
      /answered text\/csv; charset=utf-8; declared: text\/plain/,
    );
    expect(() => contract.check("DELETE", "/api/me/tokens/x", { status: 204, contentType: null, text: "{}", body: {} })).toThrow(
      /declares no content but answered a body/,
    );
  });
});

describe("the component checks themselves", () => {
  const routeWith = (schema: z.ZodTypeAny, path = "/x") => ({
    type: "route",
    route: { method: "get", path, responses: { 200: { description: "", content: { "application/json": { schema } } } } },
  });

  it("catch two different schemas registered under one name", () => {
    const a = z.object({ title: z.string() }).openapi("Thing");
    const b = z.object({ amount: z.number() }).openapi("Thing");
    expect(componentProblems([routeWith(z.object({ a, b }))], refIdOf)).toEqual([
      "Thing: 2 different schemas are registered under this component name.",
    ]);
  });

  it("accept one schema used in many places, optional, or with a description", () => {
    const a = z.object({ title: z.string() }).openapi("Thing");
    const used = z.object({ one: a, two: a.optional(), three: a.openapi({ description: "again" }), four: nullable(a) });
    expect(componentProblems([routeWith(used), routeWith(z.array(a), "/y")], refIdOf)).toEqual([]);
  });

  it("catch a named schema made nullable, at the property or at the component", () => {
    const a = z.object({ title: z.string() }).openapi("Thing");
    const c = z.object({ n: z.number() }).nullable().openapi("Other");
    expect(componentProblems([routeWith(z.object({ a: a.nullable(), c }))], refIdOf)).toEqual([
      "Other: the named schema is wrapped in .nullable(); use nullable(Other) from src/http/responses.ts at the property.",
      "Thing: the named schema is wrapped in .nullable(); use nullable(Thing) from src/http/responses.ts at the property.",
    ]);
  });

  it("see the nullable component in a generated document", async () => {
    const app = new OpenAPIHono();
    const Thing = z.object({ title: z.string() }).openapi("Thing");
    app.openAPIRegistry.registerPath(routeWith(z.object({ thing: Thing.nullable() })).route as never);
    const doc = app.getOpenAPI31Document({ openapi: "3.1.0", info: { title: "t", version: "1" } });
    const thing = doc.components?.schemas?.Thing as Record<string, unknown>;
    expect(admitsNull(thing)).toBe(true);
  });
});
