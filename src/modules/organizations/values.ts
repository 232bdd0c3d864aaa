// The module's value lists, kept free of Drizzle: its tables (schema.ts) and its request schemas
// (inputs.ts, which the web app imports too) both read them from here.

export const ORGANIZATION_KINDS = ["community", "association", "enterprise", "public_body"] as const;

export const OWNERSHIPS = ["worker_owned", "cooperative", "nonprofit", "private"] as const;

export const JOIN_POLICIES = ["open", "approval", "invite"] as const;
