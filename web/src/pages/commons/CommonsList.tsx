import { useInfiniteQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
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
  useTitle("Commons");
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
          <h1>Commons</h1>
          <p className="lede">Shared knowledge, designs and code that anyone may use, improve and fork.</p>
        </div>
        {me ? (
          <Link to="/commons/new" className="button button--primary">
            New commons
          </Link>
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
            label="Search"
            name="q"
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="Title or summary"
          />
          <Field
            label="Tag"
            name="tag"
            type="search"
            value={tagText}
            onChange={(e) => setTagText(e.target.value)}
            placeholder="e.g. hardware"
            autoCapitalize="none"
            spellCheck={false}
          />
        </form>
      </search>

      <QueryList
        query={list}
        loading="Loading commons…"
        empty={
          <Empty title={filtered ? "No commons match." : "No commons yet."}>
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
                Clear filters
              </button>
            ) : me ? (
              <p>
                A community's stewards can <Link to="/commons/new">create the first one</Link>.
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
