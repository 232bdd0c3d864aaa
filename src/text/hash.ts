import { createHash } from "node:crypto";

/** SHA-256 of the UTF-8 bytes, in hex: a revision's content hash and its blob's key. */
export const contentHash = (content: string) => createHash("sha256").update(content, "utf8").digest("hex");

export const byteLength = (content: string) => Buffer.byteLength(content, "utf8");
