import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { useSession } from "../session.tsx";

/** Renders its children for a signed-in person; sends anyone else to sign in and back. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { me } = useSession();
  const location = useLocation();
  if (!me) return <Navigate to={`/signin?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <>{children}</>;
}
