import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import { projectPath, useCall } from "../../components/budgets/context.ts";
import { ProjectForm, type ProjectPatchBody } from "../../components/budgets/ProjectForm.tsx";
import { invalidateProjects, projectQuery } from "../../components/budgets/queries.ts";
import { LoadError, Loading } from "../../components/States.tsx";
import { formatDateTime } from "../../format.ts";
import { useTitle } from "../../hooks.ts";
import { NotFoundPage } from "../NotFound.tsx";

/** Its author edits a project (/calls/:slug/projects/:number/edit) until review begins; the server says who may. */
export function ProjectEditPage() {
  const { t } = useTranslation();
  const call = useCall();
  const { number = "" } = useParams();
  const navigate = useNavigate();
  const project = useQuery(projectQuery(call.slug, number));
  useTitle(project.data ? t("budgets.form.editTitle", { title: project.data.title }) : null);
  const save = useMutation({
    mutationFn: (body: ProjectPatchBody) =>
      data(client.PATCH("/api/calls/{slug}/projects/{number}", { params: { path: { slug: call.slug, number } }, body })),
    onSuccess: () => invalidateProjects(call.slug),
  });
  if (project.isPending) return <Loading label={t("budgets.project.loading")} />;
  if (project.error?.notFound) return <NotFoundPage />;
  if (!project.data) return project.error ? <LoadError error={project.error} retry={() => void project.refetch()} /> : null;
  const p = project.data;
  if (call.phase !== "submission") {
    return (
      <div className="card pb-closed">
        <p>{t("budgets.form.editClosed", { date: formatDateTime(call.phases.reviewOpens) })}</p>
        <Link to={projectPath(call.slug, p.number)}>{t("budgets.project.back", { title: p.title })}</Link>
      </div>
    );
  }
  return (
    <div className="pb-form-page">
      <p className="back-link">
        <Link to={projectPath(call.slug, p.number)}>
          <span aria-hidden="true">← </span>
          {p.title}
        </Link>
      </p>
      <ProjectForm
        call={call}
        project={p}
        submitLabel={t("budgets.form.save")}
        busyLabel={t("budgets.form.saving")}
        onSave={async (body) => {
          await save.mutateAsync(body);
          navigate(projectPath(call.slug, p.number), { state: { edited: true } });
        }}
      />
    </div>
  );
}
