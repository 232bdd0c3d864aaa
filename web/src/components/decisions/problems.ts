import { ApiError } from "../../api/client.ts";

/** A problem found before sending, in the server's shape, so useForm shows it beside its field like the server's own. */
export function invalid(field: string, message: string): ApiError {
  return new ApiError({
    status: 422,
    type: "validation",
    title: "Check the form",
    detail: message,
    errors: [{ path: `body.${field}`, message }],
  });
}
