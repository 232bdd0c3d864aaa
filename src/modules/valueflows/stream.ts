import type { Executor } from "../../db/types.ts";
import { byteStream } from "../../http/byte-stream.ts";
import type { Commons } from "../commons/service.ts";
import { VALUEFLOWS_CONTEXT } from "./context.ts";
import { commonsEvents, type Urls } from "./events.ts";

/** Any JSON-LD document as text chunks: the context, then the graph one page of nodes at a time. */
async function* documentChunks(context: object, graph: AsyncIterable<Record<string, unknown>[]>): AsyncGenerator<string> {
  yield `{"@context":${JSON.stringify(context)},"@graph":[`;
  let first = true;
  for await (const nodes of graph) {
    if (!nodes.length) continue;
    yield `${first ? "\n" : ",\n"}${nodes.map((n) => JSON.stringify(n)).join(",\n")}`;
    first = false;
  }
  yield "\n]}\n";
}

/** A JSON-LD document as a byte stream: the next page of its graph is read only once the client has taken the last. */
export function jsonLdStream(context: object, graph: AsyncIterable<Record<string, unknown>[]>): ReadableStream<Uint8Array> {
  return byteStream(documentChunks(context, graph));
}

/** The commons' document as a byte stream. */
export function jsonLdDocument(db: Executor, c: Commons, u: Urls): ReadableStream<Uint8Array> {
  return jsonLdStream(VALUEFLOWS_CONTEXT, commonsEvents(db, c, u));
}
