import { api } from "../../api.ts";
import { useAction } from "../../hooks.ts";
import type { Contribution } from "../../types/commons.ts";
import { ConfirmButton } from "../ConfirmButton.tsx";
import { LoadError } from "../States.tsx";

/** The author's own controls while the proposal is open: revise it, or withdraw it. */
export function AuthorActions({ c, onRevise, onDone }: { c: Contribution; onRevise: () => void; onDone: () => void }) {
  const withdraw = useAction(onDone);
  return (
    <section className="author-actions" aria-labelledby="yours-title">
      <h2 id="yours-title">Your proposal</h2>
      <div className="form-actions">
        <button type="button" className="button button--secondary button--small" onClick={onRevise}>
          Revise
        </button>
        <ConfirmButton
          question="Withdraw this proposal?"
          confirmLabel="Withdraw"
          busy={withdraw.busy}
          onConfirm={() => withdraw.run(() => api.withdrawContribution(c.id))}
        >
          Withdraw
        </ConfirmButton>
      </div>
      {withdraw.error ? <LoadError error={withdraw.error} /> : null}
    </section>
  );
}
