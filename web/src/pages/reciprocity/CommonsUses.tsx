import { useState } from "react";
import { Link, useLocation } from "react-router";
import { reciprocityApi } from "../../api/reciprocity.ts";
import { LoadMore } from "../../components/LoadMore.tsx";
import { DeclareUseForm } from "../../components/reciprocity/DeclareUseForm.tsx";
import { UseCard } from "../../components/reciprocity/UseCard.tsx";
import { useGovernedEnterprises } from "../../components/reciprocity/useGovernedEnterprises.ts";
import { Empty, LoadError, Loading } from "../../components/States.tsx";
import { usePaged, useTitle } from "../../hooks.ts";
import { useSession } from "../../session.tsx";
import { useCommons } from "../commons/CommonsLayout.tsx";
import "../../styles/reciprocity.css";

/** "Built on it" (/commons/:slug/uses): who builds on this commons, and whether each use complies with its licence. */
export function CommonsUsesPage() {
  const { commons } = useCommons();
  const { me } = useSession();
  const location = useLocation();
  useTitle(`Built on it · ${commons.title}`);
  const [version, setVersion] = useState(0);
  const uses = usePaged(`commons-uses:${commons.slug}:${version}:${me?.handle ?? ""}`, (cursor) =>
    reciprocityApi.commonsUses(commons.slug, { cursor: cursor ?? undefined }),
  );
  const enterprises = useGovernedEnterprises();
  const declared = new Set(uses.items.map((u) => u.enterprise.slug));
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
          <DeclareUseForm commonsSlug={commons.slug} enterprises={undeclared} onDeclared={() => setVersion((v) => v + 1)} />
        </section>
      ) : !me ? (
        <p className="muted">
          <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`}>Sign in</Link> to declare a use for an enterprise you govern.
        </p>
      ) : null}
      {uses.loading ? (
        <Loading label="Loading uses…" />
      ) : uses.error && uses.items.length === 0 ? (
        <LoadError error={uses.error} retry={uses.reload} />
      ) : uses.items.length === 0 ? (
        <Empty title="No enterprise has declared a use of this commons yet." />
      ) : (
        <div className="use-list">
          {uses.items.map((u) => (
            <UseCard key={u.id} use={u} from="commons" />
          ))}
        </div>
      )}
      <LoadMore paged={uses} />
    </section>
  );
}
