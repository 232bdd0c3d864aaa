import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import { useSession } from "../../session.tsx";
import type { Call, Project } from "./labels.ts";
import { invalidateProjects } from "./queries.ts";

/**
 * A project's supports, and (for someone signed in, before voting) the button that adds or withdraws
 * one's own. The count on the button is the server's answer, so it moves only once the support is stored.
 */
export function SupportButton({ call, project }: { call: Call; project: Project }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const path = { slug: call.slug, number: project.number };
  const toggle = useMutation({
    mutationFn: (on: boolean) =>
      data(
        on
          ? client.PUT("/api/calls/{slug}/projects/{number}/support", { params: { path } })
          : client.DELETE("/api/calls/{slug}/projects/{number}/support", { params: { path } }),
      ),
    onSuccess: () => invalidateProjects(call.slug),
  });
  const open = call.phase === "submission" || call.phase === "review";
  const count = <span className="pb-supports">{t("budgets.project.supports", { count: project.supports })}</span>;
  if (!me || !open) return count;
  return (
    <span className="pb-support">
      {count}
      <button
        type="button"
        className={`button button--small ${project.supported ? "button--secondary" : "button--primary"}`}
        aria-pressed={project.supported}
        disabled={toggle.isPending}
        aria-busy={toggle.isPending || undefined}
        onClick={() => toggle.mutate(!project.supported)}
      >
        {project.supported ? <span aria-hidden="true">✓ </span> : null}
        {t("budgets.project.support")}
        <span className="visually-hidden"> {project.title}</span>
      </button>
      {toggle.error ? (
        <span className="field-error" role="alert">
          {toggle.error.detail}
        </span>
      ) : null}
    </span>
  );
}
