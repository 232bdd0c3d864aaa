import type { Funding } from "../../api/schema.ts";

/** One colour per funding, shared by the chart, its legend and the shares table. */
export const FUNDING_COLOUR: Record<Funding, string> = {
  paid: "#b7791f",
  volunteer: "#1f5f4a",
  unknown: "#8e897d",
};
