import { Link, useLocation } from "react-router";
import { api } from "../../api.ts";
import { CommonsCard } from "../../components/commons/CommonsCard.tsx";
import { ForkForm } from "../../components/commons/ForkForm.tsx";
import { LoadMore } from "../../components/LoadMore.tsx";
import { Empty, LoadError, Loading } from "../../components/States.tsx";
import { usePaged, useTitle } from "../../hooks.ts";
import { useSession } from "../../session.tsx";
import { useCommons } from "./CommonsLayout.tsx";

export function CommonsForksPage() {
  const { commons, version } = useCommons();
  const { me } = useSession();
  const location = useLocation();
  useTitle(`Forks · ${commons.title}`);
  const forks = usePaged(`forks:${commons.slug}:${version}`, (cursor) => api.forks(commons.slug, { cursor, limit: 24 }));

  return (
    <>
      <section className="section" aria-labelledby="forks-title">
        <h2 id="forks-title">Forks</h2>
        <p className="section-intro">
          A fork copies every document with its whole history into another community, which then governs it. Its changes can be proposed
          back here.
        </p>
        {forks.loading ? (
          <Loading label="Loading forks…" />
        ) : forks.error && forks.items.length === 0 ? (
          <LoadError error={forks.error} retry={forks.reload} />
        ) : forks.items.length === 0 ? (
          <Empty title="No forks yet." />
        ) : (
          <>
            <ul className="card-grid">
              {forks.items.map((f) => (
                <CommonsCard key={f.id} commons={f} />
              ))}
            </ul>
            <LoadMore paged={forks} />
          </>
        )}
      </section>
      <section className="section" aria-labelledby="fork-title">
        <h2 id="fork-title">Fork this commons</h2>
        {me ? (
          <ForkForm commons={commons} />
        ) : (
          <p>
            <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`}>Sign in</Link> to fork this commons.
          </p>
        )}
      </section>
    </>
  );
}
