import { createRoute, z } from "@hono/zod-openapi";
import { limitAuthAttempts, setSessionCookie } from "../../http/auth.ts";
import { LongText, Name } from "../../http/fields.ts";
import { jsonBody, jsonContent, problems, signedIn } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { meView, SessionSchema } from "../accounts/views.ts";
import { SetupInput } from "./inputs.ts";
import { getInstanceInfo, setUpInstance, updateInstance } from "./service.ts";
import { InstanceSchema } from "./views.ts";

const info = createRoute({
  method: "get",
  path: "/instance",
  tags: ["Instance"],
  summary: "What this instance is",
  responses: { 200: jsonContent(InstanceSchema, "The instance") },
});

const setup = createRoute({
  method: "post",
  path: "/setup",
  tags: ["Instance"],
  summary: "First run: name the instance and create its admin (only once)",
  request: {
    body: jsonBody(SetupInput),
  },
  responses: { 201: jsonContent(SessionSchema, "The admin, signed in"), ...problems(409, 429) },
});

const update = createRoute({
  method: "patch",
  path: "/instance",
  tags: ["Instance"],
  summary: "Rename or describe the instance, or require verified email addresses to write (admin)",
  security: signedIn,
  request: {
    body: jsonBody(
      z.strictObject({
        name: Name.optional(),
        description: LongText(2000).optional(),
        requireVerifiedEmail: z
          .boolean()
          .optional()
          .openapi({ description: "When true (and the instance sends email), accounts must prove their address before they may write." }),
      }),
    ),
  },
  responses: { 200: jsonContent(InstanceSchema, "The instance"), ...problems(401, 403, 409) },
});

export const instanceRoutes = createRouter()
  .openapi(info, async (c) => c.json(await getInstanceInfo(c.var.deps.db, !!c.var.deps.config.smtp), 200))
  .openapi(setup, async (c) => {
    const { db, config } = c.var.deps;
    const body = c.req.valid("json");
    limitAuthAttempts(c, body.email);
    const { admin, session } = await setUpInstance(db, body, { ttlDays: config.sessionTtlDays, withSession: true });
    if (session) setSessionCookie(c, session);
    return c.json({ person: meView(admin), csrfToken: session?.csrfToken ?? null }, 201);
  })
  .openapi(update, async (c) => {
    const { db } = c.var.deps;
    await updateInstance(db, c.var.actor, c.req.valid("json"));
    return c.json(await getInstanceInfo(db, !!c.var.deps.config.smtp), 200);
  });
