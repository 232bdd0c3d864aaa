import { useQuery } from "@tanstack/react-query";
import { apiQuery } from "../../api/query.ts";
import type { PersonProfile } from "../../api/schema.ts";
import { useSession } from "../../session.tsx";

export interface CommunityOption {
  slug: string;
  name: string;
}

const stewarded = (person: PersonProfile): CommunityOption[] =>
  person.memberships
    .filter((m) => m.role === "steward" && m.organization.kind === "community")
    .map((m) => ({ slug: m.organization.slug, name: m.organization.name }));

/** The communities the signed-in person stewards: where they may create or fork a commons. */
export function useStewardedCommunities() {
  const { me } = useSession();
  const handle = me?.handle ?? "";
  return useQuery({ ...apiQuery("/api/people/{handle}", { path: { handle } }), enabled: !!handle, select: stewarded });
}
