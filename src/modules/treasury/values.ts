// The module's value lists, kept free of Drizzle: its tables (schema.ts) and its request schemas
// (inputs.ts, which the web app imports too) both read them from here.

export const BUDGET_STATUSES = ["draft", "proposed", "approved", "rejected", "superseded"] as const;

export const EXPENSE_STATUSES = ["submitted", "approved", "rejected", "paid", "withdrawn"] as const;

export const APPROVALS = ["decision", "budget"] as const;

export const DONATION_STATUSES = ["pending", "confirmed", "declined"] as const;

export const FEE_PERIODS = ["monthly", "quarterly", "yearly"] as const;
