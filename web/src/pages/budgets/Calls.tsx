import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { CallList } from "../../components/budgets/CallList.tsx";
import { callsQuery } from "../../components/budgets/queries.ts";
import { useTitle } from "../../hooks.ts";
import "../../styles/budgets.css";

/** Every call for citizen projects on this instance, latest voting first (/calls). */
export function CallsPage() {
  const { t } = useTranslation();
  const calls = useQuery(callsQuery());
  useTitle(t("budgets.list.title"));
  return (
    <div className="page">
      <header className="page-head">
        <div>
          <p className="eyebrow">{t("budgets.list.eyebrow")}</p>
          <h1>{t("budgets.list.title")}</h1>
          <p className="lede">{t("budgets.list.lede")}</p>
        </div>
      </header>
      <CallList calls={calls} />
    </div>
  );
}
