import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { LinkInput } from "../../../../src/modules/needs/inputs.ts";
import { ApiError, client } from "../../api/client.ts";
import { apiQuery, data } from "../../api/query.ts";
import type { Need } from "../../api/schema.ts";
import { fieldOf, useForm, validate } from "../../form.ts";
import { CONTRIBUTION_STATUS_LABEL } from "../../format.ts";
import { useSession } from "../../session.tsx";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { useNeedMutation } from "./queries.ts";

/** The server names `contribution`; blame the field the person actually used. */
function blame(err: unknown, field: string): unknown {
  if (!(err instanceof ApiError)) return err;
  const errors = err.errors.map((e) => (fieldOf(e.path) === "contribution" ? { ...e, path: field } : e));
  return new ApiError({ ...err, detail: err.detail, errors });
}

/**
 * Link a contribution that answers the need: picked from the commons' recent ones (or, for
 * someone not on it, their own there, as only those they may link), or pasted by id.
 */
export function LinkContribution({ need }: { need: Need }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const form = useForm(["pick", "contribution"]);
  const onlyMine = !need.viewer.hasTakenUp && !need.viewer.canEdit;
  const commons = need.scope.kind === "commons" ? need.scope.slug : undefined;
  const author = onlyMine || !commons ? me?.handle : undefined;
  const recent = useQuery(apiQuery("/api/contributions", { query: { commons, author, limit: 25 } }));
  const link = useNeedMutation(need.id, (body: { contribution: string }) =>
    data(client.POST("/api/needs/{id}/links", { params: { path: { id: need.id } }, body })),
  );
  const linked = new Set(need.links.map((l) => l.contribution.id));
  const choices = (recent.data?.items ?? []).filter((c) => !linked.has(c.id));

  return (
    <form
      className="form link-form"
      noValidate
      onSubmit={form.onSubmit(async (v, el) => {
        const pasted = (v.contribution ?? "").trim();
        if (!pasted && !v.pick) {
          const message = t("needs.link.nothingChosen");
          throw new ApiError({
            status: 0,
            type: "validation",
            title: t("needs.link.nothingTitle"),
            detail: message,
            errors: [{ path: "pick", message }],
          });
        }
        try {
          await link.mutateAsync(validate(LinkInput, { contribution: pasted || (v.pick ?? "") }));
        } catch (err) {
          throw blame(err, pasted ? "contribution" : "pick");
        }
        el.reset();
      })}
    >
      <FormAlert messages={form.summary} />
      <Field
        as="select"
        label={onlyMine ? t("needs.link.pickMine") : t("needs.link.pickRecent")}
        name="pick"
        key={recent.data ? "loaded" : "loading"}
        defaultValue=""
        disabled={!recent.data}
        hint={recent.data && choices.length === 0 ? t("needs.link.noneToChoose") : undefined}
        error={form.error("pick") ?? recent.error?.detail}
      >
        <option value="">{recent.data ? t("needs.link.choose") : t("common.loading")}</option>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.author && !onlyMine
              ? t("needs.link.optionBy", {
                  title: c.title,
                  status: CONTRIBUTION_STATUS_LABEL[c.status].toLowerCase(),
                  author: c.author.name,
                })
              : t("needs.link.option", { title: c.title, status: CONTRIBUTION_STATUS_LABEL[c.status].toLowerCase() })}
          </option>
        ))}
      </Field>
      <Field
        label={t("needs.link.paste")}
        name="contribution"
        optional
        autoCapitalize="none"
        spellCheck={false}
        placeholder={t("needs.link.pastePlaceholder")}
        hint={t("needs.link.pasteHint")}
        error={form.error("contribution")}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("needs.link.busy")} variant="secondary">
          {t("needs.link.submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
