import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ReciprocityAgreementDetail } from "../../api/schema.ts";
import { ConfirmButton } from "../ConfirmButton.tsx";
import { invalidateUses } from "./keys.ts";

/** Accept or decline an offer (the other side), end an agreement or withdraw an offer (either side). */
export function AgreementActions({ agreement: a }: { agreement: ReciprocityAgreementDetail }) {
  const { t } = useTranslation();
  const params = { path: { id: a.id } };
  const act = useMutation({
    mutationFn: (what: "accept" | "decline" | "end") =>
      data(
        what === "accept"
          ? client.POST("/api/agreements/{id}/accept", { params })
          : what === "decline"
            ? client.POST("/api/agreements/{id}/decline", { params })
            : client.POST("/api/agreements/{id}/end", { params, body: {} }),
      ),
    onSuccess: () => invalidateUses(a.id),
  });
  const busy = act.isPending;
  const { viewer } = a;
  if (!viewer.canRespond && !viewer.canEnd) return null;
  return (
    <div className="row-actions agreement-actions">
      {viewer.canRespond ? (
        <>
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            aria-busy={busy || undefined}
            onClick={() => act.mutate("accept")}
          >
            {t("reciprocity.actions.accept")}
          </button>
          <ConfirmButton
            confirmLabel={t("reciprocity.actions.declineConfirm")}
            question={t("reciprocity.actions.declineQuestion")}
            busy={busy}
            onConfirm={() => act.mutate("decline")}
          >
            {t("reciprocity.actions.decline")}
          </ConfirmButton>
        </>
      ) : null}
      {viewer.canEnd && !viewer.canRespond ? (
        <ConfirmButton
          confirmLabel={a.status === "proposed" ? t("reciprocity.actions.withdrawConfirm") : t("reciprocity.actions.endConfirm")}
          question={a.status === "proposed" ? t("reciprocity.actions.withdrawQuestion") : t("reciprocity.actions.endQuestion")}
          busy={busy}
          onConfirm={() => act.mutate("end")}
        >
          {a.status === "proposed" ? t("reciprocity.actions.withdraw") : t("reciprocity.actions.end")}
        </ConfirmButton>
      ) : null}
      {act.error ? (
        <p className="field-error" role="alert">
          {act.error.detail}
        </p>
      ) : null}
    </div>
  );
}
