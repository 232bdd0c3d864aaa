/** A double-quoted SQL identifier; table and column names come from the schema, but quoting keeps odd names safe. */
export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
