import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTitle } from "../../hooks.ts";
import { LoadError, Loading } from "../States.tsx";
import type { Library } from "./labels.ts";
import "../../styles/sharing.css";

/** What a library's (or a resource's) address shows when there is no such thing. */
export function LibraryNotFound({ what = "library" }: { what?: "library" | "resource" }) {
  const { t } = useTranslation();
  const title = what === "library" ? t("sharing.notFound.library") : t("sharing.notFound.resource");
  useTitle(title);
  return (
    <div className="page page--narrow not-found">
      <p className="eyebrow">404</p>
      <h1>{title}</h1>
      <p className="lede">{t("sharing.notFound.lede")}</p>
      <p>
        <Link to="/" className="button button--primary">
          {t("sharing.notFound.home")}
        </Link>
      </p>
    </div>
  );
}

/** Renders its children once the library is loaded; its loading state, its problem, or "no such library" otherwise. */
export function WithLibrary({ library, children }: { library: UseQueryResult<Library>; children: (library: Library) => ReactNode }) {
  const { t } = useTranslation();
  if (library.isPending) return <Loading label={t("sharing.library.loading")} />;
  if (library.error?.notFound) return <LibraryNotFound />;
  if (!library.data) return library.error ? <LoadError error={library.error} retry={() => void library.refetch()} /> : null;
  return <>{children(library.data)}</>;
}

/** The way back to a library's page, above a page of it. */
export function BackToLibrary({ library }: { library: Library }) {
  return (
    <p className="back-link">
      <Link to={`/libraries/${library.slug}`}>
        <span aria-hidden="true">← </span>
        {library.name}
      </Link>
    </p>
  );
}
