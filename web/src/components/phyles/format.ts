/** Phyles' and the feedback loop's words: every enum's labels as an exhaustive map, and the value lists derived from them. */
import type { FlowDirection, FlowInterval, FlowKey, PhyleBasis, PhyleDestination } from "../../api/schema.ts";
import { keysOf } from "../../format.ts";

/** After the share: "commits 10% of its surplus (revenue less costs)". */
export const BASIS_LABEL: Record<PhyleBasis, string> = {
  surplus: "of its surplus (revenue less costs)",
  revenue: "of its revenue",
};

/** The charter form's choice. */
export const BASIS_CHOICE: Record<PhyleBasis, string> = {
  surplus: "The surplus (revenue less costs)",
  revenue: "The revenue",
};

/** After a period's share: "10% of the surplus". */
export const BASIS_OF: Record<PhyleBasis, string> = { surplus: "of the surplus", revenue: "of the revenue" };

export const BASES = keysOf(BASIS_CHOICE);

export const DESTINATION_LABEL: Record<PhyleDestination, string> = {
  steward: "The steward association",
  contributor_pool: "The pool for contributors",
};

export const DESTINATIONS = keysOf(DESTINATION_LABEL);

/** Short names for the chart's legend; the table carries the full labels from the server. */
export const FLOW_SHORT: Record<FlowKey, string> = {
  reciprocity: "Reciprocity",
  phyle: "Phyles",
  sponsorship: "Sponsorships",
  donations: "Donations",
  grants: "Grants",
  contributors: "Contributors",
  fixedShares: "Fixed shares",
  infrastructure: "Infrastructure",
};

/** A period of the feedback loop, as a table's head ("Month"); the window picker offers them in lower case. */
export const FLOW_INTERVAL_LABEL: Record<FlowInterval, string> = { month: "Month", quarter: "Quarter", year: "Year" };

export const FLOW_INTERVALS = keysOf(FLOW_INTERVAL_LABEL);

export const DIRECTION_CAPTION: Record<FlowDirection, string> = { in: "Flowing in", out: "Flowing out" };

/** The chart legend's prefix: "In: Reciprocity". */
export const DIRECTION_PREFIX: Record<FlowDirection, string> = { in: "In", out: "Out" };
