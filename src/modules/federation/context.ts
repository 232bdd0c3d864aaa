import type { Context } from "hono";
import type { AppEnv } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { t } from "./messages.ts";

/** Fedify's context for this request: what it signs and sends goes out as this instance. */
export function federationOf(c: Context<AppEnv>) {
  const federation = c.var.deps.federation;
  if (!federation) throw AppError.notFound(t("federation"));
  return federation.createContext(c.req.raw, null);
}
