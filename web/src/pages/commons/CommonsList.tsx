import { useInfiniteQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import { apiPages } from "../../api/query.ts";
import { CommonsCard } from "../../components/commons/CommonsCard.tsx";
import { useQueryParams } from "../../components/commons/useQueryParams.ts";
import { Field } from "../../components/Field.tsx";
import { QueryList } from "../../components/QueryList.tsx";
import { Empty } from "../../components/States.tsx";
import { useTitle } from "../../hooks.ts";
import { useSession } from "../../session.tsx";

/** Search-as-you-type for a text filter kept in the query string: the text shown now, committed once typing pauses. */
function useDebouncedParam(name: string, value: string, update: (c: Record<string, string>) => void) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  // The query string changed from elsewhere (a tag link, back and forward): show it.
  if (value !== seen) {
    setSeen(value);
    if (value !== text.trim()) setText(value);
  }
  useEffect(() => {
    if (text.trim() === value) return;
    const timer = setTimeout(() => update({ [name]: text.trim() }), 300);
    return () => clearTimeout(timer);
  }, [text, value, name, update]);
  return [text, setText] as const;
}

export function CommonsListPage() {
  const { t } = useTranslation();
  useTitle(t("contributions.list.title"));
  const { me } = useSession();
  const params = useQueryParams();
  const q = params.get("q");
  const tag = params.get("tag").toLowerCase();
  const [text, setText] = useDebouncedParam("q", q, params.update);
  const [tagText, setTagText] = useDebouncedParam("tag", tag, params.update);

  const list = useInfiniteQuery(apiPages("/api/commons", { query: { q: q || undefined, tag: tag || undefined, limit: 24 } }));
  const filtered = Boolean(q || tag);

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>{t("contributions.list.title")}</h1>
          <p className="lede">{t("contributions.list.lede")}</p>
        </div>
        {me ? (
          <div className="head-actions">
            <Link to="/federation/fork" className="button button--secondary">
              {t("federation.fork.title")}
            </Link>
            <Link to="/commons/new" className="button button--primary">
              {t("contributions.list.new")}
            </Link>
          </div>
        ) : null}
      </div>

      <search className="filters">
        <form
          className="filters-form"
          onSubmit={(e) => {
            e.preventDefault();
            params.update({ q: text.trim(), tag: tagText.trim() });
          }}
        >
          <Field
            label={t("contributions.list.search")}
            name="q"
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t("contributions.list.searchPlaceholder")}
          />
          <Field
            label={t("contributions.list.tag")}
            name="tag"
            type="search"
            value={tagText}
            onChange={(e) => setTagText(e.target.value)}
            placeholder={t("contributions.list.tagPlaceholder")}
            autoCapitalize="none"
            spellCheck={false}
          />
        </form>
      </search>

      <QueryList
        query={list}
        loading={t("contributions.list.loading")}
        empty={
          <Empty title={filtered ? t("contributions.list.noMatch") : t("contributions.list.empty")}>
            {filtered ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setText("");
                  setTagText("");
                  params.update({ q: "", tag: "" });
                }}
              >
                {t("contributions.list.clear")}
              </button>
            ) : me ? (
              <p>
                <Trans i18nKey="contributions.list.createFirst" components={{ a: <Link to="/commons/new" /> }} />
              </p>
            ) : null}
          </Empty>
        }
      >
        {(items) => (
          <ul className="card-grid">
            {items.map((c) => (
              <CommonsCard key={c.id} commons={c} level={2} />
            ))}
          </ul>
        )}
      </QueryList>
    </div>
  );
}
