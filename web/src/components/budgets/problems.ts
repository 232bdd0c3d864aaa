import type { ApiError } from "../../api/client.ts";

/** The message a problem gives for exactly this request path (or a path inside it): "body.images.2", "body.location.lat". */
export function pathError(problem: ApiError | null, path: string): string | undefined {
  return problem?.errors.find((e) => e.path === path || e.path.startsWith(`${path}.`))?.message;
}

/** The message for the list itself only ("body.projects": too many, over the cost), not for one of its rows. */
export function exactError(problem: ApiError | null, path: string): string | undefined {
  return problem?.errors.find((e) => e.path === path)?.message;
}
