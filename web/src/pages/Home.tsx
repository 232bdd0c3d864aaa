import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { apiQuery } from "../api/query.ts";
import { ActivityFeed } from "../components/ActivityFeed.tsx";
import { OrgCard } from "../components/OrgCard.tsx";
import { Empty, LoadError, Loading } from "../components/States.tsx";
import { useTitle } from "../hooks.ts";
import { useSession } from "../session.tsx";

const PILLARS = [
  {
    kind: "community",
    title: "Commons communities",
    text: "Contributors create shared knowledge, code and designs that anyone may use, and maintainers look after them in the open.",
  },
  {
    kind: "association",
    title: "For-benefit associations",
    text: "Democratically run institutions that fund and protect the commons' infrastructure, with books anyone can read.",
  },
  {
    kind: "enterprise",
    title: "Ethical enterprises",
    text: "Cooperatives and other businesses that live from the commons, pay its contributors and give back to it.",
  },
  {
    kind: "public_body",
    title: "Partner public bodies",
    text: "Cities and institutions that enable citizens to create value: calls for projects, participatory budgets, grants.",
  },
] as const;

function RecentOrganizations() {
  const orgs = useQuery(apiQuery("/api/organizations", { query: { limit: 6 } }));
  if (orgs.isPending) return <Loading label="Loading organizations…" />;
  if (orgs.error) return <LoadError error={orgs.error} retry={() => void orgs.refetch()} />;
  if (!orgs.data || orgs.data.items.length === 0) {
    return (
      <Empty title="No organizations yet.">
        <p>Communities, associations, enterprises and public bodies appear here once someone creates one.</p>
      </Empty>
    );
  }
  return (
    <>
      <ul className="card-grid">
        {orgs.data.items.map((o) => (
          <OrgCard key={o.id} org={o} />
        ))}
      </ul>
      <p>
        <Link to="/orgs">Browse all organizations →</Link>
      </p>
    </>
  );
}

export function HomePage() {
  const { instance, me } = useSession();
  useTitle(null);
  const { people, organizations } = instance.counts;

  return (
    <div className="home">
      <section className="hero" aria-labelledby="hero-title">
        <p className="eyebrow">A Triarchy instance</p>
        <h1 id="hero-title">{instance.name}</h1>
        <p className="hero-text">
          {instance.description ||
            "A shared home where commons communities, for-benefit associations, ethical enterprises and public bodies cooperate."}
        </p>
        <p className="hero-stats">
          <span>
            <strong>{people}</strong> {people === 1 ? "person" : "people"}
          </span>
          <span>
            <strong>{organizations}</strong> {organizations === 1 ? "organization" : "organizations"}
          </span>
        </p>
        <div className="hero-actions">
          {me ? (
            <>
              <Link to="/commons" className="button button--primary">
                Explore the commons
              </Link>
              <Link to="/orgs" className="button button--secondary">
                Find organizations
              </Link>
            </>
          ) : (
            <>
              <Link to="/signup" className="button button--primary">
                Create an account
              </Link>
              <Link to="/commons" className="button button--secondary">
                Explore the commons
              </Link>
              <Link to="/orgs" className="button button--secondary">
                Browse organizations
              </Link>
            </>
          )}
        </div>
      </section>

      <section className="pillars" aria-labelledby="idea-title">
        <h2 id="idea-title">The idea</h2>
        <p className="section-intro">
          Commons-based peer production works as three cooperating parts: a community that creates a commons, a for-benefit association that
          sustains it, and enterprises that make a living from it while paying the people who create it. Public bodies can act as partners.
          Triarchy is the shared infrastructure where they meet, and where every change is visible to all in a public activity log.
        </p>
        <ul className="pillar-list">
          {PILLARS.map((p) => (
            <li key={p.kind} className={`pillar pillar--${p.kind}`}>
              <h3>{p.title}</h3>
              <p>{p.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <div className="home-columns">
        <section aria-labelledby="orgs-title">
          <h2 id="orgs-title">Organizations</h2>
          <RecentOrganizations />
        </section>
        <section aria-labelledby="activity-title">
          <h2 id="activity-title">Recent activity</h2>
          <ActivityFeed limit={10} emptyText="No activity yet." />
        </section>
      </div>
    </div>
  );
}
