import { z } from "@hono/zod-openapi";

const Measure = z.object({ "@type": z.literal("Measure"), hasNumericalValue: z.string(), hasUnit: z.string() }).openapi("VfMeasure");

/** An agent by its page on this instance, or (for an imported commit's unknown author, an outside payee) by name. */
const Agent = z.union([
  z.string().openapi({ description: "The agent's page on this instance." }),
  z.object({ "@type": z.enum(["Person", "Organization"]), name: z.string() }),
]);

export const EconomicEventSchema = z
  .object({
    "@id": z.string(),
    "@type": z.literal("EconomicEvent"),
    action: z.enum(["work", "produce", "cite", "transfer"]),
    provider: Agent.optional(),
    receiver: Agent.optional(),
    hasPointInTime: z.string().optional(),
    effortQuantity: Measure.optional(),
    resourceQuantity: Measure.optional(),
  })
  .openapi("EconomicEvent", { description: "A ValueFlows 1.0 economic event; further ValueFlows terms may appear." });

export const EconomicResourceSchema = z
  .object({ "@id": z.string(), "@type": z.literal("EconomicResource"), name: z.string(), note: z.string().optional() })
  .openapi("EconomicResource", { description: "The commons itself, first in the graph." });

export const ValueFlowsDocumentSchema = z
  .object({
    "@context": z
      .record(z.string(), z.union([z.string(), z.record(z.string(), z.string())]))
      .openapi({ description: "Each term mapped to the ValueFlows 1.0 vocabulary." }),
    "@graph": z.array(z.union([EconomicResourceSchema, EconomicEventSchema])),
  })
  .openapi("ValueFlowsDocument");
