import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useSearchParams } from "react-router";
import { ProposalInput } from "../../../../src/modules/contributions/inputs.ts";
import { ContentField, ProposalFields, proposalBasics } from "../../components/commons/ProposalFields.tsx";
import { documentQuery, usePropose } from "../../components/commons/queries.ts";
import { FormAlert } from "../../components/FormAlert.tsx";
import { LoadError, Loading } from "../../components/States.tsx";
import { SubmitButton } from "../../components/SubmitButton.tsx";
import { useForm, validate } from "../../form.ts";
import { useTitle } from "../../hooks.ts";
import { askedRevision, useDocument } from "./DocumentLayout.tsx";

const FIELDS = ["title", "description", "kind", "content", "baseRevision", "document"] as const;

export function DocumentEditPage() {
  const { commons, head, base } = useDocument();
  useTitle(`Propose an edit to ${head.title} · ${commons.title}`);
  const navigate = useNavigate();
  const form = useForm(FIELDS);
  const [params] = useSearchParams();
  const number = askedRevision(params.get("revision")) ?? head.head;
  const older = useQuery({ ...documentQuery(commons.slug, head.path, number), enabled: number !== head.head });
  const propose = usePropose(commons.slug);

  if (older.error && number !== head.head) return <LoadError error={older.error} retry={() => void older.refetch()} />;
  const doc = number === head.head ? head : older.data;
  if (!doc) return <Loading label="Loading the text…" />;

  return (
    <section aria-labelledby="edit-title">
      <h3 id="edit-title">Propose an edit</h3>
      <p className="section-intro">
        Change the text below and explain why. The commons' maintainers review it; once accepted it becomes the next revision, credited to
        you.
      </p>
      {doc.revision.number < head.head ? (
        <p className="notice">
          You are editing revision {doc.revision.number}, but the document is at revision {head.head}. Your edit will be merged into the
          newest text when it is accepted. <Link to={`${base}/edit`}>Edit the newest instead</Link>
        </p>
      ) : null}
      <form
        className="card form"
        noValidate
        onSubmit={form.onSubmit(async (v) => {
          const c = await propose.mutateAsync(
            validate(ProposalInput, {
              type: "edit",
              ...proposalBasics(v),
              document: doc.path,
              baseRevision: doc.revision.number,
              content: v.content ?? "",
            }),
          );
          navigate(`/contributions/${c.id}`);
        })}
      >
        <FormAlert messages={form.summary} />
        <ContentField
          form={form}
          defaultValue={doc.content}
          hint={doc.format === "markdown" ? "Markdown. The whole document, as it should read after your edit." : "Plain text."}
        />
        <ProposalFields form={form} />
        <div className="form-actions">
          <SubmitButton busy={form.busy} busyLabel="Proposing…">
            Propose this edit
          </SubmitButton>
          <Link
            to={`${base}${doc.revision.number < head.head ? `?revision=${doc.revision.number}` : ""}`}
            className="button button--secondary"
          >
            Cancel
          </Link>
        </div>
      </form>
    </section>
  );
}
