import { z } from "@hono/zod-openapi";
import { COMPLETIONS, RULES, TIE_BREAKINGS } from "./values.ts";

/** How a call chooses its winners: the official rule, and whether greedy is also computed beside it. */
export const CallRulesSchema = z
  .object({
    rule: z.enum(RULES).default("mes"),
    completion: z.enum(COMPLETIONS).default("add1u"),
    /** Keep greedy's outcome if more voters prefer it (Wieliczka). */
    comparison: z.boolean().default(false),
    /** Greedy-threshold: projects under this score are not funded. */
    threshold: z.number().int().min(0).optional(),
    tieBreaking: z.enum(TIE_BREAKINGS).default("min-cost,max-votes"),
    /** Also compute greedy by votes, shown beside the official outcome. */
    compareWithGreedy: z.boolean().default(true),
  })
  .openapi("CallRules");
export type CallRules = z.output<typeof CallRulesSchema>;

export const CostItemSchema = z
  .object({ item: z.string().trim().min(1).max(200), amount: z.number().int().positive().max(1e15) })
  .openapi("CostItem");
export type CostItem = z.output<typeof CostItemSchema>;

export const LocationSchema = z
  .object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180), label: z.string().max(200).optional() })
  .openapi("ProjectLocation");
export type Location = z.output<typeof LocationSchema>;

/** A rule's stored explanation (rules/explain): JSON, served as it was computed. */
export type Explanation = Record<string, unknown>;

/** What an imported Pabulib file's export needs besides its rows: META in order, and the tables' headers. */
export interface PabulibLayout {
  metaHeader: [string, string];
  meta: [string, string][];
  projectColumns: string[];
  voteColumns: string[];
  newline: "\r\n" | "\n";
}
