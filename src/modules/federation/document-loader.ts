import { type Context, type Federation, type KvStore, kvCache, signRequest } from "@fedify/fedify";
import {
  createActivityPubRequest,
  type DocumentLoader,
  type DocumentLoaderFactoryOptions,
  FetchError,
  getRemoteDocument,
  preloadedContexts,
  validatePublicUrl,
} from "@fedify/vocab-runtime";

/** What one document fetched from another instance may weigh: an actor, a post, a page of history. */
export const MAX_FETCHED_BYTES = 8 * 1024 * 1024;
const MAX_REDIRECTS = 10;

/** The body, read up to `max` bytes: a body that goes on is cut off and refused, never read whole. */
async function cappedBody(response: Response, url: string, max: number): Promise<Buffer> {
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > max) throw new FetchError(url, `The document is larger than ${max} bytes.`);
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const next = reader ? await reader.read() : { done: true as const, value: undefined };
    if (next.done) break;
    size += next.value.byteLength;
    if (size > max) {
      await reader?.cancel();
      throw new FetchError(url, `The document is larger than ${max} bytes.`);
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks);
}

/**
 * Fedify's document loader (the same preloaded contexts, refusal of private addresses, redirects
 * followed one by one and each checked, parsing by Fedify's own `getRemoteDocument`), but reading at
 * most `max` bytes of what another instance sends: a remote server cannot make this one hold a
 * document of any size in memory.
 */
export function cappedDocumentLoader(
  options: DocumentLoaderFactoryOptions = {},
  max = MAX_FETCHED_BYTES,
  sign?: (request: Request) => Promise<Request>,
): DocumentLoader {
  const load = async (url: string, loadOptions?: Parameters<DocumentLoader>[1], redirected = 0): ReturnType<DocumentLoader> => {
    loadOptions?.signal?.throwIfAborted();
    const current = new URL(url).href;
    if (current in preloadedContexts) return { contextUrl: null, document: preloadedContexts[current], documentUrl: current };
    if (!options.allowPrivateAddress) await validatePublicUrl(current);
    const request = createActivityPubRequest(current, { userAgent: options.userAgent });
    const response = await fetch(sign ? await sign(request) : request, {
      redirect: "manual",
      signal: loadOptions?.signal,
    });
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      if (redirected >= MAX_REDIRECTS) throw new FetchError(current, `Too many redirections (${redirected + 1})`);
      await response.body?.cancel();
      return load(new URL(location, current).href, loadOptions, redirected + 1);
    }
    const body = await cappedBody(response, current, max);
    const read = new Response(new Uint8Array(body), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
    return getRemoteDocument(current, read, (next, o) => load(next, o));
  };
  return (url, loadOptions) => load(url, loadOptions);
}

/**
 * Fedify's three loaders (documents, JSON-LD contexts, and documents fetched with a signature for an
 * instance that asks for one), each reading at most MAX_FETCHED_BYTES. The unsigned ones are cached
 * in the store for five minutes, as Fedify caches its own. A signed fetch is signed as
 * draft-cavage HTTP Signatures, which every ActivityPub server reads.
 */
export function cappedLoaderFactories(kv: KvStore) {
  const cached = (kind: "object" | "context") => (options?: DocumentLoaderFactoryOptions) =>
    kvCache({ loader: cappedDocumentLoader(options), kv, kind });
  return {
    documentLoaderFactory: cached("object"),
    contextLoaderFactory: cached("context"),
    authenticatedDocumentLoaderFactory: (identity: { keyId: URL; privateKey: CryptoKey }, options?: DocumentLoaderFactoryOptions) =>
      cappedDocumentLoader(options, MAX_FETCHED_BYTES, (request) => signRequest(request, identity.privateKey, identity.keyId)),
  };
}

const largeDocumentLoaders = new WeakMap<Federation<null>, DocumentLoader>();

/** Keeps, for a federation, the loader of large documents, with its rule on private addresses. */
export function keepLargeDocumentLoader(federation: Federation<null>, allowPrivateAddress: boolean) {
  largeDocumentLoaders.set(federation, cappedDocumentLoader({ allowPrivateAddress }));
}

/**
 * The loader for the large documents this instance asks other instances for (a commons and the pages
 * of its history), read up to a size, and with no cache: each is read once.
 */
export function largeDocumentLoader(ctx: Context<null>): DocumentLoader {
  const loader = largeDocumentLoaders.get(ctx.federation);
  if (!loader) throw new Error("a federation not built by buildFederation");
  return loader;
}
