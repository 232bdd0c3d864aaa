import type { FlowKey, PhyleBasis, PhyleDestination } from "../../types/phyles.ts";

export const BASIS_LABEL: Record<PhyleBasis, string> = {
  surplus: "of its surplus (revenue less costs)",
  revenue: "of its revenue",
};

export const DESTINATION_LABEL: Record<PhyleDestination, string> = {
  steward: "The steward association",
  contributor_pool: "The pool for contributors",
};

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
