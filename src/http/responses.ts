import { type RouteConfig, z } from "@hono/zod-openapi";

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: "/problems/validation" }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    /** An extension member (RFC 9457): a booking refused because nothing is free names the next free periods. */
    nextFree: z
      .array(z.object({ startsAt: z.string(), endsAt: z.string() }))
      .optional()
      .openapi({ description: "For a booking refused because nothing is free: the next free periods of the same length." }),
  })
  .openapi("Problem");

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: "Malformed JSON",
  401: "Not signed in, or the API token is not valid",
  403: "Not allowed (or a cookie-authenticated write without the session's CSRF token)",
  404: "Not found",
  409: "Conflicts with the current state",
  413: "Too large",
  422: "Invalid input; `errors` names each field",
  415: "The body is not in a media type this route accepts",
  429: "Rate-limited; see Retry-After",
  503: "Not available on this instance (email: no mail server is configured)",
};

const problemResponse = (status: number) => ({
  description: PROBLEM_DESCRIPTIONS[status] ?? "Problem",
  content: { "application/problem+json": { schema: ProblemSchema } },
});

/**
 * The problem+json responses a route can give, for its OpenAPI entry: the ones its own rules give
 * (403, 404, 409…); createRouter adds those every route can give (withCommonProblems).
 */
export function problems(...statuses: number[]) {
  return Object.fromEntries([...new Set(statuses)].map((s) => [s, problemResponse(s)]));
}

const SAFE_METHODS = new Set(["get", "head", "options"]);

/**
 * The problems any route can give whatever it does, added by createRouter to every route's OpenAPI
 * entry: 401 for a Bearer token that is not valid (on every route), 422 where there is input to
 * validate, 403 (missing CSRF token) and 413 (body too large) on writes, 400 (malformed JSON) and
 * 415 (wrong media type) where there is a body.
 */
export function withCommonProblems<R extends RouteConfig>(route: R): R {
  const request = route.request;
  const hasInput = !!(request?.params || request?.query || request?.body);
  const statuses = [
    401,
    ...(hasInput ? [422] : []),
    ...(SAFE_METHODS.has(route.method) ? [] : [403, 413]),
    ...(request?.body ? [400, 415] : []),
  ];
  const common = Object.fromEntries(statuses.map((s) => [s, problemResponse(s)]));
  return { ...route, responses: { ...common, ...route.responses } };
}

export const jsonContent = <T extends z.ZodTypeAny>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

export const jsonBody = <T extends z.ZodTypeAny>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});

/**
 * A property that holds a named component or null: `author: nullable(PersonRef)` documents
 * `anyOf: [{$ref: PersonRef}, {type: null}]`. Never `PersonRef.nullable()`: the generator would build
 * the PersonRef component itself from the nullable wrapper, making it nullable everywhere it is used.
 */
export const nullable = <T extends z.ZodTypeAny>(schema: T) => z.union([schema, z.null()]);

export const NoContent = { description: "Done; no content" };

/** Security requirement for routes that need a signed-in person (cookie session or Bearer token). */
export const signedIn: Record<string, string[]>[] = [{ session: [] }, { bearer: [] }];
