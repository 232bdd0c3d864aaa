import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { apiQuery, queryClient } from "../../api/query.ts";
import { useForm } from "../../form.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { actorPath } from "./addresses.ts";

/**
 * Look someone up on another instance by handle. The card is asked for before the page moves to it,
 * so the server's refusal (a malformed handle, nobody there, an instance that does not answer) lands
 * at the field. `error` is that refusal for the handle the page was opened with (give the handle as
 * the key too, so the field starts again from it).
 */
export function ActorLookup({ handle, error, labelledBy }: { handle: string; error?: string | undefined; labelledBy: string }) {
  const { t } = useTranslation();
  const form = useForm(["handle"]);
  const navigate = useNavigate();
  return (
    <form
      className="form form--inline"
      noValidate
      aria-labelledby={labelledBy}
      onSubmit={form.onSubmit(async (v) => {
        const wanted = (v.handle ?? "").trim();
        await queryClient.fetchQuery(apiQuery("/api/federation/actor", { query: { handle: wanted } }));
        navigate(actorPath(wanted));
      })}
    >
      <FormAlert messages={form.summary} />
      <div className="form-row">
        <Field
          label={t("account.following.handle")}
          name="handle"
          required
          maxLength={300}
          defaultValue={handle}
          placeholder="@open-lab@other.example"
          hint={t("account.following.handleHint")}
          error={form.error("handle") ?? error}
        />
        <div className="form-row-action">
          <SubmitButton busy={form.busy} busyLabel={t("federation.lookup.busy")}>
            {t("federation.lookup.submit")}
          </SubmitButton>
        </div>
      </div>
    </form>
  );
}
