import { Link } from "react-router";
import { ActivityFeed } from "../../components/ActivityFeed.tsx";
import { DocumentsPanel } from "../../components/commons/DocumentsPanel.tsx";
import { RecentContributions } from "../../components/commons/RecentContributions.tsx";
import { TagList } from "../../components/commons/TagList.tsx";
import { Discussions } from "../../components/discussions/Discussions.tsx";
import { formatDate, LICENCE_FAMILY_LABEL } from "../../format.ts";
import { useTitle } from "../../hooks.ts";
import { useCommons } from "./CommonsLayout.tsx";

export function CommonsOverviewPage() {
  const { commons } = useCommons();
  useTitle(commons.title);
  const { stats } = commons;
  const STATS = [
    { n: stats.documents, label: stats.documents === 1 ? "document" : "documents", to: "documents" },
    {
      n: stats.accepted,
      label: stats.accepted === 1 ? "accepted contribution" : "accepted contributions",
      to: "contributions?status=accepted",
    },
    { n: stats.open, label: stats.open === 1 ? "open proposal" : "open proposals", to: "contributions" },
    { n: stats.contributors, label: stats.contributors === 1 ? "contributor" : "contributors", to: "contributors" },
    { n: stats.forks, label: stats.forks === 1 ? "fork" : "forks", to: "forks" },
  ];

  return (
    <div className="org-columns">
      <div className="org-main">
        <section aria-labelledby="about-title" className="section">
          <h2 id="about-title">About</h2>
          {commons.summary ? <p className="prose">{commons.summary}</p> : <p className="muted">No summary yet.</p>}
          <TagList tags={commons.tags} />
          <dl className="facts">
            <div>
              <dt>Licence</dt>
              <dd>
                <a href={commons.licence.url} rel="noopener noreferrer" target="_blank">
                  {commons.licence.name}
                </a>
                <span className="muted"> · {LICENCE_FAMILY_LABEL[commons.licence.family]}</span>
              </dd>
            </div>
            <div>
              <dt>Stewarded by</dt>
              <dd>
                <Link to={`/orgs/${commons.community.slug}`}>{commons.community.name}</Link>
              </dd>
            </div>
            <div>
              <dt>Steward association</dt>
              <dd>
                {commons.stewardAssociation ? (
                  <Link to={`/orgs/${commons.stewardAssociation.slug}`}>{commons.stewardAssociation.name}</Link>
                ) : (
                  <span className="muted">None</span>
                )}
              </dd>
            </div>
            {commons.forkedFrom ? (
              <div>
                <dt>Lineage</dt>
                <dd>
                  Forked from <Link to={`/commons/${commons.forkedFrom.slug}`}>{commons.forkedFrom.title}</Link> on{" "}
                  {formatDate(commons.forkedFrom.at)}
                </dd>
              </div>
            ) : null}
            <div>
              <dt>Created</dt>
              <dd>{formatDate(commons.createdAt)}</dd>
            </div>
          </dl>
        </section>
        <section aria-labelledby="docs-title" className="section">
          <h2 id="docs-title">Recently changed documents</h2>
          <DocumentsPanel slug={commons.slug} limit={5} />
        </section>
        <section aria-labelledby="recent-title" className="section">
          <h2 id="recent-title">Recent contributions</h2>
          <RecentContributions slug={commons.slug} />
        </section>
        <section aria-labelledby="activity-title" className="section">
          <h2 id="activity-title">Activity</h2>
          <ActivityFeed commons={commons.slug} limit={10} />
        </section>
        <section aria-labelledby="discussions-title" className="section">
          <h2 id="discussions-title">Discussions</h2>
          <Discussions subjectType="commons" subjectId={commons.id} />
        </section>
      </div>
      <aside className="org-side" aria-labelledby="stats-title">
        <h2 id="stats-title">In numbers</h2>
        <ul className="stat-list">
          {STATS.map((s) => (
            <li key={s.to}>
              <Link to={`/commons/${commons.slug}/${s.to}`}>
                <strong>{s.n}</strong> {s.label}
              </Link>
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}
