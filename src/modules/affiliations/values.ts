// The module's value lists, kept free of Drizzle: its tables (schema.ts) and its request schemas
// (inputs.ts, which the web app imports too) both read them from here.

export const AFFILIATION_STATUSES = ["claimed", "confirmed", "disputed"] as const;
