import { ApiError } from "../../api/client.ts";
import { i18n } from "../../i18n/i18n.ts";

/** A problem found before sending, in the server's shape, so useForm shows it beside its field like the server's own. */
export function invalid(field: string, message: string): ApiError {
  return new ApiError({
    status: 422,
    type: "validation",
    title: i18n.t("decisions.problem.title"),
    detail: message,
    errors: [{ path: `body.${field}`, message }],
  });
}
