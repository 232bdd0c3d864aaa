import type { ZodError } from "zod";
import { AppError, type FieldError } from "./errors.ts";

const TARGET_NAMES: Record<string, string> = {
  json: "body",
  form: "body",
  query: "query",
  param: "path",
  header: "header",
  cookie: "cookie",
};

/** Turns zod issues into field errors whose path names the request part and field ("body.email"). */
export function fieldErrors(error: ZodError, target: string): FieldError[] {
  const prefix = TARGET_NAMES[target] ?? target;
  return error.issues.flatMap((issue) => {
    const base = [prefix, ...issue.path.map(String)].join(".");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: `${base}.${key}`, message: `Unknown field "${key}".` }));
    }
    return [{ path: base, message: issue.message }];
  });
}

export function validationError(error: ZodError, target: string): AppError {
  const errors = fieldErrors(error, target);
  const detail = errors.length === 1 ? `${errors[0]?.path}: ${errors[0]?.message}` : `${errors.length} fields are invalid.`;
  return new AppError(422, "validation", detail, errors);
}
