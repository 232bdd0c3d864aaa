import { z } from "@hono/zod-openapi";

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: "/problems/validation" }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi("Problem");

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  401: "Not signed in",
  403: "Not allowed",
  404: "Not found",
  409: "Conflicts with the current state",
  413: "Too large",
  422: "Invalid input; `errors` names each field",
  429: "Rate-limited; see Retry-After",
};

/** The problem+json responses a route can give, for its OpenAPI entry. */
export function problems(...statuses: number[]) {
  return Object.fromEntries(
    [...new Set([422, ...statuses])].map((s) => [
      s,
      { description: PROBLEM_DESCRIPTIONS[s] ?? "Problem", content: { "application/problem+json": { schema: ProblemSchema } } },
    ]),
  );
}

export const jsonContent = <T extends z.ZodTypeAny>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

export const jsonBody = <T extends z.ZodTypeAny>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});

export const NoContent = { description: "Done; no content" };

/** Security requirement for routes that need a signed-in person (cookie session or Bearer token). */
export const signedIn: Record<string, string[]>[] = [{ session: [] }, { bearer: [] }];
