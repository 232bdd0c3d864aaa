// The module's value lists, kept free of Drizzle: its tables (schema.ts) and its request schemas
// (inputs.ts, which the web app imports too) both read them from here.

export const ACCOUNT_TYPES = ["asset", "liability", "equity", "income", "expense"] as const;

export const TRANSACTION_KINDS = [
  "donation",
  "membership_fee",
  "sponsorship",
  "grant",
  "reciprocity",
  "expense",
  "payout",
  "transfer",
  "phyle",
  "distribution",
  "rental",
  "deposit",
] as const;

/** Where money comes from or goes to, for the transparency reports. */
export const COUNTERPARTY_KINDS = ["community", "association", "enterprise", "public_body", "individual", "internal"] as const;

/** The largest amount one posting may carry, in minor units. */
export const MAX_AMOUNT = 1_000_000_000_000_000;
