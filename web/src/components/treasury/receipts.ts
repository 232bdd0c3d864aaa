import { useMutation } from "@tanstack/react-query";
import { client } from "../../api/client.ts";
import { data, queryClient } from "../../api/query.ts";
import type { ExpenseDetail } from "../../api/schema.ts";
import { i18n } from "../../i18n/i18n.ts";
import { fieldProblem } from "./problems.ts";
import { expenseQuery, invalidateTreasury } from "./queries.ts";

/** What the server accepts as a receipt: PDF or an image, up to 5 MB. */
export const RECEIPT_ACCEPT = "application/pdf,image/png,image/jpeg,image/webp";
export const RECEIPT_MAX_BYTES = 5 * 1024 * 1024;

const problem = (message: string) => fieldProblem("body.file", message, i18n.t("treasury.receipt.check"));

/**
 * The chosen file, if the server would take it; otherwise a problem naming the `file` field, so a
 * wrong file is refused before 5 MB are sent for nothing.
 */
export function checkReceipt(file: File | null | undefined): File {
  if (!file) throw problem(i18n.t("treasury.receipt.chooseFile"));
  if (!RECEIPT_ACCEPT.split(",").includes(file.type)) throw problem(i18n.t("treasury.receipt.wrongType"));
  if (file.size > RECEIPT_MAX_BYTES) throw problem(i18n.t("treasury.receipt.tooLarge"));
  if (file.size === 0) throw problem(i18n.t("treasury.receipt.empty"));
  return file;
}

/** The file chosen in a form's `file` input, if any. */
export function chosenFile(form: HTMLFormElement, name = "file"): File | null {
  const input = form.elements.namedItem(name);
  return input instanceof HTMLInputElement ? (input.files?.[0] ?? null) : null;
}

/** Attaches (or replaces) an expense's receipt, as a multipart form; the expense it answers is shown at once. */
export function useUploadReceipt() {
  return useMutation({
    mutationFn: ({ id, file }: { id: string; file: File }) => {
      const body = new FormData();
      body.set("file", file);
      return data(
        client.PUT("/api/expenses/{id}/receipt", {
          params: { path: { id } },
          // openapi-fetch sends a FormData as it is, with the browser's multipart boundary.
          body: body as unknown as { file: string },
          bodySerializer: (b) => b as unknown as FormData,
        }),
      );
    },
    onSuccess: (e: ExpenseDetail) => {
      queryClient.setQueryData(expenseQuery(e.id).queryKey, e);
      return invalidateTreasury();
    },
  });
}
