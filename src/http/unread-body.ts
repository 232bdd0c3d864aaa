import type { MiddlewareHandler } from "hono";

/** Past this, an unread body is not worth reading just to keep the connection: the client is told it closes. */
const DRAIN_LIMIT = 8 * 1024 * 1024;

/**
 * A refusal (415, 413, 401…) is often answered before the request's body is read. Left unread, the
 * body stays in the socket, and the connection the answer called kept-alive is closed under the
 * client's next request. So an unread body is read and dropped before answering when it is small
 * enough, and otherwise the answer says `Connection: close`.
 */
export const settleUnreadBody: MiddlewareHandler = async (c, next) => {
  await next();
  const raw = c.req.raw;
  if (raw.method === "GET" || raw.method === "HEAD" || raw.bodyUsed || !raw.body) return;
  // Without a length or chunked encoding, HTTP/1.1 says the request has no body: nothing to read.
  const declared = c.req.header("content-length");
  if (declared === undefined && !c.req.header("transfer-encoding")) return;
  const length = Number(declared);
  if (Number.isFinite(length) && length <= DRAIN_LIMIT) {
    await raw.arrayBuffer().catch(() => undefined);
    return;
  }
  const headers = new Headers(c.res.headers);
  headers.set("connection", "close");
  c.res = new Response(c.res.body, { status: c.res.status, statusText: c.res.statusText, headers });
};
