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

export function createLogger(level: string) {
  return pino({ level, redact: { paths: REDACT_PATHS, censor: "[redacted]" } });
}

export type Logger = ReturnType<typeof createLogger>;
