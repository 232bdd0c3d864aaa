import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";
import { useSession } from "../session.tsx";
import { Loading } from "./States.tsx";

/** Renders its children for a signed-in person; sends anyone else to sign in and back. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me, provisional } = useSession();
  const location = useLocation();
  if (!me) return <Navigate to={`/signin?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  // Pages for the signed-in person may show their own account (the email): they wait for the API's session.
  if (provisional) return <Loading label={t("account.loading")} />;
  return <>{children}</>;
}
