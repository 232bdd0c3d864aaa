import { createRoute, z } from "@hono/zod-openapi";
import type { TypedResponse } from "hono";
import { Slug } from "../../http/fields.ts";
import { problems } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { findOrganizationById } from "../organizations/service.ts";
import { jsonLdStream } from "../valueflows/stream.ts";
import { findLibrary } from "./library-service.ts";
import { LIBRARY_VALUEFLOWS_CONTEXT, libraryGraph } from "./valueflows.ts";

/** An agent: a page on this instance (the library's organization, a lending member), or an unnamed borrower. */
const Agent = z.union([
  z.string().openapi({ description: "The agent's page on this instance." }),
  z
    .object({ "@type": z.literal("Person") })
    .strict()
    .openapi({ description: "A borrower, never named." }),
]);

const SpecificationSchema = z
  .object({ "@id": z.string(), "@type": z.literal("ResourceSpecification"), name: z.string(), note: z.string().optional() })
  .openapi("VfResourceSpecification", { description: "A resource type of the library's catalogue." });

const ResourceSchema = z
  .object({
    "@id": z.string(),
    "@type": z.literal("EconomicResource"),
    name: z.string(),
    trackingIdentifier: z.string(),
    conformsTo: z.string(),
    primaryAccountable: z.string().openapi({ description: "The library's organization, or the member who lends the unit." }),
  })
  .openapi("VfLibraryResource", { description: "One unit of a resource type." });

const CommitmentSchema = z
  .object({
    "@id": z.string(),
    "@type": z.literal("Commitment"),
    action: z.enum(["use", "transferCustody"]),
    provider: Agent,
    receiver: Agent,
    resourceInventoriedAs: z.string(),
    resourceConformsTo: z.string(),
    hasBeginning: z.string(),
    hasEnd: z.string(),
    finished: z.boolean(),
  })
  .openapi("VfCommitment", { description: "A booking that holds or held a unit." });

const EventSchema = z
  .object({
    "@id": z.string(),
    "@type": z.literal("EconomicEvent"),
    action: z.enum(["use", "transferCustody"]),
    provider: Agent,
    receiver: Agent,
    resourceInventoriedAs: z.string(),
    hasPointInTime: z.string().optional(),
    hasBeginning: z.string().optional(),
    hasEnd: z.string().optional(),
    effortQuantity: z.object({ "@type": z.literal("Measure"), hasNumericalValue: z.string(), hasUnit: z.string() }).optional(),
  })
  .openapi("VfCustodyEvent", { description: "A check-out or check-in (transferCustody), or the use of a machine or a space." });

const DocumentSchema = z
  .object({
    "@context": z
      .record(z.string(), z.union([z.string(), z.record(z.string(), z.string())]))
      .openapi({ description: "Each term mapped to the ValueFlows 1.0 vocabulary." }),
    "@graph": z.array(z.union([SpecificationSchema, ResourceSchema, CommitmentSchema, EventSchema])),
  })
  .openapi("LibraryValueFlowsDocument");

const valueflows = createRoute({
  method: "get",
  path: "/libraries/{slug}/valueflows.jsonld",
  tags: ["Shared resources"],
  summary: "The library's resources, bookings and loans as ValueFlows, streamed (public; never who borrowed)",
  description:
    "A JSON-LD document: `@context` maps each term to the ValueFlows 1.0 vocabulary (https://w3id.org/valueflows/ont/vf#), " +
    "`@graph` holds each resource type as a ResourceSpecification, each unit as an EconomicResource (its primaryAccountable " +
    "the library's organization, or the member who lends it), each live or past booking as a Commitment (`use` for machines " +
    "and spaces, `transferCustody` otherwise), each check-out and check-in as a `transferCustody` EconomicEvent, and each " +
    "returned loan of a machine or a space as a `use` event (effortQuantity in om2:hour). A borrower is an unnamed Person, " +
    "a node of its own in each event: never a handle, a name, an id or an email.",
  request: { params: z.object({ slug: Slug }) },
  responses: {
    200: { description: "The library's graph", content: { "application/ld+json": { schema: DocumentSchema } } },
    ...problems(404),
  },
});

export const sharingValueflowRoutes = createRouter().openapi(valueflows, async (c) => {
  const { db, config } = c.var.deps;
  const library = await findLibrary(db, c.req.valid("param").slug);
  const { slug: organization } = await findOrganizationById(db, library.organizationId);
  const base = (config.publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, "");
  const res = c.body(jsonLdStream(LIBRARY_VALUEFLOWS_CONTEXT, libraryGraph(db, library, { base, organization })), 200, {
    "content-type": "application/ld+json; charset=utf-8",
    "content-disposition": `attachment; filename="${library.slug}.valueflows.jsonld"`,
    "cache-control": "no-cache",
  });
  // A stream of JSON-LD text, written as it is read: the route declares the document it makes.
  return res as unknown as TypedResponse<z.infer<typeof DocumentSchema>, 200, "json">;
});
