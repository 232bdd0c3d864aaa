import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { callPath, reached, useCall } from "../../components/budgets/context.ts";
import { RegisterForm } from "../../components/budgets/RegisterForm.tsx";
import { useTitle } from "../../hooks.ts";

/**
 * The voter register of a register call (/calls/:slug/register), kept by the public body's stewards until
 * voting closes: identifiers in, one-time codes out, shown once.
 */
export function RegisterPage() {
  const { t } = useTranslation();
  const call = useCall();
  useTitle(t("budgets.register.pageTitle", { title: call.title }));
  const why =
    call.voters !== "register"
      ? t("budgets.register.notRegisterCall")
      : !call.can.run
        ? t("budgets.register.stewardsOnly")
        : reached(call, "results")
          ? t("budgets.register.closed")
          : null;
  if (why) {
    return (
      <div className="card pb-closed">
        <p>{why}</p>
        <Link to={callPath(call.slug)}>{t("budgets.back", { title: call.title })}</Link>
      </div>
    );
  }
  return (
    <div className="pb-form-page">
      <RegisterForm call={call} />
    </div>
  );
}
