import { useInfiniteQuery } from "@tanstack/react-query";
import { Trans, useTranslation } from "react-i18next";
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
  const { t } = useTranslation();
  const { commons } = useCommons();
  const { me } = useSession();
  const location = useLocation();
  useTitle(t("reciprocity.uses.pageTitle", { commons: commons.title }));
  const uses = useInfiniteQuery(apiPages("/api/commons/{slug}/uses", { path: { slug: commons.slug } }));
  const enterprises = useGovernedEnterprises();
  const declared = new Set(allItems(uses.data).map((u) => u.enterprise.slug));
  const undeclared = enterprises.filter((e) => !declared.has(e.slug));
  return (
    <section className="reciprocity" aria-labelledby="uses-title">
      <div className="page-head">
        <div>
          <h2 id="uses-title">{t("reciprocity.uses.heading")}</h2>
          <p className="lede">{t("reciprocity.uses.lede", { commons: commons.title, licence: commons.licence.name })}</p>
        </div>
      </div>
      {me && undeclared.length ? (
        <section className="section card" aria-labelledby="declare-title">
          <h3 id="declare-title">{t("reciprocity.uses.declare")}</h3>
          <p className="muted">{t("reciprocity.uses.declareIntro")}</p>
          <DeclareUseForm commonsSlug={commons.slug} enterprises={undeclared} />
        </section>
      ) : !me ? (
        <p className="muted">
          <Trans
            i18nKey="reciprocity.uses.signIn"
            components={{ a: <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`} /> }}
          />
        </p>
      ) : null}
      <QueryList query={uses} loading={t("reciprocity.uses.loading")} empty={<Empty title={t("reciprocity.uses.empty")} />}>
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
