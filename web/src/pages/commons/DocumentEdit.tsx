import { useQuery } from "@tanstack/react-query";
import { Trans, useTranslation } from "react-i18next";
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
  const { t } = useTranslation();
  const { commons, head, base } = useDocument();
  useTitle(t("contributions.edit.pageTitle", { document: head.title, commons: commons.title }));
  const navigate = useNavigate();
  const form = useForm(FIELDS);
  const [params] = useSearchParams();
  const number = askedRevision(params.get("revision")) ?? head.head;
  const older = useQuery({ ...documentQuery(commons.slug, head.path, number), enabled: number !== head.head });
  const propose = usePropose(commons.slug);

  if (older.error && number !== head.head) return <LoadError error={older.error} retry={() => void older.refetch()} />;
  const doc = number === head.head ? head : older.data;
  if (!doc) return <Loading label={t("contributions.edit.loading")} />;

  return (
    <section aria-labelledby="edit-title">
      <h3 id="edit-title">{t("common.action.proposeEdit")}</h3>
      <p className="section-intro">{t("contributions.edit.intro")}</p>
      {doc.revision.number < head.head ? (
        <p className="notice">
          <Trans
            i18nKey="contributions.edit.olderNotice"
            values={{ number: doc.revision.number, head: head.head }}
            components={{ a: <Link to={`${base}/edit`} /> }}
          />
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
          hint={doc.format === "markdown" ? t("contributions.edit.hintMarkdown") : t("contributions.edit.hintPlain")}
        />
        <ProposalFields form={form} />
        <div className="form-actions">
          <SubmitButton busy={form.busy} busyLabel={t("contributions.proposing")}>
            {t("contributions.edit.submit")}
          </SubmitButton>
          <Link
            to={`${base}${doc.revision.number < head.head ? `?revision=${doc.revision.number}` : ""}`}
            className="button button--secondary"
          >
            {t("contributions.edit.cancel")}
          </Link>
        </div>
      </form>
    </section>
  );
}
