import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { formatDate, isKeyOf } from "../../format.ts";
import { Field } from "../Field.tsx";
import { Empty, LoadError, Loading } from "../States.tsx";
import { type CatalogueItem, KIND_LABEL, KINDS } from "./labels.ts";
import { type CatalogueFilter, catalogueQuery } from "./queries.ts";
import { isDay } from "./time.ts";

/** The catalogue's filters, kept in the page's address so a filtered catalogue can be shared. */
export function useCatalogueFilter(): [CatalogueFilter, (next: CatalogueFilter) => void] {
  const [params, setParams] = useSearchParams();
  const kind = params.get("kind");
  const filter: CatalogueFilter = {};
  if (isKeyOf(KIND_LABEL, kind)) filter.kind = kind;
  for (const key of ["category", "q"] as const) {
    const value = params.get(key)?.trim();
    if (value) filter[key] = value;
  }
  for (const key of ["from", "to"] as const) {
    const value = params.get(key);
    if (isDay(value)) filter[key] = value;
  }
  const update = (next: CatalogueFilter) =>
    setParams(
      () => {
        const p = new URLSearchParams();
        for (const [k, v] of Object.entries(next)) if (v) p.set(k, v);
        return p;
      },
      { replace: true },
    );
  return [filter, update];
}

function ItemCard({ slug, item, filter }: { slug: string; item: CatalogueItem; filter: CatalogueFilter }) {
  const { t } = useTranslation();
  const dates = new URLSearchParams();
  if (filter.from) dates.set("from", filter.from);
  if (filter.to ?? filter.from) dates.set("to", filter.to ?? filter.from ?? "");
  const href = `/libraries/${slug}/resources/${item.slug}${dates.size ? `?${dates.toString()}` : ""}`;
  const photo = item.photo && sameOrigin(item.photo) ? item.photo : null;
  return (
    <li className="card sharing-item">
      {photo ? <img className="sharing-item-photo" src={photo} alt="" loading="lazy" /> : null}
      <h3 className="sharing-item-name">
        <Link to={href}>{item.name}</Link>
      </h3>
      <p className="badges">
        <span className="badge">{KIND_LABEL[item.kind]}</span>
        {item.categoryName ? <span className="badge badge--category">{item.categoryName}</span> : null}
      </p>
      {item.free === null ? (
        <p className="sharing-item-units">
          {t("sharing.catalogue.units", { units: item.units })}
          {item.inService < item.units ? ` ${t("sharing.catalogue.inService", { count: item.inService })}` : ""}
        </p>
      ) : (
        <p className={item.free > 0 ? "sharing-item-units sharing-free" : "sharing-item-units sharing-none-free"}>
          {t("sharing.catalogue.freeOf", { free: item.free, units: item.inService })}
        </p>
      )}
    </li>
  );
}

/** Whether a photo's address is this site's own (the content policy loads no image from elsewhere). */
export function sameOrigin(url: string): boolean {
  try {
    return new URL(url, window.location.href).origin === window.location.origin;
  } catch {
    return false;
  }
}

/** The filters: kind, category, words, and the dates to check free units for. */
function Filters({
  categories,
  filter,
  onChange,
}: {
  categories: { slug: string; name: string }[];
  filter: CatalogueFilter;
  onChange: (f: CatalogueFilter) => void;
}) {
  const { t } = useTranslation();
  const [words, setWords] = useState(filter.q ?? "");
  const [from, setFrom] = useState(filter.from ?? "");
  const [to, setTo] = useState(filter.to ?? "");
  // "Clear" or the back button changes the address: show its values.
  useEffect(() => {
    setWords(filter.q ?? "");
    setFrom(filter.from ?? "");
    setTo(filter.to ?? "");
  }, [filter.q, filter.from, filter.to]);
  return (
    <search className="filters">
      <form
        className="sharing-filters"
        onSubmit={(e) => {
          e.preventDefault();
          onChange({ ...filter, q: words.trim() || undefined, from: from || undefined, to: to || from || undefined });
        }}
      >
        <Field
          as="select"
          label={t("sharing.catalogue.kind")}
          name="kind"
          value={filter.kind ?? ""}
          onChange={(e) => onChange({ ...filter, kind: isKeyOf(KIND_LABEL, e.target.value) ? e.target.value : undefined })}
        >
          <option value="">{t("sharing.catalogue.anyKind")}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABEL[k]}
            </option>
          ))}
        </Field>
        <Field
          as="select"
          label={t("sharing.catalogue.category")}
          name="category"
          value={filter.category ?? ""}
          onChange={(e) => onChange({ ...filter, category: e.target.value || undefined })}
        >
          <option value="">{t("sharing.catalogue.anyCategory")}</option>
          {categories.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </Field>
        <Field label={t("sharing.catalogue.words")} name="q" type="search" value={words} onChange={(e) => setWords(e.target.value)} />
        <Field label={t("sharing.catalogue.from")} name="from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        <Field
          label={t("sharing.catalogue.to")}
          name="to"
          type="date"
          min={from || undefined}
          value={to}
          onChange={(e) => setTo(e.target.value)}
        />
        <div className="sharing-filters-actions">
          <button type="submit" className="button button--primary">
            {t("sharing.catalogue.show")}
          </button>
          {Object.keys(filter).length ? (
            <button type="button" className="button button--secondary" onClick={() => onChange({})}>
              {t("sharing.catalogue.clear")}
            </button>
          ) : null}
        </div>
      </form>
    </search>
  );
}

/**
 * The catalogue's two requests, for the top of the page: the whole catalogue names the categories to
 * filter by; the filtered one is the list (the same request when nothing narrows it).
 */
export function useCatalogue(slug: string) {
  const [filter, setFilter] = useCatalogueFilter();
  const all = useQuery(catalogueQuery(slug));
  const list = useQuery({ ...catalogueQuery(slug, filter), placeholderData: keepPreviousData });
  return { filter, setFilter, all, list };
}

/** The library's catalogue: every resource type, filtered, with free units for the dates asked. */
export function Catalogue({ slug, catalogue }: { slug: string; catalogue: ReturnType<typeof useCatalogue> }) {
  const { t } = useTranslation();
  const { filter, setFilter, all, list } = catalogue;
  const categories = [
    ...new Map(
      (all.data?.items ?? [])
        .filter((i) => i.category)
        .map((i) => [i.category ?? "", { slug: i.category ?? "", name: i.categoryName ?? "" }]),
    ).values(),
  ].sort((a, b) => a.name.localeCompare(b.name));
  const dates = list.data?.window;
  return (
    <section className="section" aria-labelledby="catalogue-title">
      <h2 id="catalogue-title">{t("sharing.catalogue.title")}</h2>
      <Filters categories={categories} filter={filter} onChange={setFilter} />
      <div aria-live="polite" aria-busy={list.isFetching || undefined}>
        {list.isPending ? (
          <Loading label={t("sharing.catalogue.loading")} />
        ) : list.error && !list.data ? (
          <LoadError error={list.error} retry={() => void list.refetch()} />
        ) : list.data ? (
          <>
            {list.error ? <LoadError error={list.error} /> : null}
            {dates ? (
              <p className="sharing-window">
                {dates.firstDay === dates.lastDay
                  ? t("sharing.catalogue.freeOn", { day: formatDate(dates.firstDay) })
                  : t("sharing.catalogue.freeFromTo", { from: formatDate(dates.firstDay), to: formatDate(dates.lastDay) })}
              </p>
            ) : null}
            {list.data.items.length === 0 ? (
              <Empty title={Object.keys(filter).length ? t("sharing.catalogue.noMatch") : t("sharing.catalogue.empty")} />
            ) : (
              <ul className="card-grid sharing-items">
                {list.data.items.map((item) => (
                  <ItemCard key={item.slug} slug={slug} item={item} filter={filter} />
                ))}
              </ul>
            )}
          </>
        ) : null}
      </div>
    </section>
  );
}
