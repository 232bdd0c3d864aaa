// The module's value lists, kept free of Drizzle: its tables (schema.ts) and its request schemas
// (inputs.ts, which the web app imports too) both read them from here.

/** ValueFlows calls both Intents: a need asks for work, an offer proposes it. */
export const NEED_TYPES = ["need", "offer"] as const;

export const NEED_STATUSES = ["open", "done"] as const;

export const URGENCIES = ["low", "normal", "high", "critical"] as const;
