import { createRoute, z } from "@hono/zod-openapi";
import { Handle } from "../../http/fields.ts";
import { jsonContent, problems } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { listAffiliations } from "../affiliations/service.ts";
import { membershipsOf } from "../memberships/service.ts";
import { findPerson, publicPerson } from "./service.ts";
import { PROFILE_AFFILIATIONS, ProfileSchema } from "./views.ts";

const profile = createRoute({
  method: "get",
  path: "/people/{handle}",
  tags: ["People"],
  summary: "A person's public profile: organizations and affiliations",
  request: { params: z.object({ handle: Handle }) },
  responses: { 200: jsonContent(ProfileSchema, "The profile"), ...problems(404) },
});

/** The person page gathers three modules' public data; each module still owns its own query. */
export const profileRoutes = createRouter().openapi(profile, async (c) => {
  const { db } = c.var.deps;
  const person = await findPerson(db, c.req.valid("param").handle);
  const [memberships, affiliations] = await Promise.all([
    membershipsOf(db, person.id),
    listAffiliations(db, { personId: person.id, limit: PROFILE_AFFILIATIONS }),
  ]);
  return c.json(
    {
      ...publicPerson(person),
      memberships: memberships.map((m) => ({ ...m, since: m.since.toISOString() })),
      affiliations: affiliations.items,
    },
    200,
  );
});
