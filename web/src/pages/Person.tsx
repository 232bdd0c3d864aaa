import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { apiQuery } from "../api/query.ts";
import { ActivityFeed } from "../components/ActivityFeed.tsx";
import { AffiliationItem } from "../components/AffiliationItem.tsx";
import { Avatar } from "../components/Avatar.tsx";
import { KindBadge, RoleBadge } from "../components/Badges.tsx";
import { OpenProposals } from "../components/commons/OpenProposals.tsx";
import { Empty, LoadError, Loading } from "../components/States.tsx";
import { SharesReceived } from "../components/value/SharesReceived.tsx";
import { formatDate } from "../format.ts";
import { useTitle } from "../hooks.ts";
import { useSession } from "../session.tsx";
import { NotFoundPage } from "./NotFound.tsx";

export function PersonPage() {
  const { t } = useTranslation();
  const { handle = "" } = useParams();
  const { me } = useSession();
  const person = useQuery(apiQuery("/api/people/{handle}", { path: { handle } }));
  useTitle(person.data ? person.data.name : t("orgs.person.title"));

  if (person.error?.notFound) return <NotFoundPage what="person" />;
  if (person.error && !person.data) return <LoadError error={person.error} retry={() => void person.refetch()} />;
  const p = person.data;
  if (!p) return <Loading label={t("orgs.person.loading")} />;
  const isMe = me?.handle === p.handle;

  return (
    <div className="page person">
      <header className="person-head">
        <Avatar name={p.name} seed={p.handle} size="lg" />
        <div>
          <h1>{p.name}</h1>
          <p className="muted">
            {t("orgs.person.joined", { handle: p.handle, date: formatDate(p.createdAt) })}
            {p.isAdmin ? t("orgs.person.admin") : ""}
          </p>
        </div>
        {isMe ? (
          <Link to="/account" className="button button--secondary">
            {t("orgs.person.edit")}
          </Link>
        ) : null}
      </header>
      {p.bio ? <p className="prose person-bio">{p.bio}</p> : null}

      <div className="org-columns">
        <div className="org-main">
          <section className="section" aria-labelledby="orgs-title">
            <h2 id="orgs-title">{t("orgs.list.title")}</h2>
            {p.memberships.length === 0 ? (
              <Empty title={t("orgs.person.noMemberships", { who: isMe ? "me" : "other", name: p.name })} />
            ) : (
              <ul className="membership-list">
                {p.memberships.map((m) => (
                  <li key={m.organization.slug}>
                    <Link to={`/orgs/${m.organization.slug}`} className="strong">
                      {m.organization.name}
                    </Link>
                    <KindBadge kind={m.organization.kind} />
                    <RoleBadge role={m.role} />
                    <span className="muted">{t("orgs.member.since", { date: formatDate(m.since) })}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="section" aria-labelledby="proposals-title">
            <h2 id="proposals-title">{t("orgs.person.proposals")}</h2>
            <OpenProposals handle={p.handle} isMe={isMe} />
          </section>
          <section className="section" aria-labelledby="shares-title">
            <h2 id="shares-title">{t("orgs.person.shares")}</h2>
            <SharesReceived handle={p.handle} name={p.name} />
          </section>
          <section className="section" aria-labelledby="activity-title">
            <h2 id="activity-title">{t("orgs.overview.activity")}</h2>
            <ActivityFeed actor={p.handle} includePrivate={isMe} emptyText={t("orgs.person.noActivity")} />
          </section>
        </div>
        <aside className="org-side" aria-labelledby="aff-title">
          <h2 id="aff-title">{t("orgs.person.paidWork")}</h2>
          {p.affiliations.length === 0 ? (
            <p className="muted">{t("orgs.person.noAffiliations")}</p>
          ) : (
            <ul className="affiliation-list">
              {p.affiliations.map((a) => (
                <AffiliationItem key={a.id} affiliation={a} show="enterprise" />
              ))}
            </ul>
          )}
        </aside>
      </div>
    </div>
  );
}
