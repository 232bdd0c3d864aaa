import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { NewNeedInput } from "../../../../src/modules/needs/inputs.ts";
import { client } from "../../api/client.ts";
import { activitiesKey } from "../../api/foundation.ts";
import { data, invalidate } from "../../api/query.ts";
import type { ApiBody, Need, NeedType, Urgency } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { parseTags } from "./labels.ts";
import { NEED_FIELDS, NeedFields, nameTheTag } from "./NeedFields.tsx";
import { boardsKey } from "./queries.ts";

/** Where needs are posted: a commons, or an organization. */
export interface BoardScope {
  kind: "commons" | "organization";
  slug: string;
}

type NewNeed = ApiBody<"/api/commons/{slug}/needs", "post">;

/** Post a need or an offer on a commons or an organization. */
export function NewNeedForm({ scope, onPosted, onCancel }: { scope: BoardScope; onPosted: (need: Need) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useForm(NEED_FIELDS);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => formRef.current?.querySelector<HTMLElement>("select")?.focus(), []);
  const post = useMutation({
    mutationFn: (body: NewNeed) => {
      const init = { params: { path: { slug: scope.slug } }, body };
      return data(
        scope.kind === "commons" ? client.POST("/api/commons/{slug}/needs", init) : client.POST("/api/organizations/{slug}/needs", init),
      );
    },
    onSuccess: () => invalidate(boardsKey, activitiesKey),
  });
  return (
    <form
      ref={formRef}
      className="card form need-form"
      noValidate
      aria-labelledby="new-need-title"
      onSubmit={form.onSubmit(async (v) => {
        const tags = parseTags(v.tags ?? "");
        try {
          const body = validate(NewNeedInput, {
            type: (v.type ?? "need") as NeedType,
            title: v.title ?? "",
            body: v.body ?? "",
            tags,
            urgency: (v.urgency || undefined) as Urgency | undefined,
            dueOn: v.dueOn || undefined,
          });
          onPosted(await post.mutateAsync(body));
        } catch (err) {
          throw nameTheTag(err, tags);
        }
      })}
    >
      <h2 id="new-need-title">{t("needs.new.heading")}</h2>
      <p className="muted">{t("needs.new.lede")}</p>
      <FormAlert messages={form.summary} />
      <NeedFields form={form} />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("needs.new.busy")}>
          {t("needs.new.submit")}
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t("needs.action.cancel")}
        </button>
      </div>
    </form>
  );
}
