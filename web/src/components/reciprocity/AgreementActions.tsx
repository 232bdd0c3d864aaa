import { reciprocityApi } from "../../api/reciprocity.ts";
import { useAction } from "../../hooks.ts";
import type { AgreementDetail } from "../../types/reciprocity.ts";
import { ConfirmButton } from "../ConfirmButton.tsx";

/** Accept or decline an offer (the other side), end an agreement or withdraw an offer (either side). */
export function AgreementActions({ agreement: a, onChange }: { agreement: AgreementDetail; onChange: () => void }) {
  const act = useAction(onChange);
  const { viewer } = a;
  if (!viewer.canRespond && !viewer.canEnd) return null;
  return (
    <div className="row-actions agreement-actions">
      {viewer.canRespond ? (
        <>
          <button
            type="button"
            className="button button--primary"
            disabled={act.busy}
            aria-busy={act.busy || undefined}
            onClick={() => act.run(() => reciprocityApi.accept(a.id))}
          >
            Accept the agreement
          </button>
          <ConfirmButton
            confirmLabel="Decline"
            question="Decline this offer?"
            busy={act.busy}
            onConfirm={() => act.run(() => reciprocityApi.decline(a.id))}
          >
            Decline the offer
          </ConfirmButton>
        </>
      ) : null}
      {viewer.canEnd && !viewer.canRespond ? (
        <ConfirmButton
          confirmLabel={a.status === "proposed" ? "Withdraw" : "End it"}
          question={
            a.status === "proposed"
              ? "Withdraw this offer?"
              : "End this agreement on the last day of the current period? Periods already invoiced stay due."
          }
          busy={act.busy}
          onConfirm={() => act.run(() => reciprocityApi.end(a.id))}
        >
          {a.status === "proposed" ? "Withdraw the offer" : "End the agreement"}
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
