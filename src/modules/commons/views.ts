import { z } from "@hono/zod-openapi";
import { LICENCE_FAMILIES, licenceById } from "./licences.ts";
import type { CommonsRow } from "./service.ts";

export const LicenceFamily = z.enum(LICENCE_FAMILIES).openapi("LicenceFamily");

export const LicenceSchema = z.object({ id: z.string(), name: z.string(), family: LicenceFamily, url: z.string() }).openapi("Licence");

const OrgRef = z.object({ slug: z.string(), name: z.string() });

export const CommonsSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    licence: LicenceSchema,
    community: OrgRef,
    stewardAssociation: OrgRef.nullable(),
    tags: z.array(z.string()),
    forkedFrom: z
      .object({ slug: z.string(), title: z.string(), at: z.string() })
      .nullable()
      .openapi({ description: "The origin, when this commons is a fork." }),
    forkedFromElsewhere: z
      .object({ uri: z.string(), at: z.string() })
      .nullable()
      .openapi({ description: "The origin's ActivityPub address, when this commons is a fork of a commons on another instance." }),
    stats: z.object({
      documents: z.number().int(),
      accepted: z.number().int(),
      open: z.number().int(),
      contributors: z.number().int(),
      forks: z.number().int(),
    }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Commons");

export const CommonsProfileSchema = CommonsSchema.extend({
  viewer: z
    .object({
      canMaintain: z.boolean().openapi({ description: "May accept or reject contributions and moderate discussions." }),
      canSteward: z.boolean().openapi({ description: "May edit the commons itself." }),
    })
    .openapi("CommonsViewer"),
}).openapi("CommonsProfile");

export function commonsView(r: CommonsRow) {
  const licence = licenceById(r.licence);
  if (!licence) throw new Error(`unknown licence ${r.licence}`);
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    summary: r.summary,
    licence,
    community: r.community,
    stewardAssociation: r.association?.slug ? { slug: r.association.slug, name: r.association.name } : null,
    tags: r.tags,
    forkedFrom: r.origin?.slug && r.forkedAt ? { slug: r.origin.slug, title: r.origin.title, at: r.forkedAt.toISOString() } : null,
    forkedFromElsewhere: r.forkedFromUri && r.forkedAt ? { uri: r.forkedFromUri, at: r.forkedAt.toISOString() } : null,
    stats: r.stats,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
