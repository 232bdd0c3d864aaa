import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { loggableError } from "../logger.ts";
import { federationMiddleware } from "../modules/federation/middleware.ts";
import { objectRoutes } from "../modules/federation/object-routes.ts";
import { FEDERATION_PATHS } from "../modules/federation/paths.ts";
import { apiRoutes } from "../modules/index.ts";
import { SOFTWARE_VERSION } from "../version.ts";
import { authenticate } from "./auth.ts";
import { indexWithBoot } from "./boot.ts";
import { refuseNul } from "./control-characters.ts";
import { docsRoutes } from "./docs.ts";
import type { AppEnv, Deps } from "./env.ts";
import { AppError, toProblem } from "./errors.ts";
import { negotiateLanguage } from "./i18n.ts";
import { t } from "./messages.ts";
import { withRequestLanguage } from "./request-language.ts";
import { settleUnreadBody } from "./unread-body.ts";

export const MAX_JSON_BODY = 1024 * 1024;
export const MAX_DOCUMENT_BODY = 4 * 1024 * 1024;
export const MAX_RECEIPT_BODY = 6 * 1024 * 1024;

/**
 * Routes whose bodies may be larger than the default: document proposals carry whole texts (up to
 * 1 MB, more once JSON-escaped) and receipts are files up to 5 MB. Their own size checks then answer
 * 413 naming the field.
 */
const LARGE_BODIES: { path: RegExp; maxSize: number }[] = [
  { path: /^\/api\/(commons\/[^/]+\/contributions|contributions\/[^/]+)$/, maxSize: MAX_DOCUMENT_BODY },
  { path: /^\/api\/expenses\/[^/]+\/receipt$/, maxSize: MAX_RECEIPT_BODY },
];

/**
 * A declared length is checked from the header alone (Node's parser never reads past it); only a
 * chunked body, or one of unknown framing, is counted as it is read (hono's bodyLimit). Asking for the body stream up front, as bodyLimit does for every request,
 * would turn the server's direct read of a JSON body into a web stream.
 */
const limitBody = (maxSize: number): MiddlewareHandler => {
  const tooLarge = () => {
    throw new AppError(413, "payload-too-large", t("bodyTooLarge", { bytes: maxSize }));
  };
  const counted = bodyLimit({ maxSize, onError: tooLarge });
  return (c, next) => {
    const method = c.req.method;
    if (method === "GET" || method === "HEAD") return next();
    const length = c.req.header("content-length");
    // From Node's HTTP server, a body is framed by one of the two headers or absent; a Request built
    // in the process (app.request) may carry a body with neither, so that one is counted.
    const framedByNode = c.env !== undefined && "incoming" in c.env;
    if (c.req.header("transfer-encoding") !== undefined || (length === undefined && !framedByNode)) return counted(c, next);
    return length !== undefined && Number.parseInt(length, 10) > maxSize ? tooLarge() : next();
  };
};

/** A path as the logs may show it: a private calendar feed's path is its credential. */
export const loggablePath = (path: string) => path.replace(/^\/api\/calendar\/[^/]+/, "/api/calendar/[token]");

function problemResponse(c: Context<AppEnv>, err: AppError) {
  // The title is in the language the request prefers; caches must key on that header.
  const language = negotiateLanguage(c.req.header("accept-language"));
  return c.body(JSON.stringify(toProblem(err, language)), err.status as 400, {
    "content-type": "application/problem+json",
    "content-language": language,
    vary: "Accept-Language",
    ...err.headers,
  });
}

export function createApp(deps: Deps) {
  const app = new OpenAPIHono<AppEnv>();
  app.use("*", settleUnreadBody);

  app.use("*", async (c, next) => {
    c.set("deps", deps);
    const started = performance.now();
    await next();
    // Only method, path and status: never query strings, bodies, cookies or tokens.
    deps.logger.debug(
      { method: c.req.method, path: loggablePath(c.req.path), status: c.res.status, ms: Math.round(performance.now() - started) },
      "request",
    );
  });
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        // An injected <base> could redirect the app's relative URLs, and an injected form post elsewhere.
        baseUri: ["'none'"],
        formAction: ["'self'"],
      },
    }),
  );
  const jsonLimit = limitBody(MAX_JSON_BODY);
  if (deps.federation) {
    app.route("/", objectRoutes);
    // Only where Fedify has routes: the API's own requests never pass through its router.
    const federated = federationMiddleware(deps.federation, { inboxPerHostPerMinute: deps.config.federationInboxRateLimit });
    for (const path of FEDERATION_PATHS) app.use(path, jsonLimit, federated);
  }
  const largeLimits = LARGE_BODIES.map((r) => ({ path: r.path, limit: limitBody(r.maxSize) }));
  app.use("/api/*", (c, next) => (largeLimits.find((r) => r.path.test(c.req.path))?.limit ?? jsonLimit)(c, next));
  app.use("/api/*", withRequestLanguage);
  app.use("/api/*", refuseNul);
  app.use("/api/*", authenticate);

  app.route("/api", apiRoutes);
  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Triarchy API",
      version: SOFTWARE_VERSION,
      description:
        "The infrastructure of cooperation. Errors are RFC 9457 problem+json. Lists are cursor-paginated. Request bodies are strict: unknown fields are refused with 422 naming each one.",
    },
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "session", { type: "apiKey", in: "cookie", name: "triarchy_session" });
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    description: "A personal API token (tri_…).",
  });
  app.route("/api", docsRoutes);
  app.all("/api/*", () => {
    throw AppError.notFound(t("apiRoute"));
  });

  mountWeb(app, deps.config.webDist);

  app.onError((err, c) => {
    if (err instanceof AppError) return problemResponse(c, err);
    if (err instanceof HTTPException && err.status < 500) {
      const type = err.status === 415 ? "unsupported-media-type" : /json/i.test(err.message) ? "malformed-json" : "validation";
      const detail = type === "malformed-json" ? t("malformedJson") : type === "unsupported-media-type" ? t("mediaType") : t("badRequest");
      return problemResponse(c, new AppError(err.status, type, detail));
    }
    deps.logger.error({ err: loggableError(err), method: c.req.method, path: c.req.path }, "unhandled error");
    return problemResponse(c, new AppError(500, "internal", t("internal")));
  });
  return app;
}

/** The single-page app: its files, and index.html for every other path so client routes deep-link. */
function mountWeb(app: OpenAPIHono<AppEnv>, webDist: string) {
  const indexFile = join(webDist, "index.html");
  if (!existsSync(indexFile)) {
    app.get("*", (c) => c.text("The web app is not built. Run `npm run build:web`, or use `npm start`, which builds it.", 503));
    return;
  }
  const index = readFileSync(indexFile, "utf8");
  app.use(
    "/assets/*",
    serveStatic({ root: webDist, onFound: (_p, c) => c.header("cache-control", "public, max-age=31536000, immutable") }),
  );
  app.use("*", serveStatic({ root: webDist, index: "__no_index__" }));
  // Each person's page carries their own session (src/http/boot.ts), so no cache may keep or share it.
  app.get("*", async (c) => {
    c.header("cache-control", "no-store");
    return c.html(await indexWithBoot(c, index));
  });
}
