import { useInfiniteQuery } from "@tanstack/react-query";
import { Link, useLocation } from "react-router";
import { allItems, apiPages } from "../../api/query.ts";
import { QueryList } from "../../components/QueryList.tsx";
import { DeclareUseForm } from "../../components/reciprocity/DeclareUseForm.tsx";
import { UseCard } from "../../components/reciprocity/UseCard.tsx";
import { useGovernedEnterprises } from "../../components/reciprocity/useGovernedEnterprises.ts";
import { Empty } from "../../components/States.tsx";
import { useTitle } from "../../hooks.ts";
import { useSession } from "../../session.tsx";
import { useCommons } from "../commons/CommonsLayout.tsx";
import "../../styles/reciprocity.css";

/** "Built on it" (/commons/:slug/uses): who builds on this commons, and whether each use complies with its licence. */
export function CommonsUsesPage() {
  const { commons } = useCommons();
  const { me } = useSession();
  const location = useLocation();
  useTitle(`Built on it · ${commons.title}`);
  const uses = useInfiniteQuery(apiPages("/api/commons/{slug}/uses", { path: { slug: commons.slug } }));
  const enterprises = useGovernedEnterprises();
  const declared = new Set(allItems(uses.data).map((u) => u.enterprise.slug));
  const undeclared = enterprises.filter((e) => !declared.has(e.slug));
  return (
    <section className="reciprocity" aria-labelledby="uses-title">
      <div className="page-head">
        <div>
          <h2 id="uses-title">Built on it</h2>
          <p className="lede">
            Enterprises that build on {commons.title}, and whether their use complies with the {commons.licence.name}.
          </p>
        </div>
      </div>
      {me && undeclared.length ? (
        <section className="section card" aria-labelledby="declare-title">
          <h3 id="declare-title">Declare a use</h3>
          <p className="muted">
            Say what an enterprise you govern builds on this commons; its compliance with the licence is worked out at once.
          </p>
          <DeclareUseForm commonsSlug={commons.slug} enterprises={undeclared} />
        </section>
      ) : !me ? (
        <p className="muted">
          <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`}>Sign in</Link> to declare a use for an enterprise you govern.
        </p>
      ) : null}
      <QueryList query={uses} loading="Loading uses…" empty={<Empty title="No enterprise has declared a use of this commons yet." />}>
        {(items) => (
          <div className="use-list">
            {items.map((u) => (
              <UseCard key={u.id} use={u} from="commons" />
            ))}
          </div>
        )}
      </QueryList>
    </section>
  );
}
