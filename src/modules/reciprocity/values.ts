// The module's value lists, kept free of Drizzle: its tables (schema.ts) and its request schemas
// (inputs.ts, which the web app imports too) both read them from here.

export { USE_PURPOSES } from "../commons/licences.ts";

export const AGREEMENT_STATUSES = ["proposed", "active", "declined", "ended"] as const;

export const AGREEMENT_PERIODS = ["month", "quarter", "year"] as const;

/** Which side of an agreement made the offer: the other side accepts or declines it. */
export const AGREEMENT_SIDES = ["association", "enterprise"] as const;

export const INVOICE_STATUSES = ["open", "paid", "void"] as const;
