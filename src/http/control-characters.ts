import type { MiddlewareHandler } from "hono";
import { AppError, type FieldError } from "./errors.ts";
import { t } from "./messages.ts";

/**
 * PostgreSQL text cannot hold U+0000, so a NUL anywhere in a request would reach the database and
 * fail there (22021) as a 500. Refused up front, for every route at once, with the field named.
 */
const NUL = "\u0000";
const MESSAGE = t("nul");

function findNul(value: unknown, path: string, found: FieldError[]) {
  if (found.length >= 20) return;
  if (typeof value === "string") {
    if (value.includes(NUL)) found.push({ path, message: MESSAGE });
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) findNul(v, `${path}.${i}`, found);
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes(NUL)) found.push({ path: `${path}.${k.replaceAll(NUL, "\\u0000")}`, message: MESSAGE });
      else findNul(v, `${path}.${k}`, found);
    }
  }
}

export const refuseNul: MiddlewareHandler = async (c, next) => {
  const found: FieldError[] = [];
  if (c.req.path.includes(NUL) || /%00/.test(c.req.url.split("?")[0] ?? "")) found.push({ path: "path", message: MESSAGE });
  for (const [name, values] of Object.entries(c.req.queries())) {
    for (const v of values) findNul(v, `query.${name}`, found);
  }
  if (/json/i.test(c.req.header("content-type") ?? "")) {
    // Malformed JSON is left to the route's validator, which answers 400; the parsed body is cached for it.
    const body = await c.req.json().catch(() => undefined);
    findNul(body, "body", found);
  }
  if (found.length) throw new AppError(422, "validation", found[0]?.message ?? MESSAGE, found);
  await next();
};
