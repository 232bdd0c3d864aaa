import { useInfiniteQuery } from "@tanstack/react-query";
import { Trans, useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { apiPages } from "../../api/query.ts";
import { CommonsCard } from "../../components/commons/CommonsCard.tsx";
import { ForkForm } from "../../components/commons/ForkForm.tsx";
import { RemoteForks } from "../../components/federation/RemoteForks.tsx";
import { QueryList } from "../../components/QueryList.tsx";
import { Empty } from "../../components/States.tsx";
import { useTitle } from "../../hooks.ts";
import { useSession } from "../../session.tsx";
import { useCommons } from "./CommonsLayout.tsx";

export function CommonsForksPage() {
  const { t } = useTranslation();
  const { commons } = useCommons();
  const { me } = useSession();
  const location = useLocation();
  useTitle(t("contributions.forks.pageTitle", { commons: commons.title }));
  const forks = useInfiniteQuery(apiPages("/api/commons/{slug}/forks", { path: { slug: commons.slug }, query: { limit: 24 } }));

  return (
    <>
      <section className="section" aria-labelledby="forks-title">
        <h2 id="forks-title">{t("contributions.forks.title")}</h2>
        <p className="section-intro">{t("contributions.forks.intro")}</p>
        <QueryList query={forks} loading={t("contributions.forks.loading")} empty={<Empty title={t("contributions.forks.empty")} />}>
          {(items) => (
            <ul className="card-grid">
              {items.map((f) => (
                <CommonsCard key={f.id} commons={f} />
              ))}
            </ul>
          )}
        </QueryList>
      </section>
      <RemoteForks slug={commons.slug} />
      <section className="section" aria-labelledby="fork-title">
        <h2 id="fork-title">{t("contributions.forks.forkTitle")}</h2>
        {me ? (
          <ForkForm from={commons} />
        ) : (
          <p>
            <Trans
              i18nKey="contributions.forks.signIn"
              components={{ a: <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`} /> }}
            />
          </p>
        )}
      </section>
    </>
  );
}
