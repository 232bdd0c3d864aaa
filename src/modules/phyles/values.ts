// The module's value lists, kept free of Drizzle: its tables (schema.ts) and its request schemas
// (inputs.ts, which the web app imports too) both read them from here.

/** What the committed share is taken of. */
export const PHYLE_BASES = ["surplus", "revenue"] as const;

/** Where a commitment goes: the commons' steward association's treasury, or its pool for contributors. */
export const PHYLE_DESTINATIONS = ["steward", "contributor_pool"] as const;
