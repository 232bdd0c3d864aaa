// The module's value lists, kept free of Drizzle: its tables (schema.ts) and its request schemas
// (inputs.ts, which the web app imports too) both read them from here.

/**
 * What a thread is about. Commons and documents hold many titled threads; a contribution or a need
 * holds one; a proposal's one thread is opened with the proposal itself; a participatory budget's project holds one.
 */
export const SUBJECT_TYPES = ["commons", "document", "contribution", "need", "proposal", "pb_project"] as const;
