import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { DEFAULT_SOURCE, PostInput, PreviewInput } from "../../../../src/modules/value/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ApiBody, DistributionStatement, EquationOwner } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { formatDate, today } from "../../format.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { LoadError, Loading } from "../States.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { AccountSelect } from "../treasury/AccountSelect.tsx";
import { Amount } from "../treasury/Amount.tsx";
import { AmountInput } from "../treasury/AmountInput.tsx";
import { amountOrThrow } from "../treasury/money.ts";
import { useBooks } from "../treasury/queries.ts";
import { PayoutForm } from "./PayoutForm.tsx";
import { invalidateDistributions } from "./queries.ts";
import { StatementTable } from "./StatementTable.tsx";

type PreviewBody = ApiBody<"/api/commons/{slug}/distributions/preview", "post">;
type PostBody = ApiBody<"/api/commons/{slug}/distributions", "post">;

/**
 * The treasurer's distribution: amount, source account and window end → the statement as a preview
 * (nothing written) → posting exactly that statement (its hash goes along, so a change in between is
 * refused rather than posted unseen).
 */
export function DistributeForm({ owner, slug, treasury }: { owner: EquationOwner; slug: string; treasury: string }) {
  const { t } = useTranslation();
  const books = useBooks(treasury);
  const navigate = useNavigate();
  const form = useForm(["amount", "sourceAccount", "windowTo", "description", "currency"]);
  const [preview, setPreview] = useState<{ body: PreviewBody; statement: DistributionStatement } | null>(null);
  const params = { path: { slug } };
  const compute = useMutation({
    mutationFn: (body: PreviewBody) =>
      owner === "commons"
        ? data(client.POST("/api/commons/{slug}/distributions/preview", { params, body }))
        : data(client.POST("/api/organizations/{slug}/distributions/preview", { params, body })),
  });
  const posting = useMutation({
    mutationFn: async (post: PostBody) => {
      const body = validate(PostInput, post);
      return owner === "commons"
        ? data(client.POST("/api/commons/{slug}/distributions", { params, body }))
        : data(client.POST("/api/organizations/{slug}/distributions", { params, body }));
    },
    onSuccess: () => invalidateDistributions(owner, slug),
  });

  if (books.isPending) return <Loading label={t("value.distribute.loadingBooks")} />;
  if (!books.data) return <LoadError error={books.error} retry={() => void books.refetch()} />;
  const currency = books.data.currency;
  if (!books.data.opened || !currency) return <p className="muted">{t("value.distribute.booksClosed")}</p>;

  return (
    <>
      <form
        className="form form--limited"
        noValidate
        aria-label={t("value.distribute.label")}
        onSubmit={form.onSubmit(async (v) => {
          const body = validate(PreviewInput, {
            amount: amountOrThrow(v.amount, currency, "body.amount"),
            sourceAccount: v.sourceAccount || DEFAULT_SOURCE,
            ...(v.windowTo ? { windowTo: v.windowTo } : {}),
            ...(v.description?.trim() ? { description: v.description.trim() } : {}),
          });
          setPreview(null);
          setPreview({ body, statement: await compute.mutateAsync(body) });
        })}
      >
        <FormAlert messages={form.summary} />
        <div className="form-row">
          <AmountInput currency={currency} required error={form.error("amount")} />
          <Field label={t("value.distribute.windowTo")} name="windowTo" type="date" defaultValue={today()} error={form.error("windowTo")} />
        </div>
        <AccountSelect
          accounts={books.data.accounts}
          types={["expense", "liability", "equity", "asset"]}
          currency={currency}
          label={t("value.distribute.source")}
          name="sourceAccount"
          defaultValue={DEFAULT_SOURCE}
          error={form.error("sourceAccount")}
        />
        <Field label={t("value.distribute.description")} name="description" optional maxLength={300} error={form.error("description")} />
        <div className="form-actions">
          <SubmitButton busy={form.busy} busyLabel={t("value.distribute.computing")} variant="secondary">
            {t("value.distribute.preview")}
          </SubmitButton>
        </div>
      </form>
      {preview ? (
        <section className="section value-preview" aria-labelledby="preview-title">
          <h3 id="preview-title">
            <Trans
              i18nKey="value.distribute.previewTitle"
              values={{ from: formatDate(preview.statement.windowFrom), to: formatDate(preview.statement.windowTo) }}
              components={{ amount: <Amount amount={preview.statement.amount} currency={preview.statement.currency} /> }}
            />
          </h3>
          <p className="muted">{t("value.distribute.notPosted")}</p>
          <StatementTable statement={preview.statement} />
          {posting.error ? <FormAlert messages={[posting.error.detail]} title={t("value.distribute.notPostedTitle")} /> : null}
          <div className="form-actions">
            <button
              type="button"
              className="button button--primary"
              disabled={posting.isPending}
              aria-busy={posting.isPending || undefined}
              onClick={() =>
                posting.mutate(
                  { ...preview.body, statementHash: preview.statement.statementHash },
                  {
                    onSuccess: (posted) => {
                      if (posted.id) navigate(`/distributions/${posted.id}`);
                    },
                  },
                )
              }
            >
              {posting.isPending ? t("value.distribute.posting") : t("value.distribute.post")}
            </button>
          </div>
        </section>
      ) : null}
      <section className="section" aria-labelledby="payout-title">
        <h3 id="payout-title">{t("value.payout.title")}</h3>
        <p className="muted">{t("value.payout.intro")}</p>
        <PayoutForm slug={treasury} currency={currency} />
      </section>
    </>
  );
}
