import { ApiError } from "../../api/client.ts";
import { i18n } from "../../i18n/i18n.ts";

/**
 * Problems about one row of a list in a request body: "body.lines.2.amount" is the amount of the
 * third line. mapProblem (form.ts) files them all under "lines"; rows show their own here.
 */
export function rowError(problem: ApiError | null, list: string, index: number, field: string): string | undefined {
  const exact = `body.${list}.${index}.${field}`;
  return problem?.errors.find((e) => e.path === exact || e.path.startsWith(`${exact}.`))?.message;
}

/** A problem about the list as a whole ("body.postings": they do not balance; "body.lines": none given). */
export function listError(problem: ApiError | null, list: string): string | undefined {
  return problem?.errors.find((e) => e.path === `body.${list}`)?.message;
}

/** A problem found before sending, filed under the field's request path as the server would, so forms show it the same way. */
export function fieldProblem(path: string, message: string, title = i18n.t("treasury.problem.checkForm")): ApiError {
  return new ApiError({ status: 422, type: "validation", title, detail: message, errors: [{ path, message }] });
}
