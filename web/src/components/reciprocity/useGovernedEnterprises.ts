import { useQuery } from "@tanstack/react-query";
import { apiQuery } from "../../api/query.ts";
import { useSession } from "../../session.tsx";

/** The enterprises the viewer acts for (as a steward or treasurer): those they may declare uses for. */
export function useGovernedEnterprises() {
  const { me } = useSession();
  const profile = useQuery({ ...apiQuery("/api/people/{handle}", { path: { handle: me?.handle ?? "" } }), enabled: Boolean(me) });
  return (profile.data?.memberships ?? [])
    .filter((m) => m.organization.kind === "enterprise" && (m.role === "steward" || m.role === "treasurer"))
    .map((m) => m.organization);
}
