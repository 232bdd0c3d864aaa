/**
 * The typed calls of the foundation and commons pages; the transport (CSRF, problems) is in
 * api/client.ts, which the needs and discussions calls share.
 */
import { del, get, patch, post, request, seg, setCsrfToken, withQuery } from "./api/client.ts";

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
import type {
  Activity,
  Affiliation,
  ApiToken,
  Instance,
  JoinPolicy,
  Kind,
  Me,
  Member,
  Membership,
  MembershipStatus,
  NewApiToken,
  Organization,
  OrganizationProfile,
  Ownership,
  Page,
  Person,
  PersonProfile,
  Role,
  Session,
} from "./types.ts";

export { ApiError, type FieldProblem } from "./api/client.ts";

function remember(session: Session): Session {
  setCsrfToken(session.csrfToken);
  return session;
}

async function authenticating(path: string, body: unknown): Promise<Session> {
  return remember(await request<Session>("POST", path, body, false));
}

async function settledSession(): Promise<Session> {
  return remember(await request<Session>("GET", "/auth/session"));
}

export interface PageQuery {
  cursor?: string | null;
  limit?: number;
}

export interface NewOrganization {
  slug: string;
  name: string;
  kind: Kind;
  ownership?: Ownership;
  description?: string;
  website?: string | null;
  joinPolicy?: JoinPolicy;
}

export interface AffiliationInput {
  startsOn: string;
  endsOn?: string | null;
  note?: string;
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
  instance: () => get<Instance>("/instance"),
  setup: (body: { instanceName: string; description?: string; handle: string; name: string; email: string; password: string }) =>
    authenticating("/setup", body),

  session: settledSession,
  signUp: (body: { handle: string; name: string; email: string; password: string }) => authenticating("/auth/signup", body),
  signIn: (body: { email: string; password: string }) => authenticating("/auth/signin", body),
  signOut: async () => {
    await post<void>("/auth/signout");
    setCsrfToken(null);
  },
  changePassword: (body: { currentPassword: string; newPassword: string }) => post<void>("/auth/password", body),
  updateMe: (body: { name?: string; bio?: string }) => patch<Me>("/me", body),
  tokens: () => get<{ items: ApiToken[] }>("/me/tokens"),
  createToken: (name: string) => post<NewApiToken>("/me/tokens", { name }),
  revokeToken: (id: string) => del(`/me/tokens/${seg(id)}`),

  people: (q: PageQuery & { q?: string }) => get<Page<Person>>("/people", { ...q }),
  person: (handle: string) => get<PersonProfile>(`/people/${seg(handle)}`),

  organizations: (q: PageQuery & { q?: string; kind?: Kind | "" }) => get<Page<Organization>>("/organizations", { ...q }),
  organization: (slug: string) => get<OrganizationProfile>(`/organizations/${seg(slug)}`),
  createOrganization: (body: NewOrganization) => post<Organization>("/organizations", body),
  updateOrganization: (slug: string, body: Partial<Omit<NewOrganization, "slug" | "kind">>) =>
    patch<Organization>(`/organizations/${seg(slug)}`, body),

  members: (slug: string, q: PageQuery & { status?: MembershipStatus; role?: Role }) =>
    get<Page<Member>>(`/organizations/${seg(slug)}/members`, { ...q }),
  join: (slug: string) => post<Membership>(`/organizations/${seg(slug)}/join`),
  invite: (slug: string, body: { handle: string; role?: Role }) => post<Membership>(`/organizations/${seg(slug)}/invitations`, body),
  approve: (slug: string, handle: string) => post<Membership>(`/organizations/${seg(slug)}/members/${seg(handle)}/approve`),
  changeRole: (slug: string, handle: string, role: Role) =>
    patch<Membership>(`/organizations/${seg(slug)}/members/${seg(handle)}`, { role }),
  removeMember: (slug: string, handle: string) => del(`/organizations/${seg(slug)}/members/${seg(handle)}`),

  affiliations: (slug: string, q: PageQuery) => get<Page<Affiliation>>(`/organizations/${seg(slug)}/affiliations`, { ...q }),
  claimAffiliation: (body: AffiliationInput & { enterprise: string }) => post<{ id: string }>("/affiliations", body),
  updateAffiliation: (id: string, body: AffiliationInput) => patch<{ id: string }>(`/affiliations/${seg(id)}`, body),
  withdrawAffiliation: (id: string) => del(`/affiliations/${seg(id)}`),
  reviewAffiliation: (id: string, body: { decision: "confirmed" | "disputed"; note: string }) =>
    post<{ id: string; status: string }>(`/affiliations/${seg(id)}/review`, body),

  activities: (q: PageQuery & { organization?: string; commons?: string; actor?: string; verb?: string; visibility?: string }) =>
    get<Page<Activity>>("/activities", { ...q }),

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
