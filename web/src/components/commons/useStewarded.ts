import { api } from "../../api.ts";
import { type Resource, useResource } from "../../hooks.ts";
import { useSession } from "../../session.tsx";

export interface CommunityOption {
  slug: string;
  name: string;
}

/** The communities the signed-in person stewards: where they may create or fork a commons. */
export function useStewardedCommunities(): Resource<CommunityOption[]> {
  const { me } = useSession();
  const handle = me?.handle ?? "";
  return useResource(`stewarded:${handle}`, async () => {
    if (!handle) return [];
    const person = await api.person(handle);
    return person.memberships
      .filter((m) => m.role === "steward" && m.organization.kind === "community")
      .map((m) => ({ slug: m.organization.slug, name: m.organization.name }));
  });
}
