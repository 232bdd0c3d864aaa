import { useTranslation } from "react-i18next";
import { ProgressInput } from "../../../../src/modules/needs/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { Need } from "../../api/schema.ts";
import { useForm, validate } from "../../form.ts";
import { useSession } from "../../session.tsx";
import { RenderedHtml } from "../discussions/RenderedHtml.tsx";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { PersonLink } from "../PersonLink.tsx";
import { RelativeTime } from "../RelativeTime.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { useNeedMutation } from "./queries.ts";

function ProgressForm({ need }: { need: Need }) {
  const { t } = useTranslation();
  const form = useForm(["body"]);
  const report = useNeedMutation(need.id, (body: { body: string }) =>
    data(client.POST("/api/needs/{id}/updates", { params: { path: { id: need.id } }, body })),
  );
  return (
    <form
      className="form progress-form"
      noValidate
      onSubmit={form.onSubmit(async (v, el) => {
        await report.mutateAsync(validate(ProgressInput, { body: v.body ?? "" }));
        el.reset();
      })}
    >
      <FormAlert messages={form.summary} />
      <Field
        as="textarea"
        label={t("needs.progress.label")}
        name="body"
        required
        rows={3}
        maxLength={20000}
        hint={t("needs.progress.hint")}
        error={form.error("body")}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel={t("needs.progress.busy")}>
          {t("needs.progress.submit")}
        </SubmitButton>
      </div>
    </form>
  );
}

/** Progress updates, oldest first, and the form for those who report them. */
export function Progress({ need }: { need: Need }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const canReport = need.viewer.hasTakenUp || need.viewer.canEdit;
  return (
    <>
      {need.updates.length === 0 ? (
        <p className="muted">{t("needs.progress.none")}</p>
      ) : (
        <ol className="timeline">
          {need.updates.map((u) => (
            <li key={u.id} className="timeline-item">
              <p className="timeline-meta">
                {u.author ? <PersonLink person={u.author} showHandle={false} /> : <span className="muted">{t("needs.formerMember")}</span>}
                <RelativeTime value={u.createdAt} />
              </p>
              <RenderedHtml html={u.bodyHtml} />
            </li>
          ))}
        </ol>
      )}
      {canReport ? (
        <ProgressForm need={need} />
      ) : me && need.status !== "done" ? (
        <p className="muted small">{t("needs.progress.who")}</p>
      ) : null}
    </>
  );
}
