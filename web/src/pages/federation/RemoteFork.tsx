import { useTranslation } from "react-i18next";
import { ForkForm } from "../../components/commons/ForkForm.tsx";
import { useTitle } from "../../hooks.ts";

/**
 * Fork a commons that lives on another instance (/federation/fork): its address, then where the fork
 * lives here, as in a local fork. Once copied, the page moves to the new commons.
 */
export function RemoteForkPage() {
  const { t } = useTranslation();
  useTitle(t("federation.fork.title"));
  return (
    <div className="page page--narrow">
      <h1>{t("federation.fork.title")}</h1>
      <p className="lede">{t("federation.fork.lede")}</p>
      <ForkForm />
    </div>
  );
}
