import { createRoute, z } from "@hono/zod-openapi";
import { Day, Slug } from "../../http/fields.ts";
import { jsonContent, problems } from "../../http/responses.ts";
import { createRouter } from "../../http/router.ts";
import { commonsFlows } from "./flows.ts";
import { INTERVALS } from "./periods.ts";
import { FlowsSchema, flowsView } from "./views.ts";

const flows = createRoute({
  method: "get",
  path: "/commons/{slug}/flows",
  tags: ["Phyles"],
  summary: "The commons' feedback loop: value flowing in and out per period (public)",
  description:
    "Inflows: reciprocity (invoiced, and separately what was received) and phyle commitments tagged with this commons in " +
    "its steward association's books; sponsorships, donations and grants to the association (for all the commons it " +
    "stewards). Outflows: this commons' distributions (person shares to contributors, fixed shares) and the association's " +
    "infrastructure spending. Twelve periods up to today by default; at most 120.",
  request: {
    params: z.object({ slug: Slug }),
    query: z.object({ from: Day.optional(), to: Day.optional(), interval: z.enum(INTERVALS).default("month") }),
  },
  responses: { 200: jsonContent(FlowsSchema, "Inflows and outflows per period"), ...problems(404) },
});

export const flowRoutes = createRouter().openapi(flows, async (c) =>
  c.json(flowsView(await commonsFlows(c.var.deps.db, c.req.valid("param").slug, c.req.valid("query"))), 200),
);
