import { z } from "@hono/zod-openapi";
import { AppError } from "./errors.ts";
import { t } from "./messages.ts";

/** The query parameters every list accepts. */
export const PageQuery = z.object({
  cursor: z.string().max(500).optional().openapi({ description: "Opaque cursor from a previous page's nextCursor." }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const pageOf = <T extends z.ZodTypeAny>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().openapi({ description: "Pass as `cursor` for the next page; null on the last page." }),
  });

/** Cursors are the keyset values of the last row, base64url-encoded JSON; clients treat them as opaque. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

export function decodeCursor<T extends unknown[]>(cursor: string | undefined, shape: z.ZodType<T>): T | undefined {
  if (!cursor) return undefined;
  try {
    return shape.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
  } catch {
    throw AppError.validation("query.cursor", t("cursor"));
  }
}

/** Fetches limit+1 rows to learn whether another page exists, without a count. */
export function page<Row, Item>(rows: Row[], limit: number, toItem: (r: Row) => Item, keyOf: (r: Row) => unknown[]) {
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  const last = shown[shown.length - 1];
  return { items: shown.map(toItem), nextCursor: more && last ? encodeCursor(keyOf(last)) : null };
}
