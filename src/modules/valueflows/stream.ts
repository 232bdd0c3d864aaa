import type { Executor } from "../../db/types.ts";
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

/** A pull-driven byte stream: the next page is read only once the client has taken the last. */
export function jsonLdDocument(db: Executor, c: Commons, u: Urls): ReadableStream<Uint8Array> {
  const chunks = documentChunks(db, c, u);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
