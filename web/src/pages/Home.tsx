import { useQuery } from "@tanstack/react-query";
import { Trans, useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { apiQuery } from "../api/query.ts";
import type { Kind } from "../api/schema.ts";
import { ActivityFeed } from "../components/ActivityFeed.tsx";
import { RemoteFeed } from "../components/federation/RemoteFeed.tsx";
import { NextSteps, welcomeOf } from "../components/NextSteps.tsx";
import { OrgCard } from "../components/OrgCard.tsx";
import { Empty, LoadError, Loading } from "../components/States.tsx";
import { keysOf } from "../format.ts";
import { useTitle } from "../hooks.ts";
import type { MessageKey } from "../i18n/resources.ts";
import { useSession } from "../session.tsx";

/** The four kinds of organization, each with its part in commons-based peer production. */
const PILLARS: Record<Kind, { title: MessageKey; text: MessageKey }> = {
  community: { title: "home.pillar.community.title", text: "home.pillar.community.text" },
  association: { title: "home.pillar.association.title", text: "home.pillar.association.text" },
  enterprise: { title: "home.pillar.enterprise.title", text: "home.pillar.enterprise.text" },
  public_body: { title: "home.pillar.public_body.title", text: "home.pillar.public_body.text" },
};

function RecentOrganizations() {
  const { t } = useTranslation();
  const orgs = useQuery(apiQuery("/api/organizations", { query: { limit: 6 } }));
  if (orgs.isPending) return <Loading label={t("home.orgs.loading")} />;
  if (orgs.error) return <LoadError error={orgs.error} retry={() => void orgs.refetch()} />;
  if (!orgs.data || orgs.data.items.length === 0) {
    return (
      <Empty title={t("home.orgs.empty")}>
        <p>{t("home.orgs.emptyText")}</p>
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
        <Link to="/orgs">{t("home.orgs.browseAll")}</Link>
      </p>
    </>
  );
}

/** The home page; right after sign-up, the next steps instead (SignUp leaves a welcome in the history entry). */
export function HomePage() {
  const { me } = useSession();
  const welcome = welcomeOf(useLocation().state);
  if (welcome && me) return <NextSteps next={welcome.next} />;
  return <Home />;
}

function Home() {
  const { t } = useTranslation();
  const { instance, me } = useSession();
  useTitle(null);
  const { people, organizations } = instance.counts;

  return (
    <div className="home">
      <section className="hero" aria-labelledby="hero-title">
        <p className="eyebrow">{t("home.eyebrow")}</p>
        <h1 id="hero-title">{instance.name}</h1>
        <p className="hero-text">{instance.description || t("home.defaultDescription")}</p>
        <p className="hero-stats">
          <span>
            <Trans i18nKey="home.stats.people" values={{ count: people }} components={{ strong: <strong /> }} />
          </span>
          <span>
            <Trans i18nKey="home.stats.organizations" values={{ count: organizations }} components={{ strong: <strong /> }} />
          </span>
        </p>
        <div className="hero-actions">
          {me ? (
            <>
              <Link to="/commons" className="button button--primary">
                {t("home.action.explore")}
              </Link>
              <Link to="/orgs" className="button button--secondary">
                {t("home.action.findOrgs")}
              </Link>
            </>
          ) : (
            <>
              <Link to="/signup" className="button button--primary">
                {t("home.action.createAccount")}
              </Link>
              <Link to="/commons" className="button button--secondary">
                {t("home.action.explore")}
              </Link>
              <Link to="/orgs" className="button button--secondary">
                {t("home.action.browseOrgs")}
              </Link>
            </>
          )}
        </div>
      </section>

      {me ? <RemoteFeed /> : null}

      <section className="pillars" aria-labelledby="idea-title">
        <h2 id="idea-title">{t("home.idea.title")}</h2>
        <p className="section-intro">{t("home.idea.text")}</p>
        <ul className="pillar-list">
          {keysOf(PILLARS).map((kind) => (
            <li key={kind} className={`pillar pillar--${kind}`}>
              <h3>{t(PILLARS[kind].title)}</h3>
              <p>{t(PILLARS[kind].text)}</p>
            </li>
          ))}
        </ul>
      </section>

      <div className="home-columns">
        <section aria-labelledby="orgs-title">
          <h2 id="orgs-title">{t("home.orgs.title")}</h2>
          <RecentOrganizations />
        </section>
        <section aria-labelledby="activity-title">
          <h2 id="activity-title">{t("home.activity.title")}</h2>
          <ActivityFeed limit={10} emptyText={t("home.activity.empty")} />
        </section>
      </div>
    </div>
  );
}
