import { useTranslation } from "react-i18next";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { Contribution } from "../../api/schema.ts";
import { ConfirmButton } from "../ConfirmButton.tsx";
import { LoadError } from "../States.tsx";
import { useContributionMutation } from "./queries.ts";

/** The author's own controls while the proposal is open: revise it, or withdraw it. */
export function AuthorActions({ c, onRevise, onDone }: { c: Contribution; onRevise: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const withdraw = useContributionMutation(c, () =>
    data(client.POST("/api/contributions/{id}/withdraw", { params: { path: { id: c.id } } })),
  );
  return (
    <section className="author-actions" aria-labelledby="yours-title">
      <h2 id="yours-title">{t("commons.author.title")}</h2>
      <div className="form-actions">
        <button type="button" className="button button--secondary button--small" onClick={onRevise}>
          {t("commons.author.revise")}
        </button>
        <ConfirmButton
          question={t("commons.author.withdrawQuestion")}
          confirmLabel={t("commons.author.withdraw")}
          busy={withdraw.isPending}
          onConfirm={() => withdraw.mutate(undefined, { onSuccess: onDone })}
        >
          {t("commons.author.withdraw")}
        </ConfirmButton>
      </div>
      {withdraw.error ? <LoadError error={withdraw.error} /> : null}
    </section>
  );
}
