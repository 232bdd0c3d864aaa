import { useInfiniteQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { apiPages } from "../api/query.ts";
import { Field } from "../components/Field.tsx";
import { OrgCard } from "../components/OrgCard.tsx";
import { QueryList } from "../components/QueryList.tsx";
import { Empty } from "../components/States.tsx";
import { isKeyOf, KIND_LABEL, KINDS } from "../format.ts";
import { useTitle } from "../hooks.ts";
import { useSession } from "../session.tsx";

export function OrgsPage() {
  const { t } = useTranslation();
  useTitle(t("orgs.list.title"));
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const kindParam = params.get("kind");
  const kind = isKeyOf(KIND_LABEL, kindParam) ? kindParam : "";
  const [text, setText] = useState(q);

  const update = (changes: Record<string, string>) => {
    const nextParams = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) nextParams.set(k, v);
      else nextParams.delete(k);
    }
    setParams(nextParams, { replace: true });
  };

  // Search as you type, once typing pauses.
  useEffect(() => {
    if (text.trim() === q) return;
    const timer = setTimeout(() => {
      const nextParams = new URLSearchParams(window.location.search);
      if (text.trim()) nextParams.set("q", text.trim());
      else nextParams.delete("q");
      setParams(nextParams, { replace: true });
    }, 300);
    return () => clearTimeout(timer);
  }, [text, q, setParams]);

  const list = useInfiniteQuery(apiPages("/api/organizations", { query: { q, kind: kind || undefined, limit: 24 } }));

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>{t("orgs.list.title")}</h1>
          <p className="lede">{t("orgs.list.lede")}</p>
        </div>
        {me ? (
          <Link to="/orgs/new" className="button button--primary">
            {t("orgs.list.create")}
          </Link>
        ) : null}
      </div>

      <search className="filters">
        <form
          className="filters-form"
          onSubmit={(e) => {
            e.preventDefault();
            update({ q: text.trim() });
          }}
        >
          <Field
            label={t("orgs.list.search")}
            name="q"
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t("orgs.list.searchPlaceholder")}
          />
          <Field label={t("orgs.new.kind")} as="select" name="kind" value={kind} onChange={(e) => update({ kind: e.target.value })}>
            <option value="">{t("orgs.list.allKinds")}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
              </option>
            ))}
          </Field>
        </form>
      </search>

      <QueryList
        query={list}
        loading={t("orgs.list.loading")}
        empty={
          <Empty title={q || kind ? t("orgs.list.noMatch") : t("orgs.list.empty")}>
            {q || kind ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setText("");
                  update({ q: "", kind: "" });
                }}
              >
                {t("orgs.list.clearFilters")}
              </button>
            ) : me ? (
              <p>
                <Trans i18nKey="orgs.list.createFirst" components={{ create: <Link to="/orgs/new" /> }} />
              </p>
            ) : null}
          </Empty>
        }
      >
        {(items) => (
          <ul className="card-grid">
            {items.map((o) => (
              <OrgCard key={o.id} org={o} level={2} />
            ))}
          </ul>
        )}
      </QueryList>
    </div>
  );
}
