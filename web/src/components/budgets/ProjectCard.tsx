import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Amount } from "../treasury/Amount.tsx";
import { projectPath } from "./context.ts";
import type { Call, Project } from "./labels.ts";
import { ProjectStatusBadge } from "./PhaseBadge.tsx";
import { SupportButton } from "./SupportButton.tsx";

/** One project in a call's list: its number and title, cost, district, who proposes it, its review and its supports. */
export function ProjectCard({ call, project }: { call: Call; project: Project }) {
  const { t } = useTranslation();
  const team = project.organization?.name ?? project.author?.name;
  return (
    <li className="card pb-project-card">
      <div className="pb-project-card-head">
        <h3 className="pb-project-card-title">
          <Link to={projectPath(call.slug, project.number)}>
            <span className="pb-number">{t("budgets.project.number", { number: project.number })}</span> {project.title}
          </Link>
        </h3>
        <ProjectStatusBadge status={project.status} />
      </div>
      <p className="pb-project-card-meta">
        <Amount amount={project.cost} currency={call.currency} />
        {project.district ? <span>{t("budgets.project.inDistrict", { district: project.district })}</span> : null}
        {team ? <span>{t("budgets.project.by", { team })}</span> : null}
      </p>
      {project.categories.length ? (
        <ul className="pb-tags" aria-label={t("budgets.project.categories")}>
          {project.categories.map((c) => (
            <li key={c} className="pb-tag">
              {c}
            </li>
          ))}
        </ul>
      ) : null}
      <SupportButton call={call} project={project} />
    </li>
  );
}
