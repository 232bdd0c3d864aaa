/**
 * What the web bundle gets for `@hono/zod-openapi` (a Vite alias in vite.config.ts), so the
 * server's request-body schemas (src/modules/*\/inputs.ts) validate forms in the browser without
 * bundling Hono and the OpenAPI generator: `z` from zod, with `.openapi(…)` as a no-op that
 * returns the schema itself. TypeScript still checks those files against the real package.
 */
import { z } from "zod";

// zod binds the enumerable members of ZodType.prototype onto every schema it builds (how
// @asteasolutions/zod-to-openapi adds the real one), so a plain assignment is what works here.
const proto = z.ZodType.prototype as unknown as Record<string, unknown>;
proto.openapi ??= function openapi(this: unknown) {
  return this;
};

export { z };
