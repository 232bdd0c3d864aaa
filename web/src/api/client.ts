/**
 * The one way the web app talks to the server: JSON over fetch, the session's CSRF token on
 * every unsafe request, and RFC 9457 problems turned into ApiError.
 */

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
}

let csrfToken: string | null = null;

/** Called with every session the server answers, so writes carry its token. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

export type Query = Record<string, string | number | null | undefined>;

export function withQuery(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function readProblem(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as Partial<{ type: string; title: string; detail: string; errors: FieldProblem[] }>;
    return new ApiError({
      status: res.status,
      type: (body.type ?? "").split("/").pop() || "unknown",
      title: body.title ?? res.statusText,
      detail: body.detail ?? body.title ?? `The server answered ${res.status}.`,
      errors: Array.isArray(body.errors) ? body.errors : [],
    });
  } catch {
    return new ApiError({ status: res.status, type: "unknown", title: res.statusText, detail: `The server answered ${res.status}.` });
  }
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export async function request<T>(method: Method, path: string, body?: unknown, retried = false): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  // A form (a file upload) sets its own multipart content type.
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers["content-type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError({
      status: 0,
      type: "network",
      title: "Network error",
      detail: "Could not reach the server. Check your connection and try again.",
    });
  }
  if (res.ok) return (res.status === 204 ? undefined : await res.json()) as T;
  const problem = await readProblem(res);
  // The session may have changed in another tab: fetch its token once and try again.
  if (problem.type === "csrf" && !retried) {
    setCsrfToken((await request<{ csrfToken: string | null }>("GET", "/auth/session")).csrfToken);
    return request<T>(method, path, body, true);
  }
  throw problem;
}

export const get = <T>(path: string, query?: Query) => request<T>("GET", withQuery(path, query));
export const post = <T>(path: string, body?: unknown) => request<T>("POST", path, body ?? {});
export const put = <T>(path: string, body: unknown) => request<T>("PUT", path, body);
export const patch = <T>(path: string, body: unknown) => request<T>("PATCH", path, body);
export const del = <T = void>(path: string) => request<T>("DELETE", path);
export const seg = encodeURIComponent;
