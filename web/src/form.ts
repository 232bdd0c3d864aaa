/** Submitting a form to the API and mapping its problem back onto the form's fields. */
import { type FormEvent, useCallback, useEffect, useRef, useState } from "react";
import type { ZodType } from "zod";
// The server's own mapping from zod issues to a problem (pure modules: no Node, no database).
import { toProblem } from "../../src/http/errors.ts";
import { validationError } from "../../src/http/validation.ts";
import { ApiError } from "./api/client.ts";
import { currentLanguage, i18n } from "./i18n/i18n.ts";

export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  return new ApiError({
    status: 0,
    type: "client",
    title: i18n.t("orgs.form.errorTitle"),
    detail: err instanceof Error ? err.message : String(err),
  });
}

/**
 * Checks a request body against the server's own zod schema (src/modules/<area>/inputs.ts) before
 * it is sent, and throws the very problem the server would answer (422, `errors[].path` "body.<field>"),
 * so `useForm` shows each message under its field exactly as it shows the server's. Returns the body
 * unchanged (the server applies the schema's transforms itself).
 *
 *   onSubmit={form.onSubmit(async (v) => { const body = validate(NewOrganizationInput, {...}); await mutation.mutateAsync(body); })}
 */
export function validate<T>(schema: ZodType, body: T): T {
  const result = schema.safeParse(body);
  if (result.success) return body;
  const problem = toProblem(validationError(result.error, "json"), currentLanguage());
  throw new ApiError({ ...problem, type: "validation", errors: problem.errors ?? [] });
}

export interface MappedProblem {
  /** The first message for each field of the form that the problem names. */
  fields: Record<string, string>;
  /** What to show at the top of the form: the detail when no field matched, and messages for fields the form lacks. */
  summary: string[];
}

/** The field a problem path names: "body.email" → "email", "body.website.0" → "website", "path.slug" → "slug". */
export function fieldOf(path: string): string {
  const [first, second] = path.split(".");
  return (["body", "query", "path"].includes(first ?? "") ? second : first) ?? "";
}

export function mapProblem(problem: ApiError | null, fieldNames: readonly string[]): MappedProblem {
  const fields: Record<string, string> = {};
  const summary: string[] = [];
  if (!problem) return { fields, summary };
  for (const e of problem.errors) {
    const name = fieldOf(e.path);
    if (fieldNames.includes(name)) fields[name] ??= e.message;
    else summary.push(e.message);
  }
  if (Object.keys(fields).length === 0 && !summary.includes(problem.detail)) summary.unshift(problem.detail);
  return { fields, summary };
}

/** The form's fields as strings, including the name and value of the button that submitted it. */
/** The same problem, blamed on one field: for answers like 404 "person not found" that name none. */
export function withFieldError(problem: ApiError, path: string): ApiError {
  return new ApiError({ ...problem, detail: problem.detail, errors: [{ path, message: problem.detail }] });
}

export function formValues(form: HTMLFormElement, submitter?: HTMLElement | null): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of new FormData(form, submitter)) if (typeof value === "string") values[key] = value;
  return values;
}

export interface FormState {
  busy: boolean;
  problem: ApiError | null;
  /** The message for one field, if the last submission's problem named it. */
  error: (name: string) => string | undefined;
  summary: string[];
  /** Wraps a submit action: prevents the page load, disables while busy, and catches problems. */
  onSubmit: (action: (values: Record<string, string>, form: HTMLFormElement) => Promise<void>) => (e: FormEvent<HTMLFormElement>) => void;
  clear: () => void;
}

export function useForm(fieldNames: readonly string[]): FormState {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const { fields, summary } = mapProblem(problem, fieldNames);

  // After a failed submission, move focus to the first field at fault, or to the summary.
  useEffect(() => {
    if (attempt === 0) return;
    const target = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]');
    target?.focus();
  }, [attempt]);

  const onSubmit = useCallback<FormState["onSubmit"]>(
    (action) => (e) => {
      e.preventDefault();
      const form = e.currentTarget;
      const submitter = (e.nativeEvent as SubmitEvent).submitter;
      formRef.current = form;
      setBusy(true);
      setProblem(null);
      action(formValues(form, submitter), form).then(
        () => {
          if (mounted.current) setBusy(false);
        },
        (err: unknown) => {
          if (!mounted.current) return;
          setBusy(false);
          setProblem(toApiError(err));
          setAttempt((n) => n + 1);
        },
      );
    },
    [],
  );

  return {
    busy,
    problem,
    error: (name) => fields[name],
    summary,
    onSubmit,
    clear: useCallback(() => setProblem(null), []),
  };
}
