import { treasuryApi } from "../../api/treasury.ts";
import { useForm } from "../../form.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";

/** A treasurer adds an account to the chart, such as expenses:travel. */
export function AddAccountForm({ slug, onAdded }: { slug: string; onAdded: () => void }) {
  const form = useForm(["code", "name"]);
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.onSubmit(async (v, el) => {
        await treasuryApi.addAccount(slug, { code: v.code?.trim() ?? "", name: v.name?.trim() ?? "" });
        el.reset();
        onAdded();
      })}
    >
      <FormAlert messages={form.summary} />
      <div className="form-row">
        <Field
          label="Account"
          name="code"
          required
          autoCapitalize="none"
          spellCheck={false}
          placeholder="expenses:travel"
          hint="A type (assets, liabilities, equity, income, expenses), then one to three lower-case parts, separated by colons."
          error={form.error("code")}
        />
        <Field label="Name" name="name" required maxLength={120} placeholder="Travel" error={form.error("name")} />
      </div>
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel="Adding…" variant="secondary">
          Add the account
        </SubmitButton>
      </div>
    </form>
  );
}
