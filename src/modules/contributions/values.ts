// The module's value lists, kept free of Drizzle: its tables (schema.ts) and its request schemas
// (inputs.ts, which the web app imports too) both read them from here.

/**
 * What is proposed: a new document, an edit of one, or logged work that is not a document; or a
 * commit imported from a git repository's history (accepted as it was made).
 */
export const CONTRIBUTION_TYPES = ["new_document", "edit", "work", "commit"] as const;

export const CONTRIBUTION_KINDS = ["code", "design", "research", "documentation", "translation", "facilitation", "care"] as const;

export const CONTRIBUTION_STATUSES = ["pending", "conflicted", "accepted", "rejected", "withdrawn"] as const;

/** Who paid for the work on the day it was done, from the author's affiliations. */
export const FUNDINGS = ["paid", "volunteer", "unknown"] as const;
