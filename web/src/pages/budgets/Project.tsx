import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { callPath, projectPath, reached, useCall } from "../../components/budgets/context.ts";
import type { Call, Project } from "../../components/budgets/labels.ts";
import { ProjectStatusBadge } from "../../components/budgets/PhaseBadge.tsx";
import { projectQuery } from "../../components/budgets/queries.ts";
import { ReviewPanel } from "../../components/budgets/ReviewPanel.tsx";
import { SupportButton } from "../../components/budgets/SupportButton.tsx";
import { hostOf } from "../../components/budgets/url.ts";
import { Discussions } from "../../components/discussions/Discussions.tsx";
import { PersonLink } from "../../components/PersonLink.tsx";
import { LoadError, Loading } from "../../components/States.tsx";
import { TableScroll } from "../../components/TableScroll.tsx";
import { Amount } from "../../components/treasury/Amount.tsx";
import { formatDate, formatNumber } from "../../format.ts";
import { useTitle } from "../../hooks.ts";
import { useSession } from "../../session.tsx";
import { NotFoundPage } from "../NotFound.tsx";

function PublicReview({ call, project }: { call: Call; project: Project }) {
  const { t } = useTranslation();
  return (
    <section className="card section pb-public-review" aria-labelledby="pb-review-public-title">
      <h3 id="pb-review-public-title">{t("budgets.project.reviewTitle")}</h3>
      <p>
        <ProjectStatusBadge status={project.status} />
      </p>
      {project.review ? (
        <>
          <p className="prose">{project.review.reason}</p>
          {project.review.costNote ? (
            <p className="prose">
              <strong>{t("budgets.project.costNote")}</strong> {project.review.costNote}
            </p>
          ) : null}
          <p className="muted small">{t("budgets.project.reviewedOn", { date: formatDate(project.review.reviewedAt) })}</p>
        </>
      ) : (
        <p className="muted">
          {call.phase === "submission" || call.phase === "review" ? t("budgets.project.notReviewed") : t("budgets.project.neverReviewed")}
        </p>
      )}
    </section>
  );
}

function Breakdown({ call, project }: { call: Call; project: Project }) {
  const { t } = useTranslation();
  if (project.costBreakdown.length === 0) return null;
  return (
    <div className="section">
      <h3 id="pb-breakdown-title">{t("budgets.project.breakdown")}</h3>
      <TableScroll labelledBy="pb-breakdown-title">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("budgets.project.item")}</th>
              <th scope="col" className="num">
                {t("budgets.project.amount")}
              </th>
            </tr>
          </thead>
          <tbody>
            {project.costBreakdown.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id and may repeat an item's name.
              <tr key={i}>
                <td>{line.item}</td>
                <td className="num">
                  <Amount amount={String(line.amount)} currency={call.currency} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("budgets.project.total")}</th>
              <td className="num">
                <Amount amount={String(project.costBreakdown.reduce((s, l) => s + BigInt(l.amount), 0n))} currency={call.currency} />
              </td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      {project.review?.costNote ? <p className="muted small">{t("budgets.project.breakdownBeforeReview")}</p> : null}
    </div>
  );
}

function ProjectView({ call, project }: { call: Call; project: Project }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const { state } = useLocation() as { state: { submitted?: boolean; edited?: boolean } | null };
  useTitle(project.title);
  const mine = !!me && project.author?.handle === me.handle;
  const reviewable = call.can.review && (call.phase === "submission" || call.phase === "review");
  return (
    <article className="pb-project" aria-labelledby="pb-project-title">
      <p className="back-link">
        <Link to={callPath(call.slug)}>
          <span aria-hidden="true">← </span>
          {t("budgets.project.allProjects")}
        </Link>
      </p>
      {state?.submitted ? (
        <p className="notice" role="status">
          {t("budgets.project.submittedNotice", { number: project.number })}
        </p>
      ) : null}
      {state?.edited ? (
        <p className="notice" role="status">
          {t("budgets.project.editedNotice")}
        </p>
      ) : null}
      <header className="pb-project-head">
        <h2 id="pb-project-title">
          <span className="pb-number">{t("budgets.project.number", { number: project.number })}</span> {project.title}
        </h2>
        <div className="pb-project-head-actions">
          <ProjectStatusBadge status={project.status} />
          {mine && call.phase === "submission" ? (
            <Link className="button button--secondary button--small" to={projectPath(call.slug, project.number, "edit")}>
              {t("budgets.project.edit")}
            </Link>
          ) : null}
        </div>
      </header>
      <dl className="pb-facts pb-project-facts">
        <div>
          <dt>{t("budgets.project.cost")}</dt>
          <dd className="pb-big">
            <Amount amount={project.cost} currency={call.currency} />
          </dd>
        </div>
        {project.district ? (
          <div>
            <dt>{t("budgets.project.district")}</dt>
            <dd>{project.district}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("budgets.project.team")}</dt>
          <dd>
            {project.organization ? (
              <Link to={`/orgs/${project.organization.slug}`}>{project.organization.name}</Link>
            ) : project.author ? (
              <PersonLink person={project.author} showHandle={false} />
            ) : (
              <span className="muted">—</span>
            )}
          </dd>
        </div>
        {project.categories.length ? (
          <div>
            <dt>{t("budgets.project.categories")}</dt>
            <dd>{project.categories.join(", ")}</dd>
          </div>
        ) : null}
        {project.commons ? (
          <div>
            <dt>{t("budgets.project.commons")}</dt>
            <dd>
              <Link to={`/commons/${project.commons}`}>{project.commons}</Link>
            </dd>
          </div>
        ) : null}
        {project.location ? (
          <div>
            <dt>{t("budgets.project.place")}</dt>
            <dd>
              {project.location.label ? <span>{project.location.label} </span> : null}
              <a
                href={`https://www.openstreetmap.org/?mlat=${project.location.lat}&mlon=${project.location.lon}#map=17/${project.location.lat}/${project.location.lon}`}
                rel="noopener noreferrer nofollow"
                target="_blank"
              >
                {t("budgets.project.onMap", { lat: formatNumber(project.location.lat), lon: formatNumber(project.location.lon) })}
              </a>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("budgets.project.submitted")}</dt>
          <dd>{formatDate(project.createdAt)}</dd>
        </div>
      </dl>
      <div className="pb-support-row">
        <SupportButton call={call} project={project} />
        {reached(call, "results") && project.status === "eligible" ? (
          <span className="pb-next-actions">
            <Link to={callPath(call.slug, "results")}>{t("budgets.project.howItFared")}</Link>
            <Link to={callPath(call.slug, "accountability")}>{t("budgets.next.accountability")}</Link>
          </span>
        ) : null}
      </div>
      <div className="pb-columns">
        <div className="pb-main">
          <section className="section" aria-labelledby="pb-description-title">
            <h3 id="pb-description-title">{t("budgets.project.description")}</h3>
            {project.descriptionHtml ? (
              // biome-ignore lint/security/noDangerouslySetInnerHtml: the API renders and sanitizes the Markdown.
              <div className="markdown" dangerouslySetInnerHTML={{ __html: project.descriptionHtml }} />
            ) : (
              <p className="muted">{t("budgets.project.noDescription")}</p>
            )}
          </section>
          <Breakdown call={call} project={project} />
          {project.images.length ? (
            <section className="section" aria-labelledby="pb-images-title">
              <h3 id="pb-images-title">{t("budgets.project.images")}</h3>
              <p className="muted small">{t("budgets.project.imagesHint")}</p>
              <ul className="pb-links">
                {project.images.map((url, i) => (
                  <li key={url}>
                    <a href={url} rel="noopener noreferrer nofollow" target="_blank">
                      {t("budgets.project.image", { n: i + 1, host: hostOf(url) })}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section className="section" aria-labelledby="pb-discussion-title">
            <h3 id="pb-discussion-title">{t("budgets.project.discussion")}</h3>
            <Discussions subjectType="pb_project" subjectId={project.id} />
          </section>
        </div>
        <div className="pb-side">
          <PublicReview call={call} project={project} />
          {reviewable ? <ReviewPanel call={call} project={project} /> : null}
        </div>
      </div>
    </article>
  );
}

/** A citizen project (/calls/:slug/projects/:number): what it is, what it costs, its public review and its supports. */
export function ProjectPage() {
  const { t } = useTranslation();
  const call = useCall();
  const { number = "" } = useParams();
  const project = useQuery(projectQuery(call.slug, number));
  if (project.isPending) return <Loading label={t("budgets.project.loading")} />;
  if (project.error?.notFound) return <NotFoundPage />;
  if (!project.data) return project.error ? <LoadError error={project.error} retry={() => void project.refetch()} /> : null;
  return <ProjectView call={call} project={project.data} />;
}
