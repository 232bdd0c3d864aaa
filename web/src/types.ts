/** The shapes the API returns, as described by /api/openapi.json. */

export const KINDS = ["community", "association", "enterprise", "public_body"] as const;
export type Kind = (typeof KINDS)[number];

export const OWNERSHIPS = ["worker_owned", "cooperative", "nonprofit", "private"] as const;
export type Ownership = (typeof OWNERSHIPS)[number];

export const JOIN_POLICIES = ["open", "approval", "invite"] as const;
export type JoinPolicy = (typeof JOIN_POLICIES)[number];

export const ROLES = ["steward", "treasurer", "maintainer", "member"] as const;
export type Role = (typeof ROLES)[number];

export type MembershipStatus = "active" | "pending" | "invited";
export type AffiliationStatus = "claimed" | "confirmed" | "disputed";

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Instance {
  setUp: boolean;
  name: string;
  description: string;
  counts: { people: number; organizations: number };
}

export interface Person {
  id: string;
  handle: string;
  name: string;
  bio: string;
  isAdmin: boolean;
  createdAt: string;
}

export interface Me extends Person {
  email: string;
}

export interface Session {
  person: Me | null;
  csrfToken: string | null;
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface NewApiToken extends ApiToken {
  token: string;
}

export interface Organization {
  id: string;
  slug: string;
  name: string;
  kind: Kind;
  ownership: Ownership | null;
  description: string;
  website: string | null;
  joinPolicy: JoinPolicy;
  memberCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface Standing {
  role: Role | null;
  status: MembershipStatus | null;
  canGovern: boolean;
}

export interface OrganizationProfile extends Organization {
  roles: Partial<Record<Role, number>>;
  viewer: Standing;
}

export interface Membership {
  id: string;
  role: Role;
  status: MembershipStatus;
}

export interface Member extends Membership {
  since: string;
  person: { id: string; handle: string; name: string };
}

export interface Affiliation {
  id: string;
  startsOn: string;
  endsOn: string | null;
  status: AffiliationStatus;
  note: string;
  reviewNote: string;
  person: { handle: string; name: string };
  enterprise: { slug: string; name: string; ownership: Ownership | null };
}

export interface PersonProfile extends Person {
  memberships: { role: Role; since: string; organization: { slug: string; name: string; kind: Kind } }[];
  affiliations: Affiliation[];
}

export interface Activity {
  id: string;
  verb: string;
  objectType: string;
  objectId: string;
  targetType: string | null;
  targetId: string | null;
  visibility: "public" | "members" | "private";
  data: Record<string, unknown>;
  createdAt: string;
  actor: { handle: string; name: string } | null;
  organization: { slug: string; name: string; kind: string } | null;
}
