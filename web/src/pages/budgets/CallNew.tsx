import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import { CallForm, type NewCallBody } from "../../components/budgets/CallForm.tsx";
import { callPath } from "../../components/budgets/context.ts";
import { invalidateCalls } from "../../components/budgets/queries.ts";
import { LoadError, Loading } from "../../components/States.tsx";
import { useBooks } from "../../components/treasury/queries.ts";
import { useTitle } from "../../hooks.ts";
import { useOrg } from "../OrgLayout.tsx";
import "../../styles/budgets.css";

/**
 * Opening a call for citizen projects (/orgs/:slug/calls/new), for the public body's stewards (the API
 * refuses anyone else, and the form shows its refusal). The call's currency is the body's books', EUR
 * when it keeps none yet. Once opened, its page.
 */
export function CallNewPage() {
  const { t } = useTranslation();
  const { org } = useOrg();
  const navigate = useNavigate();
  const books = useBooks(org.slug);
  useTitle(t("budgets.newCall.pageTitle", { name: org.name }));
  const open = useMutation({
    mutationFn: (body: NewCallBody) => data(client.POST("/api/calls", { body })),
    onSuccess: () => invalidateCalls(),
  });
  const back = (
    <p className="back-link">
      <Link to={`/orgs/${org.slug}/calls`}>
        <span aria-hidden="true">← </span>
        {t("budgets.newCall.back")}
      </Link>
    </p>
  );
  if (org.kind !== "public_body") {
    return (
      <section className="section">
        {back}
        <p className="card pb-closed">{t("budgets.newCall.publicBodiesOnly")}</p>
      </section>
    );
  }
  // A body without books is answered 200 with currency null; only a failure to ask stops the form.
  if (books.isPending) return <Loading label={t("budgets.newCall.loading")} />;
  if (books.error && !books.error.notFound) return <LoadError error={books.error} retry={() => void books.refetch()} />;
  return (
    <section className="section pb-form-page" aria-label={t("budgets.newCall.title")}>
      {back}
      <CallForm
        organization={org.slug}
        currency={books.data?.currency ?? "EUR"}
        onSave={async (body) => {
          const call = await open.mutateAsync(body);
          navigate(callPath(call.slug), { state: { opened: true } });
        }}
      />
    </section>
  );
}
