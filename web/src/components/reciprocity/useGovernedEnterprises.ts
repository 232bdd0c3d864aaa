import { api } from "../../api.ts";
import { useResource } from "../../hooks.ts";
import { useSession } from "../../session.tsx";

/** The enterprises the viewer acts for (as a steward or treasurer): those they may declare uses for. */
export function useGovernedEnterprises(version = 0) {
  const { me } = useSession();
  const profile = useResource(`reciprocity-governed:${me?.handle ?? ""}:${version}`, () =>
    me ? api.person(me.handle) : Promise.resolve(null),
  );
  return (profile.data?.memberships ?? [])
    .filter((m) => m.organization.kind === "enterprise" && (m.role === "steward" || m.role === "treasurer"))
    .map((m) => m.organization);
}
