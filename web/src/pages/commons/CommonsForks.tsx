import { useInfiniteQuery } from "@tanstack/react-query";
import { Link, useLocation } from "react-router";
import { apiPages } from "../../api/query.ts";
import { CommonsCard } from "../../components/commons/CommonsCard.tsx";
import { ForkForm } from "../../components/commons/ForkForm.tsx";
import { QueryList } from "../../components/QueryList.tsx";
import { Empty } from "../../components/States.tsx";
import { useTitle } from "../../hooks.ts";
import { useSession } from "../../session.tsx";
import { useCommons } from "./CommonsLayout.tsx";

export function CommonsForksPage() {
  const { commons } = useCommons();
  const { me } = useSession();
  const location = useLocation();
  useTitle(`Forks · ${commons.title}`);
  const forks = useInfiniteQuery(apiPages("/api/commons/{slug}/forks", { path: { slug: commons.slug }, query: { limit: 24 } }));

  return (
    <>
      <section className="section" aria-labelledby="forks-title">
        <h2 id="forks-title">Forks</h2>
        <p className="section-intro">
          A fork copies every document with its whole history into another community, which then governs it. Its changes can be proposed
          back here.
        </p>
        <QueryList query={forks} loading="Loading forks…" empty={<Empty title="No forks yet." />}>
          {(items) => (
            <ul className="card-grid">
              {items.map((f) => (
                <CommonsCard key={f.id} commons={f} />
              ))}
            </ul>
          )}
        </QueryList>
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
