/**
 * The API's types, all generated from the OpenAPI document (schema.gen.ts, `npm run gen:api`):
 * every component under its own name (Organization, Member, Transaction…), plus names for the
 * enums the document declares inline. Never write a shape or an enum list by hand: derive it here
 * from a generated type, and give its values labels as an exhaustive `Record<Enum, string>`
 * (format.ts), so a value the server adds is a compile error until it has a label.
 */
import type { components } from "./schema.gen.ts";

export type * from "./schema.gen.ts";

type S = components["schemas"];

/** A cursor page, as every list answers. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type Kind = S["Organization"]["kind"];
export type Ownership = NonNullable<S["Organization"]["ownership"]>;
export type JoinPolicy = S["Organization"]["joinPolicy"];
export type Role = S["Membership"]["role"];
export type MembershipStatus = S["Membership"]["status"];
export type AffiliationStatus = S["Affiliation"]["status"];
export type ActivityVisibility = S["Activity"]["visibility"];

export type ContributionType = S["ContributionSummary"]["type"];
export type ContributionKind = S["ContributionSummary"]["kind"];
export type ContributionStatus = S["ContributionSummary"]["status"];
export type Funding = NonNullable<S["ContributionSummary"]["funding"]>;
export type LicenceFamily = S["Licence"]["family"];
export type Interval = S["CreditReport"]["interval"];

export type TransactionKind = S["Transaction"]["kind"];

/** A need on the board: open (nobody on it), taken (someone is), done (closed). */
export type NeedStatus = S["NeedItem"]["status"];
export type NeedSort = NonNullable<NonNullable<Paths["/api/needs"]["get"]["parameters"]["query"]>["sort"]>;
export type DiffLine = S["Diff"]["hunks"][number]["lines"][number];

type Paths = import("./schema.gen.ts").paths;
type Json<R> = R extends { content: { "application/json": infer T } }
  ? T
  : R extends { content: { "multipart/form-data": infer T } }
    ? T
    : never;

/**
 * The JSON body a path and method take: `ApiBody<"/api/organizations", "post">`. Name request bodies
 * this way rather than by their component names, which follow the server's declarations.
 */
export type ApiBody<P extends keyof Paths, M extends "post" | "put" | "patch" | "delete"> = Paths[P][M] extends {
  requestBody?: infer B;
}
  ? Json<NonNullable<B>>
  : never;

/** Reciprocity, phyles and value: the names of enums their shapes declare inline. */
export type FlowInterval = S["CommonsFlows"]["interval"];
export type FlowDirection = S["CommonsFlows"]["kinds"][number]["direction"];
export type EquationOwner = S["ValueEquation"]["scope"]["owner"];

export type RemoteFollowStatus = S["RemoteFollow"]["status"];
export type RemoteActorType = S["RemoteActor"]["type"];
export type RemoteFollowing = NonNullable<S["RemoteActor"]["following"]>;
export type RemotePurpose = NonNullable<S["RemotePost"]["purpose"]>;
export type RemoteTakeUpStatus = S["RemoteTakeUp"]["status"];
export type RemoteAuthor = NonNullable<S["Comment"]["remoteAuthor"]>;
export type RemoteFollowerStatus = S["RemoteFollower"]["status"];
export type UpstreamOfferStatus = S["UpstreamOffer"]["status"];
