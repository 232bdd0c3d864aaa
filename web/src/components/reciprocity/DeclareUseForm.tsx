import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { UseInput } from "../../../../src/modules/reciprocity/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { ApiBody, UsePurpose } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { isKeyOf } from "../../format.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { PURPOSE_HINT, PURPOSE_LABEL, PURPOSES } from "./format.ts";
import { invalidateUses } from "./keys.ts";

const FIELDS = ["enterprise", "purpose", "product", "description", "surplusToWorkers", "since"];

/** An enterprise's steward or treasurer declares what it builds on this commons. */
export function DeclareUseForm({ commonsSlug, enterprises }: { commonsSlug: string; enterprises: { slug: string; name: string }[] }) {
  const { t } = useTranslation();
  const form = useForm(FIELDS);
  const declare = useMutation({
    mutationFn: (body: ApiBody<"/api/commons/{slug}/uses", "post">) =>
      data(client.POST("/api/commons/{slug}/uses", { params: { path: { slug: commonsSlug } }, body })),
    onSuccess: () => invalidateUses(),
  });
  return (
    <form
      className="form form--limited"
      noValidate
      aria-label={t("reciprocity.declare.label")}
      onSubmit={form.onSubmit(async (v, el) => {
        const purpose: UsePurpose = isKeyOf(PURPOSE_LABEL, v.purpose) ? v.purpose : "commercial";
        await declare.mutateAsync(
          validate(UseInput, {
            enterprise: v.enterprise ?? "",
            purpose,
            product: v.product ?? "",
            surplusToWorkers: v.surplusToWorkers === "on",
            description: v.description?.trim() ?? "",
            ...(v.since ? { since: v.since } : {}),
          }),
        );
        el.reset();
      })}
    >
      <FormAlert messages={form.summary} />
      <Field
        as="select"
        label={t("reciprocity.declare.enterprise")}
        name="enterprise"
        error={form.error("enterprise")}
        hint={t("reciprocity.declare.enterpriseHint")}
      >
        {enterprises.map((e) => (
          <option key={e.slug} value={e.slug}>
            {e.name}
          </option>
        ))}
      </Field>
      <fieldset className="field" aria-describedby={form.error("purpose") ? "purpose-error" : undefined}>
        <legend className="field-label">{t("reciprocity.declare.purpose")}</legend>
        {PURPOSES.map((p) => (
          <div key={p} className="radio-option">
            <label className="radio">
              <input type="radio" name="purpose" value={p} defaultChecked={p === "commercial"} aria-describedby={`purpose-${p}-hint`} />{" "}
              {PURPOSE_LABEL[p]}
            </label>
            <span id={`purpose-${p}-hint`} className="muted small">
              {" "}
              {t("reciprocity.declare.purposeHint", { hint: PURPOSE_HINT[p] })}
            </span>
          </div>
        ))}
        {form.error("purpose") ? (
          <p id="purpose-error" className="field-error">
            {form.error("purpose")}
          </p>
        ) : null}
      </fieldset>
      <Field
        label={t("reciprocity.declare.product")}
        name="product"
        hint={t("reciprocity.declare.productHint")}
        required
        maxLength={200}
        error={form.error("product")}
      />
      <Field
        as="textarea"
        label={t("reciprocity.declare.description")}
        name="description"
        optional
        rows={3}
        maxLength={4000}
        error={form.error("description")}
      />
      <label className="checkbox">
        <input type="checkbox" name="surplusToWorkers" />
        {t("reciprocity.declare.surplusToWorkers")}
      </label>
      <Field
        label={t("reciprocity.declare.since")}
        name="since"
        type="date"
        optional
        error={form.error("since")}
        hint={t("reciprocity.declare.sinceHint")}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("reciprocity.declare.declaring")}>
          {t("reciprocity.declare.submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
