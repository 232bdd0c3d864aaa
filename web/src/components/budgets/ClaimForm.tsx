import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ClaimInput } from "../../../../src/modules/budgeting/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import { useForm, validate } from "../../form.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import type { Call } from "./labels.ts";
import { invalidateBallot } from "./queries.ts";

/**
 * A register call: the city sent each eligible resident a code, which claims their place (once). The API
 * does not say whether one has claimed already, so the form is offered until one has voted; claiming
 * twice is refused with its reason, shown here.
 */
export function ClaimForm({ call }: { call: Call }) {
  const { t } = useTranslation();
  const form = useForm(["code"]);
  const [claimed, setClaimed] = useState(false);
  const claim = useMutation({
    mutationFn: (code: string) =>
      data(client.POST("/api/calls/{slug}/register/claim", { params: { path: { slug: call.slug } }, body: { code } })),
    onSuccess: () => invalidateBallot(call.slug),
  });
  if (claimed) {
    return (
      <p className="notice" role="status">
        {t("budgets.claim.done")}
      </p>
    );
  }
  return (
    <form
      className="card form pb-claim"
      noValidate
      aria-labelledby="pb-claim-title"
      onSubmit={form.onSubmit(async (v) => {
        const body = validate(ClaimInput, { code: v.code?.trim() ?? "" });
        await claim.mutateAsync(body.code);
        setClaimed(true);
      })}
    >
      <h2 id="pb-claim-title">{t("budgets.claim.title")}</h2>
      <p className="muted">{t("budgets.claim.intro")}</p>
      <FormAlert messages={form.summary} />
      <Field
        label={t("budgets.claim.code")}
        name="code"
        autoComplete="one-time-code"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={40}
        error={form.error("code")}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("budgets.claim.claiming")}>
          {t("budgets.claim.submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
