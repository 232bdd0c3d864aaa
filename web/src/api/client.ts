/**
 * JSON calls for the needs board and discussions, with the same behaviour as `api.ts`: the
 * session's CSRF token on writes, RFC 9457 problems as ApiError. `api.ts` keeps its request
 * function private, so this module asks it for the session's token once and caches it.
 */

import type { FieldProblem } from "../api.ts";
import { ApiError, api } from "../api.ts";

let csrfToken: string | null = null;

async function freshToken(): Promise<string | null> {
  csrfToken = (await api.session()).csrfToken;
  return csrfToken;
}

async function problemOf(res: Response): Promise<ApiError> {
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

type Method = "GET" | "POST" | "PATCH" | "DELETE";

async function send<T>(method: Method, path: string, body: unknown, retried: boolean): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET") {
    const token = csrfToken ?? (await freshToken());
    if (token) headers["x-csrf-token"] = token;
  }
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
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
  const problem = await problemOf(res);
  // Signed in or out since the token was read (here or in another tab): read it again once.
  if (problem.type === "csrf" && !retried) {
    await freshToken();
    return send<T>(method, path, body, true);
  }
  throw problem;
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

export const get = <T>(path: string, query?: Query) => send<T>("GET", withQuery(path, query), undefined, false);
export const post = <T>(path: string, body?: unknown) => send<T>("POST", path, body ?? {}, false);
export const patch = <T>(path: string, body: unknown) => send<T>("PATCH", path, body, false);
export const del = <T>(path: string) => send<T>("DELETE", path, undefined, false);
export const seg = encodeURIComponent;
