import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import type { NeedSort, NeedType } from "../../api/schema.ts";
import { isKeyOf } from "../../format.ts";
import { Field } from "../Field.tsx";
import { NEED_TYPES, SORT_LABEL, SORTS, TYPE_LABEL, TYPE_ONLY } from "./labels.ts";

/** The board's status choices: the key kept in the URL, and the statuses asked of the API. */
const STATUS_CHOICES = {
  "": { label: "needs.filter.status.notDone", api: "open,taken" },
  open: { label: "needs.filter.status.open", api: "open" },
  taken: { label: "needs.filter.status.taken", api: "taken" },
  done: { label: "needs.filter.status.done", api: "done" },
  all: { label: "needs.filter.status.all", api: undefined },
} as const;
type StatusChoice = keyof typeof STATUS_CHOICES;

export interface BoardFilter {
  status: StatusChoice;
  type: NeedType | "";
  tag: string;
  sort: NeedSort;
  /** What to send to GET /api/needs. */
  apiStatus: string | undefined;
  /** Whether anything narrows the board beyond its default. */
  narrowed: boolean;
}

/** The board's filters and sort, read from the URL's search params so a filtered board can be shared. */
export function useBoardFilter() {
  const [params, setParams] = useSearchParams();
  const statusParam = params.get("status");
  const typeParam = params.get("type");
  const sortParam = params.get("sort");
  const status = isKeyOf(STATUS_CHOICES, statusParam) ? statusParam : "";
  const filter: BoardFilter = {
    status,
    type: isKeyOf(TYPE_LABEL, typeParam) ? typeParam : "",
    tag: (params.get("tag") ?? "").trim().toLowerCase(),
    sort: isKeyOf(SORT_LABEL, sortParam) ? sortParam : "fresh",
    apiStatus: STATUS_CHOICES[status].api,
    narrowed: Boolean(status || typeParam || params.get("tag")),
  };
  const update = useCallback(
    (changes: Partial<Record<"status" | "type" | "tag" | "sort", string>>) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(changes)) {
            if (v && !(k === "sort" && v === "fresh")) next.set(k, v);
            else next.delete(k);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  /** The board's address with only this tag, for tag links on cards. */
  const tagHref = (tag: string) => {
    const next = new URLSearchParams(params);
    next.set("tag", tag);
    return `?${next.toString()}`;
  };
  return { filter, update, tagHref };
}

export function BoardFilters({ filter, update }: { filter: BoardFilter; update: ReturnType<typeof useBoardFilter>["update"] }) {
  const { t } = useTranslation();
  const [tag, setTag] = useState(filter.tag);

  // A tag link or "Clear filters" changes the URL: show its tag in the field.
  useEffect(() => setTag(filter.tag), [filter.tag]);

  // Filter as you type, once typing pauses.
  useEffect(() => {
    const wanted = tag.trim().replace(/^#/, "").toLowerCase();
    if (wanted === filter.tag) return;
    const timer = setTimeout(() => update({ tag: wanted }), 400);
    return () => clearTimeout(timer);
  }, [tag, filter.tag, update]);

  return (
    <search className="filters">
      <form
        className="need-filters"
        onSubmit={(e) => {
          e.preventDefault();
          update({ tag: tag.trim().replace(/^#/, "").toLowerCase() });
        }}
      >
        <Field
          as="select"
          label={t("needs.filter.status")}
          name="status"
          value={filter.status}
          onChange={(e) => update({ status: e.target.value })}
        >
          {Object.entries(STATUS_CHOICES).map(([value, c]) => (
            <option key={value} value={value}>
              {t(c.label)}
            </option>
          ))}
        </Field>
        <Field
          as="select"
          label={t("needs.filter.type")}
          name="type"
          value={filter.type}
          onChange={(e) => update({ type: e.target.value })}
        >
          <option value="">{t("needs.filter.type.both")}</option>
          {NEED_TYPES.map((type) => (
            <option key={type} value={type}>
              {TYPE_ONLY[type]}
            </option>
          ))}
        </Field>
        <Field
          label={t("needs.filter.tag")}
          name="tag"
          type="search"
          autoCapitalize="none"
          spellCheck={false}
          value={tag}
          onChange={(e) => setTag(e.target.value)}
          placeholder={t("needs.filter.tagPlaceholder")}
        />
        <Field
          as="select"
          label={t("needs.filter.sort")}
          name="sort"
          value={filter.sort}
          onChange={(e) => update({ sort: e.target.value })}
        >
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {SORT_LABEL[s]}
            </option>
          ))}
        </Field>
      </form>
    </search>
  );
}
