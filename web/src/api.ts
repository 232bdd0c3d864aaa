/**
 * DEPRECATED hand-written calls of the commons pages, kept until that area moves to `client` and
 * api/query.ts (see web/README.md). The foundation's calls are gone; `person`, `organizations` and
 * `members` stay only for the treasury, reciprocity and commons components that still call them.
 */
import { get, patch, post, request, seg, withQuery } from "./api/client.ts";
import type { Member, Organization, Page, PersonProfile } from "./api/schema.ts";
import type {
  Commons,
  CommonsProfile,
  Contribution,
  ContributionChanges,
  ContributionKind,
  ContributionSummary,
  ContributionType,
  Contributor,
  CreditReport,
  DocumentFormat,
  DocumentSummary,
  DocumentView,
  Interval,
  Licence,
  MergeConflict,
  Revision,
  RevisionDiff,
} from "./types/commons.ts";

export { ApiError, type FieldProblem } from "./api/client.ts";

export interface PageQuery {
  cursor?: string | null;
  limit?: number;
}

export interface NewCommons {
  slug: string;
  title: string;
  summary?: string;
  licence: string;
  community: string;
  stewardAssociation?: string | null;
  tags?: string[];
}

export type CommonsPatch = Partial<Omit<NewCommons, "slug" | "community">>;

export interface ForkRequest {
  slug: string;
  title?: string;
  community?: string;
  newCommunity?: { slug: string; name: string };
}

interface ProposalCommon {
  title: string;
  description?: string;
  kind?: ContributionKind;
}

export type Proposal =
  | (ProposalCommon & { type: "new_document"; path: string; documentTitle: string; format: DocumentFormat; content: string })
  | (ProposalCommon & { type: "edit"; document: string; baseRevision: number; content: string })
  | (ProposalCommon & { type: "work"; kind: ContributionKind; hours: number; link?: string; performedOn?: string });

export interface ProposalPatch {
  title?: string;
  description?: string;
  kind?: ContributionKind;
  content?: string;
  baseRevision?: number;
  path?: string;
  documentTitle?: string;
  hours?: number;
  link?: string | null;
}

export interface Period {
  from?: string;
  to?: string;
}

/** Where a revision's text can be downloaded as a plain file. */
export const rawDocumentUrl = (slug: string, path: string, revision?: number) =>
  withQuery(`/api/commons/${seg(slug)}/documents/${seg(path)}/raw`, { revision });

export const api = {
  /** @deprecated Use `useQuery(apiQuery("/api/people/{handle}", …))`. */
  person: (handle: string) => get<PersonProfile>(`/people/${seg(handle)}`),
  /** @deprecated Use `apiQuery("/api/organizations", …)`. */
  organizations: (q: PageQuery & { q?: string; kind?: Organization["kind"] | "" }) => get<Page<Organization>>("/organizations", { ...q }),
  /** @deprecated Use `apiPages("/api/organizations/{slug}/members", …)`. */
  members: (slug: string, q: PageQuery & { status?: Member["status"]; role?: Member["role"] }) =>
    get<Page<Member>>(`/organizations/${seg(slug)}/members`, { ...q }),

  licences: () => get<{ items: Licence[] }>("/licences"),
  commonsList: (q: PageQuery & { q?: string; tag?: string; community?: string; forkedFrom?: string }) =>
    get<Page<Commons>>("/commons", { ...q }),
  commons: (slug: string) => get<CommonsProfile>(`/commons/${seg(slug)}`),
  createCommons: (body: NewCommons) => post<Commons>("/commons", body),
  updateCommons: (slug: string, body: CommonsPatch) => patch<Commons>(`/commons/${seg(slug)}`, body),
  forks: (slug: string, q: PageQuery) => get<Page<Commons>>(`/commons/${seg(slug)}/forks`, { ...q }),
  fork: (slug: string, body: ForkRequest) => post<Commons>(`/commons/${seg(slug)}/forks`, body),

  documents: (slug: string) => get<{ items: DocumentSummary[] }>(`/commons/${seg(slug)}/documents`),
  document: (slug: string, path: string, revision?: number) =>
    get<DocumentView>(`/commons/${seg(slug)}/documents/${seg(path)}`, { revision }),
  revisions: (slug: string, path: string, q: PageQuery) =>
    get<Page<Revision> & { head: number }>(`/commons/${seg(slug)}/documents/${seg(path)}/revisions`, { ...q }),
  revisionDiff: (slug: string, path: string, from: number, to: number) =>
    get<RevisionDiff>(`/commons/${seg(slug)}/documents/${seg(path)}/diff`, { from, to }),
  proposeUpstream: (slug: string, path: string, revision: number, body: { title: string; description?: string }) =>
    post<Contribution>(`/commons/${seg(slug)}/documents/${seg(path)}/revisions/${revision}/upstream`, body),

  propose: (slug: string, body: Proposal) => post<Contribution>(`/commons/${seg(slug)}/contributions`, body),
  contributions: (q: PageQuery & { commons?: string; author?: string; document?: string; status?: string; type?: ContributionType | "" }) =>
    get<Page<ContributionSummary>>("/contributions", { ...q }),
  contribution: (id: string) => get<Contribution>(`/contributions/${seg(id)}`),
  contributionChanges: (id: string) => get<ContributionChanges>(`/contributions/${seg(id)}/changes`),
  reviseContribution: (id: string, body: ProposalPatch) => patch<Contribution>(`/contributions/${seg(id)}`, body),
  acceptContribution: (id: string, note?: string) =>
    post<{ contribution: Contribution; conflicts: MergeConflict[] }>(`/contributions/${seg(id)}/accept`, note ? { note } : {}),
  rejectContribution: (id: string, note: string) => post<Contribution>(`/contributions/${seg(id)}/reject`, { note }),
  withdrawContribution: (id: string) => post<Contribution>(`/contributions/${seg(id)}/withdraw`),
  support: (id: string, on: boolean) =>
    request<{ supportCount: number }>(on ? "POST" : "DELETE", `/contributions/${seg(id)}/support`, on ? {} : undefined),

  credit: (slug: string, q: Period & { interval?: Interval }) => get<CreditReport>(`/commons/${seg(slug)}/credit`, { ...q }),
  contributors: (slug: string, q: Period & { limit?: number }) =>
    get<{ items: Contributor[] }>(`/commons/${seg(slug)}/contributors`, { ...q }),
};
