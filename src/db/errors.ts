import { AppError } from "../http/errors.ts";
import type { Text } from "../text/messages.ts";

interface PgErrorLike {
  code?: string;
  constraint?: string;
  constraint_name?: string;
  message?: string;
}

/** Drizzle wraps driver errors; the PostgreSQL error (PGlite's or pg's) is somewhere in the cause chain. */
export function pgError(err: unknown): PgErrorLike | undefined {
  let e: unknown = err;
  for (let depth = 0; e && depth < 5; depth++) {
    const c = e as PgErrorLike & { cause?: unknown };
    if (typeof c.code === "string" && /^[0-9A-Z]{5}$/.test(c.code)) return c;
    e = c.cause;
  }
  return undefined;
}

export const isUniqueViolation = (err: unknown, constraint?: string) => {
  const e = pgError(err);
  return e?.code === "23505" && (!constraint || constraintOf(e) === constraint);
};

export const constraintOf = (e: PgErrorLike) => e.constraint ?? e.constraint_name;

/**
 * Maps an integrity violation the database raised to the problem a client should see,
 * naming the field when a constraint is known. Returns undefined for anything else.
 */
export function integrityProblem(err: unknown, fields: Record<string, { path: string; message: Text }>): AppError | undefined {
  const e = pgError(err);
  if (!e?.code || !["23505", "23514", "23P01", "23503"].includes(e.code)) return undefined;
  const name = constraintOf(e) ?? "";
  const field = fields[name];
  if (field) return new AppError(409, "conflict", field.message, [field]);
  return undefined;
}
