import { createRoute, z } from "@hono/zod-openapi";
import { clearSessionCookie, limitAuthAttempts, setSessionCookie } from "../../http/auth.ts";
import { Name, Uuid } from "../../http/fields.ts";
import { PageQuery, pageOf } from "../../http/pagination.ts";
import { requestLanguage } from "../../http/request-language.ts";
import { jsonBody, jsonContent, NoContent, problems, signedIn } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { NewPersonInput, PasswordChangeInput, ProfilePatchInput, SignInInput } from "./inputs.ts";
import { requireActor, requireSession } from "./policy.ts";
import {
  changePassword,
  createApiToken,
  getMe,
  listApiTokens,
  listPeople,
  revokeApiToken,
  signIn,
  signOut,
  signUp,
  updateProfile,
} from "./service.ts";
import { ApiTokenListSchema, MeSchema, meView, NewApiTokenSchema, PersonSchema, SessionSchema, tokenView } from "./views.ts";

const getSession = createRoute({
  method: "get",
  path: "/auth/session",
  tags: ["Accounts"],
  summary: "Who is signed in, and the CSRF token for writes",
  responses: { 200: jsonContent(SessionSchema, "The current session, or nulls") },
});

const signup = createRoute({
  method: "post",
  path: "/auth/signup",
  tags: ["Accounts"],
  summary: "Create an account and sign in",
  description: "Rate-limited per IP address and per email.",
  request: { body: jsonBody(NewPersonInput) },
  responses: { 201: jsonContent(SessionSchema, "Signed up and signed in (sets the session cookie)"), ...problems(409, 429) },
});

const signin = createRoute({
  method: "post",
  path: "/auth/signin",
  tags: ["Accounts"],
  summary: "Sign in with email and password",
  description: "Rate-limited per IP address and per email.",
  request: { body: jsonBody(SignInInput) },
  responses: { 200: jsonContent(SessionSchema, "Signed in (sets the session cookie)"), ...problems(401, 429) },
});

const signout = createRoute({
  method: "post",
  path: "/auth/signout",
  tags: ["Accounts"],
  summary: "End this session",
  security: signedIn,
  responses: { 204: NoContent, ...problems(401) },
});

const password = createRoute({
  method: "post",
  path: "/auth/password",
  tags: ["Accounts"],
  summary: "Change your password (ends your other sessions; revokes your API tokens if asked)",
  description: "Needs a signed-in session: an API token cannot change the password. Attempts are rate-limited like sign-in.",
  security: signedIn,
  request: { body: jsonBody(PasswordChangeInput) },
  responses: { 204: NoContent, ...problems(401, 403, 429) },
});

const updateMe = createRoute({
  method: "patch",
  path: "/me",
  tags: ["Accounts"],
  summary: "Edit your public profile",
  security: signedIn,
  request: { body: jsonBody(ProfilePatchInput) },
  responses: { 200: jsonContent(MeSchema, "Your profile"), ...problems(401) },
});

const listTokens = createRoute({
  method: "get",
  path: "/me/tokens",
  tags: ["Accounts"],
  summary: "Your personal API tokens (never the secrets)",
  security: signedIn,
  responses: { 200: jsonContent(ApiTokenListSchema, "Your active tokens, oldest first"), ...problems(401) },
});

const createToken = createRoute({
  method: "post",
  path: "/me/tokens",
  tags: ["Accounts"],
  summary: "Create a personal API token; the secret is shown once",
  security: signedIn,
  request: { body: jsonBody(z.strictObject({ name: Name })) },
  responses: { 201: jsonContent(NewApiTokenSchema, "The new token, with its secret"), ...problems(401) },
});

const revokeToken = createRoute({
  method: "delete",
  path: "/me/tokens/{id}",
  tags: ["Accounts"],
  summary: "Revoke a personal API token",
  security: signedIn,
  request: { params: z.object({ id: Uuid }) },
  responses: { 204: NoContent, ...problems(401, 404) },
});

const listPeopleRoute = createRoute({
  method: "get",
  path: "/people",
  tags: ["People"],
  summary: "People on this instance, by name",
  request: { query: PageQuery.extend({ q: z.string().trim().max(100).optional() }) },
  responses: { 200: jsonContent(pageOf(PersonSchema), "A page of people") },
});

export const accountRoutes = createRouter()
  .openapi(getSession, async (c) => {
    const actor = c.var.actor;
    if (!actor) return c.json({ person: null, csrfToken: null }, 200);
    return c.json({ person: meView(await getMe(c.var.deps.db, actor)), csrfToken: c.var.csrfToken }, 200);
  })
  .openapi(signup, async (c) => {
    const { db, config } = c.var.deps;
    const body = c.req.valid("json");
    limitAuthAttempts(c, body.email);
    const { person, session } = await signUp(db, body, {
      ttlDays: config.sessionTtlDays,
      language: requestLanguage(),
      emailOn: !!config.smtp,
    });
    setSessionCookie(c, session);
    return c.json({ person: meView(person), csrfToken: session.csrfToken }, 201);
  })
  .openapi(signin, async (c) => {
    const { db, config } = c.var.deps;
    const body = c.req.valid("json");
    limitAuthAttempts(c, body.email);
    const { person, session } = await signIn(db, body, config.sessionTtlDays);
    setSessionCookie(c, session);
    return c.json({ person: meView(person), csrfToken: session.csrfToken }, 200);
  })
  .openapi(signout, async (c) => {
    const actor = requireActor(c.var.actor);
    const sessionId = c.var.sessionId;
    if (sessionId) await signOut(c.var.deps.db, actor, sessionId);
    clearSessionCookie(c);
    return c.body(null, 204);
  })
  .openapi(password, async (c) => {
    const me = requireSession(c.var.actor, c.var.authVia);
    limitAuthAttempts(c, `password:${me.id}`);
    await changePassword(c.var.deps.db, me, c.req.valid("json"), c.var.sessionId);
    return c.body(null, 204);
  })
  .openapi(updateMe, async (c) => {
    const person = await updateProfile(c.var.deps.db, c.var.actor, c.req.valid("json"));
    return c.json(meView(person), 200);
  })
  .openapi(listTokens, async (c) => {
    const rows = await listApiTokens(c.var.deps.db, c.var.actor);
    return c.json({ items: rows.map(tokenView) }, 200);
  })
  .openapi(createToken, async (c) => {
    const me = requireSession(c.var.actor, c.var.authVia);
    const { token, row } = await createApiToken(c.var.deps.db, me, c.req.valid("json").name);
    return c.json({ ...tokenView(row), token }, 201);
  })
  .openapi(revokeToken, async (c) => {
    await revokeApiToken(c.var.deps.db, c.var.actor, c.req.valid("param").id);
    return c.body(null, 204);
  })
  .openapi(listPeopleRoute, async (c) => {
    return c.json(await listPeople(c.var.deps.db, c.req.valid("query")), 200);
  });
