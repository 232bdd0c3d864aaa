import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./env.ts";
import { withCommonProblems } from "./responses.ts";
import { validationError } from "./validation.ts";

/**
 * Every module's routes hang on a router made here, so validation failures become problem+json the
 * same way, and every route documents the problems any route can give (responses.ts withCommonProblems).
 */
export function createRouter() {
  const router = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error, result.target);
    },
  });
  const declare = router.openapi;
  router.openapi = ((route, handler, hook) => declare(withCommonProblems(route), handler, hook)) as typeof router.openapi;
  return router;
}

export type Router = ReturnType<typeof createRouter>;
