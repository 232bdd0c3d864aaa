import { eq } from "drizzle-orm";
import type { Executor } from "../../db/types.ts";
import { AppError } from "../../http/errors.ts";
import { byteLength, contentHash } from "../../text/hash.ts";
import { t } from "./messages.ts";
import { blobs } from "./schema.ts";

/** A document (or a proposed version of one) holds at most 1 MB of text. */
export const MAX_DOCUMENT_BYTES = 1_000_000;

export function assertDocumentSize(content: string, path: string) {
  const bytes = byteLength(content);
  if (bytes > MAX_DOCUMENT_BYTES) {
    const message = t("tooLarge", { max: MAX_DOCUMENT_BYTES, bytes });
    throw new AppError(413, "payload-too-large", message, [{ path, message }]);
  }
  return bytes;
}

/** Stores the text once, under its SHA-256; storing the same text again is free. */
export async function storeBlob(tx: Executor, content: string): Promise<string> {
  const hash = contentHash(content);
  await tx
    .insert(blobs)
    .values({ hash, content, bytes: byteLength(content) })
    .onConflictDoNothing();
  return hash;
}

export async function readBlob(db: Executor, hash: string): Promise<string> {
  const [row] = await db.select({ content: blobs.content }).from(blobs).where(eq(blobs.hash, hash)).limit(1);
  if (row === undefined) throw new Error(`missing blob ${hash}`);
  return row.content;
}
