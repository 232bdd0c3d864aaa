import type { Executor } from "../../db/types.ts";
import { byteStream } from "../../http/byte-stream.ts";
import type { Commons } from "../commons/service.ts";
import { VALUEFLOWS_CONTEXT } from "./context.ts";
import { commonsEvents, type Urls } from "./events.ts";

/** The document as text chunks: the context, then the graph one keyset page at a time. */
async function* documentChunks(db: Executor, c: Commons, u: Urls): AsyncGenerator<string> {
  yield `{"@context":${JSON.stringify(VALUEFLOWS_CONTEXT)},"@graph":[`;
  let first = true;
  for await (const nodes of commonsEvents(db, c, u)) {
    if (!nodes.length) continue;
    yield `${first ? "\n" : ",\n"}${nodes.map((n) => JSON.stringify(n)).join(",\n")}`;
    first = false;
  }
  yield "\n]}\n";
}

/** The document as a byte stream: the next page is read only once the client has taken the last. */
export function jsonLdDocument(db: Executor, c: Commons, u: Urls): ReadableStream<Uint8Array> {
  return byteStream(documentChunks(db, c, u));
}
