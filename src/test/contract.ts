/**
 * The API contract in tests: every response the in-process API gives is checked against what the
 * OpenAPI document (/api/openapi.json) declares for that operation and status.
 *
 * - the request's method and path must match a documented operation (path templates included),
 *   unless the path is allow-listed (the document itself, Swagger UI, the web app);
 * - the response's status must be one the operation declares;
 * - a JSON body (application/json, application/problem+json, any +json) must validate against the
 *   declared schema (Ajv, JSON Schema 2020-12 as OpenAPI 3.1 uses it), `$ref`s to
 *   `#/components/schemas/*` resolved; other bodies (CSV, hledger journal, SSE, files) are checked
 *   for their declared content type only; a response declared without content must have no body.
 *
 * Validators are compiled once per document and cached. Each check adds to a per-file counter that
 * setupApi writes to CONTRACT_COUNT_DIR when the file ends, so a full run's total can be summed.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/** Where each API test file writes how many responses it validated: `<file>.count`, one number. */
export const CONTRACT_COUNT_DIR = process.env.CONTRACT_COUNT_DIR ?? join(tmpdir(), "triarchy-contract");

/** Requests the document does not describe on purpose: the document itself, Swagger UI, the web app. */
const ALLOWED_UNDOCUMENTED: RegExp[] = [
  /^\/api\/openapi\.json$/,
  /^\/api\/docs(\/.*)?$/,
  /^(?!\/api(\/|$))/, // the web app: every path outside /api
];

/** Routes tests call to show they do not exist: they must answer 404. */
const ABSENT_ROUTES: { method: string; path: RegExp }[] = [
  { method: "get", path: /^\/api\/nothing-here$/ },
  { method: "post", path: /^\/api\/needs\/[^/]+\/assign$/ }, // nobody can assign a need to someone else
];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
interface MediaType {
  schema?: Json;
}
interface ResponseObject {
  description?: string;
  content?: Record<string, MediaType>;
}
interface Operation {
  operationId?: string;
  responses?: Record<string, ResponseObject>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Json> };
}

interface CompiledPath {
  template: string;
  pattern: RegExp;
  literal: number;
  operations: Record<string, Operation>;
}

export interface Contract {
  /** Throws, naming the operation, status and Ajv errors, when the response breaks the contract. */
  check(method: string, url: string, res: { status: number; contentType: string | null; text: string; body: unknown }): void;
  /** How many responses were checked against a declared response. */
  readonly validated: number;
}

const DOC_ID = "triarchy:openapi";
const contracts = new Map<string, Contract>();

/** One contract per document text, so a test file compiles each validator once. */
export function contractFor(docText: string): Contract {
  let contract = contracts.get(docText);
  if (!contract) {
    contract = buildContract(JSON.parse(docText) as OpenApiDocument);
    contracts.set(docText, contract);
  }
  return contract;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function compilePaths(doc: OpenApiDocument): CompiledPath[] {
  return Object.entries(doc.paths)
    .map(([template, operations]) => {
      const parts = template.split(/(\{[^}]+\})/);
      const pattern = parts.map((p) => (p.startsWith("{") && p.endsWith("}") ? "[^/]+" : escapeRegExp(p))).join("");
      const literal = parts.filter((p) => !p.startsWith("{")).join("").length;
      return { template, pattern: new RegExp(`^${pattern}$`), literal, operations };
    })
    .sort((a, b) => b.literal - a.literal); // the most specific template first: /books/new before /books/{id}
}

/** Rewrites `#/components/...` references to point into the document registered with Ajv. */
function retarget(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(retarget);
  if (schema && typeof schema === "object") {
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(schema))
      out[k] = k === "$ref" && typeof v === "string" && v.startsWith("#/") ? `${DOC_ID}${v}` : retarget(v);
    return out;
  }
  return schema;
}

const isJson = (mediaType: string) => mediaType === "application/json" || mediaType.endsWith("+json");

const formatErrors = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? [])
    .slice(0, 10)
    .map(
      (e) =>
        `  ${e.instancePath || "(body)"} ${e.message ?? ""}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ""}`,
    )
    .join("\n");

export function buildContract(doc: OpenApiDocument): Contract {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema({ $id: DOC_ID, components: retarget((doc.components ?? {}) as Json) } as object);
  const paths = compilePaths(doc);
  const validators = new Map<string, ValidateFunction>();
  let validated = 0;

  const validatorFor = (key: string, schema: Json) => {
    let v = validators.get(key);
    if (!v) {
      v = ajv.compile(retarget(schema) as object);
      validators.set(key, v);
    }
    return v;
  };

  return {
    get validated() {
      return validated;
    },
    check(method, url, res) {
      const path = new URL(url, "http://test").pathname;
      const verb = method.toLowerCase();
      const matched = paths.find((p) => p.pattern.test(path) && p.operations[verb]);
      if (!matched) {
        if (ALLOWED_UNDOCUMENTED.some((r) => r.test(path))) return;
        if (ABSENT_ROUTES.some((r) => r.method === verb && r.path.test(path))) {
          if (res.status !== 404)
            throw new Error(`Contract: ${method.toUpperCase()} ${path} should not exist, but answered ${res.status}.`);
          return;
        }
        const other = paths.find((p) => p.pattern.test(path));
        throw new Error(
          other
            ? `Contract: ${method.toUpperCase()} ${path} is not documented (${other.template} documents ${Object.keys(other.operations).join(", ")}); the response was ${res.status}.`
            : `Contract: ${method.toUpperCase()} ${path} matches no documented path; the response was ${res.status}.`,
        );
      }
      const operation = matched.operations[verb] as Operation;
      const name = `${method.toUpperCase()} ${matched.template}`;
      const responses = operation.responses ?? {};
      const declared = responses[String(res.status)] ?? responses[`${String(res.status)[0]}XX`] ?? responses.default;
      if (!declared) {
        const detail = isJson(mediaTypeOf(res.contentType)) ? `\n  body: ${res.text.slice(0, 500)}` : "";
        throw new Error(
          `Contract: ${name} answered ${res.status}, which it does not declare (declared: ${Object.keys(responses).join(", ")}).${detail}`,
        );
      }
      validated++;
      const content = declared.content;
      if (!content || Object.keys(content).length === 0) {
        if (res.text !== "")
          throw new Error(`Contract: ${name} ${res.status} declares no content but answered a body: ${res.text.slice(0, 200)}`);
        return;
      }
      const mediaType = mediaTypeOf(res.contentType);
      const media = content[mediaType];
      if (!media) {
        throw new Error(
          `Contract: ${name} ${res.status} answered ${res.contentType ?? "no content type"}; declared: ${Object.keys(content).join(", ")}.`,
        );
      }
      if (!isJson(mediaType) || media.schema === undefined) return;
      const validate = validatorFor(`${name} ${res.status} ${mediaType}`, media.schema);
      if (!validate(res.body)) {
        throw new Error(
          `Contract: ${name} ${res.status} (${mediaType}) does not match its declared schema:\n${formatErrors(validate.errors)}\n  body: ${res.text.slice(0, 800)}`,
        );
      }
    },
  };
}

const mediaTypeOf = (contentType: string | null) => (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";

/** Records a test file's count of validated responses (overwritten on each run of that file). */
export function writeContractCount(testFile: string, count: number) {
  mkdirSync(CONTRACT_COUNT_DIR, { recursive: true });
  const name = testFile.replace(/^.*?\/src\//, "src/").replace(/[^a-zA-Z0-9._-]+/g, "_");
  writeFileSync(join(CONTRACT_COUNT_DIR, `${name}.count`), `${count}\n`);
}

/** A zod schema, seen structurally (no zod import needed to walk one). */
interface ZodLike {
  _zod: { def: Record<string, unknown> & { type: string } };
}
const isZod = (v: unknown): v is ZodLike => {
  const def = (v as { _zod?: { def?: Record<string, unknown> } } | null)?._zod?.def;
  return typeof v === "object" && !!def && typeof def.type === "string" && !("check" in def);
};

/** The wrappers the generator looks through to find a schema's component name. */
const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "readonly", "nonoptional"]);

function unwrap(schema: ZodLike): { base: ZodLike; nullable: boolean } {
  let s = schema;
  let nullable = false;
  for (;;) {
    const def = s._zod.def;
    if (WRAPPERS.has(def.type) && isZod(def.innerType)) {
      if (def.type === "nullable") nullable = true;
      s = def.innerType;
    } else if (def.type === "pipe" && isZod(def.in) && isZod(def.out)) {
      s = def.in._zod.def.type === "transform" ? def.out : def.in;
    } else return { base: s, nullable };
  }
}

/** Every zod schema an OpenAPI registry's definitions reach (routes' parameters, bodies and responses, registered schemas). */
export function schemasOf(definitions: readonly unknown[]): ZodLike[] {
  const seen = new Set<ZodLike>();
  const visit = (v: unknown, depth: number): void => {
    if (depth > 200 || v === null || typeof v !== "object") return;
    if (isZod(v)) {
      if (seen.has(v)) return;
      seen.add(v);
      const def = v._zod.def;
      if (def.type === "lazy" && typeof def.getter === "function") visit((def.getter as () => unknown)(), depth + 1);
      for (const [k, value] of Object.entries(def)) if (k !== "getter") visit(value, depth + 1);
      return;
    }
    if (Array.isArray(v)) for (const item of v) visit(item, depth + 1);
    else if (Object.getPrototypeOf(v) === Object.prototype) for (const value of Object.values(v)) visit(value, depth + 1);
  };
  visit(definitions, 0);
  return [...seen];
}

/**
 * What is wrong with the registry's named components: two different schemas under one
 * `.openapi("Name")` (the document would show only one of them), or a named schema wrapped in
 * `.nullable()` (the generator may build the component from the wrapper, making it nullable everywhere).
 */
export function componentProblems(definitions: readonly unknown[], refIdOf: (schema: never) => string | undefined): string[] {
  const byName = new Map<string, Set<unknown>>();
  const problems: string[] = [];
  for (const schema of schemasOf(definitions)) {
    const name = refIdOf(schema as never);
    if (!name) continue;
    const { base, nullable } = unwrap(schema);
    if (nullable)
      problems.push(
        `${name}: the named schema is wrapped in .nullable(); use nullable(${name}) from src/http/responses.ts at the property.`,
      );
    const defs = byName.get(name) ?? new Set();
    defs.add(base._zod.def);
    byName.set(name, defs);
  }
  for (const [name, defs] of byName)
    if (defs.size > 1) problems.push(`${name}: ${defs.size} different schemas are registered under this component name.`);
  return [...new Set(problems)].sort();
}
