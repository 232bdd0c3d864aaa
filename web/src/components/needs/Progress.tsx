import { needsApi } from "../../api/needs.ts";
import { useForm } from "../../form.ts";
import { useSession } from "../../session.tsx";
import type { Need } from "../../types/needs.ts";
import { RenderedHtml } from "../discussions/RenderedHtml.tsx";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { PersonLink } from "../PersonLink.tsx";
import { RelativeTime } from "../RelativeTime.tsx";
import { SubmitButton } from "../SubmitButton.tsx";

function ProgressForm({ need, onChange }: { need: Need; onChange: (need: Need) => void }) {
  const form = useForm(["body"]);
  return (
    <form
      className="form progress-form"
      noValidate
      onSubmit={form.onSubmit(async (v, el) => {
        onChange(await needsApi.report(need.id, v.body ?? ""));
        el.reset();
      })}
    >
      <FormAlert messages={form.summary} />
      <Field
        as="textarea"
        label="Report progress"
        name="body"
        required
        rows={3}
        maxLength={20000}
        hint="Markdown. What is done, what is next, what is in the way."
        error={form.error("body")}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} busyLabel="Posting…">
          Post update
        </SubmitButton>
      </div>
    </form>
  );
}

/** Progress updates, oldest first, and the form for those who report them. */
export function Progress({ need, onChange }: { need: Need; onChange: (need: Need) => void }) {
  const { me } = useSession();
  const canReport = need.viewer.hasTakenUp || need.viewer.canEdit;
  return (
    <>
      {need.updates.length === 0 ? (
        <p className="muted">No progress reported yet.</p>
      ) : (
        <ol className="timeline">
          {need.updates.map((u) => (
            <li key={u.id} className="timeline-item">
              <p className="timeline-meta">
                {u.author ? <PersonLink person={u.author} showHandle={false} /> : <span className="muted">A former member</span>}
                <RelativeTime value={u.createdAt} />
              </p>
              <RenderedHtml html={u.bodyHtml} />
            </li>
          ))}
        </ol>
      )}
      {canReport ? (
        <ProgressForm need={need} onChange={onChange} />
      ) : me && need.status !== "done" ? (
        <p className="muted small">Progress is reported by the people on it, the person who posted it, and the maintainers.</p>
      ) : null}
    </>
  );
}
