import { describe, expect, it } from "vitest";
import { setupApi } from "../test/harness.ts";

/**
 * Well-formed but hostile bodies sent to every operation that takes JSON: each is refused with a
 * problem, never a 500. The operations and their fields are read from the OpenAPI document, so a new
 * route is covered without being listed here.
 */
const api = setupApi();

interface Operation {
  method: string;
  path: string;
  properties: Record<string, { type?: string | string[]; format?: string }>;
}

type Doc = {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
  components: { schemas: Record<string, Schema> };
};
type Schema = { $ref?: string; properties?: Operation["properties"]; allOf?: Schema[] };

async function operations(): Promise<Operation[]> {
  const doc = (await api.call("GET", "/api/openapi.json")).body as Doc;
  const resolve = (s: Schema | undefined): Schema | undefined =>
    s?.$ref ? resolve(doc.components.schemas[s.$ref.split("/").pop() ?? ""]) : s;
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const schema = resolve(op.requestBody?.content?.["application/json"]?.schema);
      if (schema?.properties) ops.push({ method: method.toUpperCase(), path, properties: schema.properties });
    }
  }
  return ops;
}

/** Path parameters filled with values of the right shape, so the body is what is validated. */
const concrete = (path: string) =>
  path.replace(/\{(\w+)\}/g, (_m, name: string) => (/id$/i.test(name) ? "00000000-0000-4000-8000-000000000000" : "no-such-thing"));

describe("hostile but well-formed input", () => {
  it("a NUL character in any text field is refused with 422 naming the field, on every JSON route", async () => {
    const ops = await operations();
    expect(ops.length).toBeGreaterThan(60);
    const wrong: string[] = [];
    for (const op of ops) {
      const texts = Object.entries(op.properties).filter(
        ([, p]) => p.type === "string" || (Array.isArray(p.type) && p.type.includes("string")),
      );
      for (const [field] of texts) {
        const res = await api.call(op.method, concrete(op.path), { body: { [field]: "a\u0000b" } });
        const paths = (res.body?.errors ?? []).map((e: { path: string }) => e.path);
        if (res.status !== 422 || !paths.includes(`body.${field}`)) wrong.push(`${op.method} ${op.path} ${field}: ${res.status} ${paths}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("a NUL character in a query string or an object key is refused the same way", async () => {
    const search = await api.call("GET", "/api/organizations?q=a%00b");
    expect(search.status).toBe(422);
    expect(search.body.errors[0].path).toBe("query.q");
    const key = await api.call("PATCH", "/api/me", { body: { "bi\u0000o": "x" } });
    expect(key.status).toBe(422);
    const inPath = await api.call("GET", "/api/commons/a%00b/documents");
    expect(inPath.status).toBe(422);
  });

  it('dates and times that are not dates are refused with 422, never used (an agreement\'s startsOn: "x" answered 500)', async () => {
    const ops = await operations();
    const errors: string[] = [];
    for (const op of ops) {
      const dated = Object.entries(op.properties).filter(([, p]) => p.format === "date" || p.format === "date-time");
      if (!dated.length) continue;
      // With and without a period, so refinements that read the date alongside another field run too.
      for (const extra of [{}, { period: "month" }, { period: "quarter", opensAt: "x" }]) {
        const body = { ...extra, ...Object.fromEntries(dated.map(([f]) => [f, "x"])) };
        const res = await api.call(op.method, concrete(op.path), { body });
        if (res.status >= 500) errors.push(`${op.method} ${op.path} ${JSON.stringify(body)}: ${res.status} ${res.body?.detail}`);
      }
    }
    expect(errors).toEqual([]);
  });
});
