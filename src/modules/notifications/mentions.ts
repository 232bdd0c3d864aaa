import { sql } from "drizzle-orm";
import { rowsOf } from "../../db/rows.ts";
import type { Executor } from "../../db/types.ts";

/**
 * `@handle` as a word of its own: not inside an address (ada@example.org) or a path, and not in code,
 * where an @ is usually a decorator or a package scope rather than a person.
 */
const MENTION = /(?<![\w@./-])@([a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?)(?![\w-]*@)/gi;
const FENCED = /(^|\n)(```|~~~)[\s\S]*?(\n\2|$)/g;
const INLINE_CODE = /`[^`\n]*`/g;

/** The distinct handles a Markdown text addresses, lower-cased, in order of first mention; at most 50. */
export function mentionsIn(markdown: string): string[] {
  const prose = markdown.replace(FENCED, "\n").replace(INLINE_CODE, " ");
  const found = new Set<string>();
  for (const m of prose.matchAll(MENTION)) {
    if (m[1]) found.add(m[1].toLowerCase());
    if (found.size === 50) break;
  }
  return [...found];
}

/** The text of an activity's object that may mention people: a comment's or a need's body. */
export async function mentionsOf(tx: Executor, objectType: string, objectId: string): Promise<string[]> {
  const source =
    objectType === "comment"
      ? sql`select body from comments where id = ${objectId}::uuid`
      : objectType === "need"
        ? sql`select body from needs where id = ${objectId}::uuid`
        : null;
  if (!source) return [];
  const [row] = await rowsOf<{ body: string }>(tx, source);
  return row ? mentionsIn(row.body) : [];
}
