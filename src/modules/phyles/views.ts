import { z } from "@hono/zod-openapi";
import { renderMarkdown } from "../../text/markdown.ts";
import { NullablePersonRef, PersonRef } from "../accounts/views.ts";
import { OrganizationRefSchema } from "../organizations/views.ts";
import type { getCharter } from "./charter.ts";
import type { listPeriods } from "./periods.ts";
import { PHYLE_BASES, PHYLE_DESTINATIONS } from "./schema.ts";

export const PhyleBasis = z.enum(PHYLE_BASES).openapi("PhyleBasis");
export const PhyleDestination = z.enum(PHYLE_DESTINATIONS).openapi("PhyleDestination");

const Minor = z.string().openapi({ description: "Minor units as a decimal string.", example: "2500" });

export const CharterViewSchema = z
  .object({
    organization: OrganizationRefSchema,
    charter: z
      .object({
        basis: PhyleBasis,
        shareBp: z.number().int().openapi({ description: "Basis points of the basis committed each period." }),
        mission: z.string(),
        missionHtml: z.string().openapi({ description: "The mission rendered from Markdown and sanitized." }),
        currency: z.string(),
        adoptedBy: NullablePersonRef,
        adoptedAt: z.string(),
        updatedAt: z.string(),
        beneficiaries: z.array(
          z.object({
            commons: z.object({ slug: z.string(), title: z.string() }),
            steward: z.object({ slug: z.string(), name: z.string() }).nullable(),
            destination: PhyleDestination,
            weightBp: z.number().int(),
          }),
        ),
      })
      .nullable()
      .openapi({ description: "Null until the enterprise's stewards adopt a charter." }),
    commoners: z
      .object({
        members: z.number().int().openapi({ description: "Active members of the enterprise." }),
        commoners: z.number().int().openapi({ description: "Of them, those with an accepted contribution to any commons." }),
        people: z.array(PersonRef).openapi({ description: "Those commoners by handle (at most 200)." }),
        enforced: z.literal(false).openapi({ description: "A phyle's members are meant to be commoners: this is shown, not enforced." }),
      })
      .openapi("PhyleCommoners"),
    viewer: z.object({ canEditCharter: z.boolean(), canRecordPeriods: z.boolean(), isEnterprise: z.boolean() }),
  })
  .openapi("PhyleCharter");

export function charterView(c: Awaited<ReturnType<typeof getCharter>>): z.infer<typeof CharterViewSchema> {
  return {
    organization: { slug: c.org.slug, name: c.org.name, kind: c.org.kind },
    charter: c.charter && {
      basis: c.charter.basis,
      shareBp: c.charter.shareBp,
      mission: c.charter.mission,
      missionHtml: renderMarkdown(c.charter.mission),
      currency: c.charter.currency,
      adoptedBy: c.charter.adoptedByRef?.handle ? { handle: c.charter.adoptedByRef.handle, name: c.charter.adoptedByRef.name } : null,
      adoptedAt: c.charter.adoptedAt.toISOString(),
      updatedAt: c.charter.updatedAt.toISOString(),
      beneficiaries: c.beneficiaries.map((b) => ({
        commons: { slug: b.commonsSlug, title: b.commonsTitle },
        steward: b.stewardSlug && b.stewardName ? { slug: b.stewardSlug, name: b.stewardName } : null,
        destination: b.destination,
        weightBp: b.weightBp,
      })),
    },
    commoners: { ...c.commoners, enforced: false },
    viewer: c.viewer,
  };
}

export const PeriodSchema = z
  .object({
    id: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    currency: z.string(),
    revenue: Minor,
    costs: Minor,
    basis: PhyleBasis,
    shareBp: z.number().int(),
    committed: Minor,
    createdAt: z.string(),
    commitments: z.array(
      z.object({
        commons: z.object({ slug: z.string(), title: z.string() }),
        destination: PhyleDestination,
        amount: Minor,
        /** The payment into the steward's books, one transfer per commitment; null when the part is zero. */
        transferId: z.string().nullable(),
      }),
    ),
  })
  .openapi("PhylePeriod");

type PeriodPage = Awaited<ReturnType<typeof listPeriods>>;

export function periodView({ period: p, commitments }: PeriodPage["items"][number]): z.infer<typeof PeriodSchema> {
  return {
    id: p.id,
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    currency: p.currency.trim(),
    revenue: String(p.revenue),
    costs: String(p.costs),
    basis: p.basis,
    shareBp: p.shareBp,
    committed: String(p.committed),
    createdAt: p.createdAt.toISOString(),
    commitments: commitments.map((c) => ({
      commons: { slug: c.commonsSlug, title: c.commonsTitle },
      destination: c.destination,
      amount: String(c.amount),
      transferId: c.transferId,
    })),
  };
}
