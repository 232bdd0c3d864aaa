import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import { callPath, projectPath, useCall } from "../../components/budgets/context.ts";
import { type NewProjectBody, ProjectForm } from "../../components/budgets/ProjectForm.tsx";
import { invalidateProjects } from "../../components/budgets/queries.ts";
import { formatDateTime } from "../../format.ts";
import { useTitle } from "../../hooks.ts";

/** Submitting a citizen project to a call (/calls/:slug/submit), while submissions are open. */
export function ProjectNewPage() {
  const { t } = useTranslation();
  const call = useCall();
  const navigate = useNavigate();
  useTitle(t("budgets.form.newTitle"));
  const submit = useMutation({
    mutationFn: (body: NewProjectBody) => data(client.POST("/api/calls/{slug}/projects", { params: { path: { slug: call.slug } }, body })),
    onSuccess: () => invalidateProjects(call.slug),
  });
  if (call.phase !== "submission") {
    return (
      <div className="card pb-closed">
        <p>
          {call.phase === "draft"
            ? t("budgets.form.notYet", { date: formatDateTime(call.phases.submissionOpens) })
            : t("budgets.form.closed", { date: formatDateTime(call.phases.reviewOpens) })}
        </p>
        <Link to={callPath(call.slug)}>{t("budgets.back", { title: call.title })}</Link>
      </div>
    );
  }
  return (
    <div className="pb-form-page">
      <p className="muted">{t("budgets.form.until", { date: formatDateTime(call.phases.reviewOpens) })}</p>
      <ProjectForm
        call={call}
        submitLabel={t("budgets.form.submit")}
        busyLabel={t("budgets.form.submitting")}
        onSave={async (body) => {
          const project = await submit.mutateAsync(body);
          navigate(projectPath(call.slug, project.number), { state: { submitted: true } });
        }}
      />
    </div>
  );
}
