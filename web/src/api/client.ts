/**
 * The one way the web app talks to the server: an openapi-fetch client typed from the generated
 * `paths` (schema.gen.ts), with one middleware that sends the session's CSRF token on every unsafe
 * request (and retries once with a fresh token), sends the chosen language as Accept-Language (the
 * server answers problem titles in it), and turns RFC 9457 problems and network failures
 * into ApiError, so every call either resolves with the typed data or throws an ApiError.
 */
import createClient, { type Middleware } from "openapi-fetch";
import { currentLanguage, i18n } from "../i18n/i18n.ts";
import type { paths } from "./schema.gen.ts";

export interface FieldProblem {
  /** Where the server found the fault, e.g. "body.email" or "query.q". */
  path: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  /** The problem type's last segment: "validation", "conflict", "not-found", "network"… */
  readonly type: string;
  readonly title: string;
  readonly errors: FieldProblem[];

  constructor(p: { status: number; type: string; title: string; detail: string; errors?: FieldProblem[] }) {
    super(p.detail);
    this.name = "ApiError";
    this.status = p.status;
    this.type = p.type;
    this.title = p.title;
    this.errors = p.errors ?? [];
  }

  get detail(): string {
    return this.message;
  }

  /**
   * Nothing is at this address: a 404, or a malformed id or slug in the path (a 422 naming only
   * path fields), which a person following a broken link should see as "not found", not as "path.id".
   */
  get notFound(): boolean {
    return this.status === 404 || (this.status === 422 && this.errors.length > 0 && this.errors.every((e) => e.path.startsWith("path.")));
  }
}

export const networkError = () =>
  new ApiError({
    status: 0,
    type: "network",
    title: i18n.t("orgs.client.networkTitle"),
    detail: i18n.t("orgs.client.networkDetail"),
  });

let csrfToken: string | null = null;

/** Called with every session the server answers, so writes carry its token. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

export async function readProblem(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as Partial<{ type: string; title: string; detail: string; errors: FieldProblem[] }>;
    return new ApiError({
      status: res.status,
      type: (body.type ?? "").split("/").pop() || "unknown",
      title: body.title ?? res.statusText,
      detail: body.detail ?? body.title ?? i18n.t("orgs.client.serverAnswered", { status: res.status }),
      errors: Array.isArray(body.errors) ? body.errors : [],
    });
  } catch {
    return new ApiError({
      status: res.status,
      type: "unknown",
      title: res.statusText,
      detail: i18n.t("orgs.client.serverAnswered", { status: res.status }),
    });
  }
}

async function refreshCsrfToken() {
  const res = await fetch("/api/auth/session", {
    headers: { accept: "application/json", "accept-language": currentLanguage() },
    credentials: "same-origin",
  });
  if (res.ok) setCsrfToken(((await res.json()) as { csrfToken: string | null }).csrfToken);
}

/** Requests kept to retry once if the session's CSRF token changed in another tab. */
const retryable = new Map<string, Request>();

const transport: Middleware = {
  onRequest({ request, id }) {
    request.headers.set("accept", "application/json");
    request.headers.set("accept-language", currentLanguage());
    if (SAFE.has(request.method)) return request;
    if (csrfToken) request.headers.set("x-csrf-token", csrfToken);
    retryable.set(id, request.clone());
    return request;
  },
  async onResponse({ response, id }) {
    const retry = retryable.get(id);
    retryable.delete(id);
    if (response.ok) return response;
    let problem = await readProblem(response);
    if (problem.type === "csrf" && retry) {
      await refreshCsrfToken();
      if (csrfToken) retry.headers.set("x-csrf-token", csrfToken);
      let again: Response;
      try {
        again = await fetch(retry);
      } catch {
        throw networkError();
      }
      if (again.ok) return again;
      problem = await readProblem(again);
    }
    throw problem;
  },
  onError({ error, id }) {
    retryable.delete(id);
    return error instanceof ApiError ? error : networkError();
  },
};

/** Drops empty filters (`?kind=` means "any"), as the old query builder did. */
function querySerializer(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== undefined && v !== null && v !== "") params.append(key, String(v));
    }
  }
  return params.toString();
}

/**
 * The typed client: `client.GET("/api/organizations/{slug}", { params: { path: { slug } } })`.
 * Paths are the OpenAPI document's own (they start with /api). Failures throw ApiError; use
 * `data(...)` (api/query.ts) to get the success body typed without `undefined`.
 */
export const client = createClient<paths>({ baseUrl: "", credentials: "same-origin", querySerializer });
client.use(transport);
