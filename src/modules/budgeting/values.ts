// The module's value lists, kept free of Drizzle: its tables (schema.ts) and its request schemas
// (inputs.ts, which the web app reads through the OpenAPI document) both read them from here.

/** A call's phases, in order; each begins at its date and the clock moves the call on. */
export const CALL_PHASES = ["draft", "submission", "review", "voting", "results", "implementation"] as const;
export type CallPhase = (typeof CALL_PHASES)[number];

/** The ballot types Pabulib records: approval (with the knapsack's cost limit), points to share (cumulative) or to give each project (scoring), a ranking, one choice. */
export const BALLOT_TYPES = ["approval", "cumulative", "scoring", "ordinal", "choose-1"] as const;
export type BallotType = (typeof BALLOT_TYPES)[number];

/** Who may vote in a call: anyone signed in, or those who claimed a place on the city's register with its code. */
export const VOTER_RULES = ["signed_in", "register"] as const;

export const PROJECT_STATUSES = ["submitted", "eligible", "ineligible", "withdrawn"] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** The rules a call can choose its winners by. */
export const RULES = ["greedy", "greedy-threshold", "mes"] as const;
export const COMPLETIONS = ["none", "add1", "add1-nostop", "add1u"] as const;
export const TIE_BREAKINGS = ["min-cost,max-votes", "id"] as const;

export const GRANT_STATUSES = ["active", "completed", "cancelled"] as const;
