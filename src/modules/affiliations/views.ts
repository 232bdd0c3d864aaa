import { z } from "@hono/zod-openapi";
import { nullable } from "../../http/responses.ts";
import { Ownership } from "../organizations/views.ts";
import { AFFILIATION_STATUSES } from "./schema.ts";

export const AffiliationStatus = z.enum(AFFILIATION_STATUSES).openapi("AffiliationStatus");

export const AffiliationSchema = z
  .object({
    id: z.string(),
    startsOn: z.string(),
    endsOn: z.string().nullable(),
    status: AffiliationStatus,
    note: z.string(),
    reviewNote: z.string(),
    person: z.object({ handle: z.string(), name: z.string() }),
    enterprise: z.object({ slug: z.string(), name: z.string(), ownership: nullable(Ownership) }),
  })
  .openapi("Affiliation");

export const AffiliationIdSchema = z.object({ id: z.string() }).openapi("AffiliationId");

export const AffiliationReviewSchema = z.object({ id: z.string(), status: AffiliationStatus }).openapi("AffiliationReview");
