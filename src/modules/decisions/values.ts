// The module's value lists, kept free of Drizzle: its tables (schema.ts) and its request schemas
// (inputs.ts, which the web app imports too) both read them from here.

export const PROPOSAL_STATUSES = ["scheduled", "open", "closed", "cancelled"] as const;

export const BALLOTS = ["public", "secret"] as const;

export const OUTCOMES = ["passed", "rejected", "no_quorum", "chosen", "tied", "no_votes"] as const;
