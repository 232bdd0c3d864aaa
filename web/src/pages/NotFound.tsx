import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTitle } from "../hooks.ts";

/** What a page can fail to find; each has its own sentence, as French nouns carry a gender ("ce document", "cette page"). */
export type Missing =
  | "page"
  | "organization"
  | "commons"
  | "document"
  | "contribution"
  | "discussion"
  | "person"
  | "need"
  | "proposal"
  | "transaction"
  | "expense"
  | "agreement"
  | "distribution";

export function NotFoundPage({ what = "page" }: { what?: Missing }) {
  const { t } = useTranslation();
  useTitle(t("common.notFound.title"));
  return (
    <div className="page page--narrow not-found">
      <p className="eyebrow">404</p>
      <h1>{t("common.notFound.heading", { what })}</h1>
      <p className="lede">{t("common.notFound.lede")}</p>
      <p>
        <Link to="/" className="button button--primary">
          {t("common.notFound.home")}
        </Link>{" "}
        <Link to="/orgs" className="button button--secondary">
          {t("common.notFound.orgs")}
        </Link>
      </p>
    </div>
  );
}
