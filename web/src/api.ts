/**
 * DEPRECATED hand-written calls, kept only while other areas still use them (see web/README.md):
 * the commons, documents and contributions calls are gone (that area reads through `client` and
 * api/query.ts); `person`, `organizations` and `members` stay for the areas not yet converted,
 * and `PageQuery` for their api/<area>.ts files.
 */
import { get, seg } from "./api/client.ts";
import type { Member, Organization, Page, PersonProfile } from "./api/schema.ts";

export { ApiError, type FieldProblem } from "./api/client.ts";

export interface PageQuery {
  cursor?: string | null;
  limit?: number;
}

export const api = {
  /** @deprecated Use `useQuery(apiQuery("/api/people/{handle}", …))`. */
  person: (handle: string) => get<PersonProfile>(`/people/${seg(handle)}`),
  /** @deprecated Use `apiQuery("/api/organizations", …)`. */
  organizations: (q: PageQuery & { q?: string; kind?: Organization["kind"] | "" }) => get<Page<Organization>>("/organizations", { ...q }),
  /** @deprecated Use `apiPages("/api/organizations/{slug}/members", …)`. */
  members: (slug: string, q: PageQuery & { status?: Member["status"]; role?: Member["role"] }) =>
    get<Page<Member>>(`/organizations/${seg(slug)}/members`, { ...q }),
};
