import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ActivityFeed } from "../../components/ActivityFeed.tsx";
import { DocumentsPanel } from "../../components/commons/DocumentsPanel.tsx";
import { RecentContributions } from "../../components/commons/RecentContributions.tsx";
import { TagList } from "../../components/commons/TagList.tsx";
import { Discussions } from "../../components/discussions/Discussions.tsx";
import { ElsewhereLineage } from "../../components/federation/ElsewhereLineage.tsx";
import { formatDate, LICENCE_FAMILY_LABEL } from "../../format.ts";
import { useTitle } from "../../hooks.ts";
import { useCommons } from "./CommonsLayout.tsx";

type StatKey = `contributions.overview.stat.${"documents" | "accepted" | "open" | "contributors" | "forks"}`;

export function CommonsOverviewPage() {
  const { t } = useTranslation();
  const { commons } = useCommons();
  useTitle(commons.title);
  const { stats } = commons;
  const STATS: { n: number; label: StatKey; to: string }[] = [
    { n: stats.documents, label: "contributions.overview.stat.documents", to: "documents" },
    { n: stats.accepted, label: "contributions.overview.stat.accepted", to: "contributions?status=accepted" },
    { n: stats.open, label: "contributions.overview.stat.open", to: "contributions" },
    { n: stats.contributors, label: "contributions.overview.stat.contributors", to: "contributors" },
    { n: stats.forks, label: "contributions.overview.stat.forks", to: "forks" },
  ];

  return (
    <div className="org-columns">
      <div className="org-main">
        <section aria-labelledby="about-title" className="section">
          <h2 id="about-title">{t("contributions.overview.about")}</h2>
          {commons.summary ? <p className="prose">{commons.summary}</p> : <p className="muted">{t("contributions.overview.noSummary")}</p>}
          <TagList tags={commons.tags} />
          <dl className="facts">
            <div>
              <dt>{t("contributions.overview.licence")}</dt>
              <dd>
                <a href={commons.licence.url} rel="noopener noreferrer" target="_blank">
                  {commons.licence.name}
                </a>
                <span className="muted"> · {LICENCE_FAMILY_LABEL[commons.licence.family]}</span>
              </dd>
            </div>
            <div>
              <dt>{t("contributions.overview.stewardedBy")}</dt>
              <dd>
                <Link to={`/orgs/${commons.community.slug}`}>{commons.community.name}</Link>
              </dd>
            </div>
            <div>
              <dt>{t("contributions.overview.stewardAssociation")}</dt>
              <dd>
                {commons.stewardAssociation ? (
                  <Link to={`/orgs/${commons.stewardAssociation.slug}`}>{commons.stewardAssociation.name}</Link>
                ) : (
                  <span className="muted">{t("contributions.overview.none")}</span>
                )}
              </dd>
            </div>
            {commons.forkedFrom || commons.forkedFromElsewhere ? (
              <div>
                <dt>{t("contributions.overview.lineage")}</dt>
                <dd>
                  {commons.forkedFrom ? (
                    <Trans
                      i18nKey="contributions.overview.forkedFrom"
                      values={{ title: commons.forkedFrom.title, date: formatDate(commons.forkedFrom.at) }}
                      components={{ a: <Link to={`/commons/${commons.forkedFrom.slug}`} /> }}
                    />
                  ) : null}
                  {commons.forkedFromElsewhere ? <ElsewhereLineage origin={commons.forkedFromElsewhere} /> : null}
                </dd>
              </div>
            ) : null}
            <div>
              <dt>{t("contributions.overview.created")}</dt>
              <dd>{formatDate(commons.createdAt)}</dd>
            </div>
          </dl>
        </section>
        <section aria-labelledby="docs-title" className="section">
          <h2 id="docs-title">{t("contributions.overview.recentDocuments")}</h2>
          <DocumentsPanel slug={commons.slug} limit={5} />
        </section>
        <section aria-labelledby="recent-title" className="section">
          <h2 id="recent-title">{t("contributions.overview.recentContributions")}</h2>
          <RecentContributions slug={commons.slug} />
        </section>
        <section aria-labelledby="activity-title" className="section">
          <h2 id="activity-title">{t("contributions.overview.activity")}</h2>
          <ActivityFeed commons={commons.slug} limit={10} />
        </section>
        <section aria-labelledby="discussions-title" className="section">
          <h2 id="discussions-title">{t("contributions.overview.discussions")}</h2>
          <Discussions subjectType="commons" subjectId={commons.id} />
        </section>
      </div>
      <aside className="org-side" aria-labelledby="stats-title">
        <h2 id="stats-title">{t("contributions.overview.inNumbers")}</h2>
        <ul className="stat-list">
          {STATS.map((s) => (
            <li key={s.to}>
              <Link to={`/commons/${commons.slug}/${s.to}`}>
                <Trans i18nKey={s.label} values={{ count: s.n }} components={{ strong: <strong /> }} />
              </Link>
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}
