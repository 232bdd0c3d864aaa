import pino from "pino";

/**
 * Secrets and personal data must never reach a log line: request logs carry only
 * method, path, status and timing, and these paths are redacted should an object
 * holding them ever be logged.
 */
export const REDACT_PATHS = [
  "email",
  "*.email",
  "password",
  "*.password",
  "passwordHash",
  "*.passwordHash",
  "token",
  "*.token",
  "headers.authorization",
  "headers.cookie",
  "req.headers.authorization",
  "req.headers.cookie",
];

export function createLogger(level: string, destination?: pino.DestinationStream) {
  return pino({ level, redact: { paths: REDACT_PATHS, censor: "[redacted]" } }, destination);
}

/**
 * What of an unexpected error may be logged. A failed query's message carries its
 * parameters (emails, hashes), so only the query text and the database's own error
 * code and message are kept; PostgreSQL's `detail`, which quotes key values, is dropped.
 */
export function loggableError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: String(err) };
  const query = (err as { query?: unknown }).query;
  const cause = (err as { cause?: unknown }).cause;
  if (typeof query === "string") {
    const c = cause as { code?: string; message?: string; constraint?: string } | undefined;
    return { name: "QueryError", query, code: c?.code, constraint: c?.constraint, message: c?.message };
  }
  return { name: err.name, message: err.message, stack: err.stack };
}

export type Logger = ReturnType<typeof createLogger>;
