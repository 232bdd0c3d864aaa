import { createRoute, z } from "@hono/zod-openapi";
import { Handle, Slug } from "../../http/fields.ts";
import { PageQuery, pageOf } from "../../http/pagination.ts";
import { jsonContent, problems } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { rule } from "../../text/messages.ts";
import { findPerson } from "../accounts/service.ts";
import { findCommons } from "../commons/service.ts";
import { findOrganization } from "../organizations/service.ts";
import { t } from "./messages.ts";
import { VISIBILITIES } from "./schema.ts";
import { listActivities } from "./service.ts";
import { ActivitySchema } from "./views.ts";

const list = createRoute({
  method: "get",
  path: "/activities",
  tags: ["Activity"],
  summary: "The activity log, newest first",
  description:
    "Every state change on this instance. Anonymous readers see public rows; members also see their organizations' internal rows; everyone sees their own private rows.",
  request: {
    query: PageQuery.extend({
      organization: Slug.optional(),
      commons: Slug.optional().openapi({ description: "What happened to and in this commons." }),
      actor: Handle.optional(),
      verb: z
        .string()
        .max(60)
        .regex(/^[a-z_.]+$/, rule(t("verb")))
        .optional(),
      visibility: z
        .string()
        .transform((v) => v.split(","))
        .pipe(z.array(z.enum(VISIBILITIES)))
        .optional()
        .openapi({ description: "Comma-separated visibilities to include, e.g. public,members.", example: "public,members" }),
    }),
  },
  responses: { 200: jsonContent(pageOf(ActivitySchema), "A page of activities"), ...problems(404) },
});

export const activityRoutes = createRouter().openapi(list, async (c) => {
  const { db } = c.var.deps;
  const q = c.req.valid("query");
  const [org, person, commons] = await Promise.all([
    q.organization ? findOrganization(db, q.organization) : undefined,
    q.actor ? findPerson(db, q.actor) : undefined,
    q.commons ? findCommons(db, q.commons) : undefined,
  ]);
  const result = await listActivities(db, c.var.actor, {
    organizationId: org?.id,
    actorId: person?.id,
    about: commons ? { type: "commons", id: commons.id } : undefined,
    verb: q.verb,
    visibility: q.visibility,
    cursor: q.cursor,
    limit: q.limit,
  });
  return c.json(result, 200);
});
