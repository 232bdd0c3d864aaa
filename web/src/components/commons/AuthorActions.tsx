import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { Contribution } from "../../api/schema.ts";
import { ConfirmButton } from "../ConfirmButton.tsx";
import { LoadError } from "../States.tsx";
import { useContributionMutation } from "./queries.ts";

/** The author's own controls while the proposal is open: revise it, or withdraw it. */
export function AuthorActions({ c, onRevise, onDone }: { c: Contribution; onRevise: () => void; onDone: () => void }) {
  const withdraw = useContributionMutation(c, () =>
    data(client.POST("/api/contributions/{id}/withdraw", { params: { path: { id: c.id } } })),
  );
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
          busy={withdraw.isPending}
          onConfirm={() => withdraw.mutate(undefined, { onSuccess: onDone })}
        >
          Withdraw
        </ConfirmButton>
      </div>
      {withdraw.error ? <LoadError error={withdraw.error} /> : null}
    </section>
  );
}
