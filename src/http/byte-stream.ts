/**
 * A pull-driven byte stream of text chunks: the next chunk (say, the next batch of rows) is produced
 * only once the client has taken the last one, so a large export holds one batch in memory, and a
 * client that goes away stops the generator.
 */
export function byteStream(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
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
