import { z } from "@hono/zod-openapi";
import { nullable } from "../../http/responses.ts";
import { LANGUAGES, type Language } from "../../text/messages.ts";
import { AffiliationSchema } from "../affiliations/views.ts";
import { Role } from "../memberships/views.ts";
import { OrganizationRefSchema } from "../organizations/views.ts";

export const PersonSchema = z
  .object({
    id: z.string(),
    handle: z.string(),
    name: z.string(),
    bio: z.string(),
    isAdmin: z.boolean(),
    createdAt: z.string(),
  })
  .openapi("Person");

export const MeSchema = PersonSchema.extend({
  email: z.string(),
  emailVerified: z.boolean().openapi({ description: "Whether you proved you read mail at this address." }),
  language: z.enum(LANGUAGES).nullable().openapi({ description: "The language of your emails; null: the instance's default." }),
}).openapi("Me");

export const EmailChangeResultSchema = z
  .object({
    applied: z.boolean().openapi({ description: "False when a confirmation link was sent to the new address, which applies the change." }),
    person: MeSchema,
  })
  .openapi("EmailChangeResult");

export const NoticeSchema = z.object({ message: z.string() }).openapi("Notice");

export const SessionSchema = z
  .object({
    person: nullable(MeSchema),
    csrfToken: z.string().nullable().openapi({ description: "Echo it in the X-CSRF-Token header of cookie-authenticated writes." }),
  })
  .openapi("Session");

export const ApiTokenSchema = z
  .object({ id: z.string(), name: z.string(), prefix: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable() })
  .openapi("ApiToken");

type PersonRow = {
  id: string;
  handle: string;
  name: string;
  bio: string;
  isAdmin: boolean;
  createdAt: Date;
  email: string;
  emailVerifiedAt: Date | null;
  language: string | null;
};

/** The signed-in person's own view of themselves: the only place their email appears. */
export const meView = (p: PersonRow) => ({
  id: p.id,
  handle: p.handle,
  name: p.name,
  bio: p.bio,
  isAdmin: p.isAdmin,
  createdAt: p.createdAt.toISOString(),
  email: p.email,
  emailVerified: p.emailVerifiedAt !== null,
  language: (LANGUAGES as readonly string[]).includes(p.language ?? "") ? (p.language as Language) : null,
});

export const tokenView = (t: { id: string; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null }) => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  createdAt: t.createdAt.toISOString(),
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
});

/** A person as others see them next to their work: never their email. */
export const PersonRef = z.object({ handle: z.string(), name: z.string() }).openapi("PersonRef");
export type PersonRefView = z.infer<typeof PersonRef>;

/** People who deleted their account leave their work behind without a name. */
export const personRef = (p: { handle: string | null; name: string | null } | null): PersonRefView | null =>
  p?.handle && p.name !== null ? { handle: p.handle, name: p.name } : null;
/** A person who may have deleted their account: the property is nullable, never PersonRef itself. */
export const NullablePersonRef = nullable(PersonRef);

export const PROFILE_AFFILIATIONS = 100;

export const ProfileSchema = PersonSchema.extend({
  memberships: z.array(z.object({ role: Role, since: z.string(), organization: OrganizationRefSchema })),
  affiliations: z.array(AffiliationSchema).openapi({ description: `The latest ${PROFILE_AFFILIATIONS}.` }),
}).openapi("PersonProfile");

export const NewApiTokenSchema = ApiTokenSchema.extend({
  token: z.string().openapi({ description: "The secret, shown this once." }),
}).openapi("NewApiToken");

export const ApiTokenListSchema = z.object({ items: z.array(ApiTokenSchema) }).openapi("ApiTokens");
