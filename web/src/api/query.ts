/**
 * TanStack Query over the typed client. Every GET is cached under the key
 * `[path, { path?, query? }]` — the OpenAPI path template and its parameters — so a mutation
 * invalidates by prefix: `invalidate(apiKey("/api/organizations/{slug}/members", { path: { slug } }))`
 * refreshes every members list of that organization, whatever its query.
 *
 *   useQuery(apiQuery("/api/organizations/{slug}", { path: { slug } }))
 *   useInfiniteQuery(apiPages("/api/organizations/{slug}/members", { path: { slug }, query: { status: "active" } }))
 *   useMutation({ mutationFn: (body) => data(client.POST(…, { body })), onSuccess: () => invalidate(apiKey(…)) })
 */
import { type InfiniteData, infiniteQueryOptions, QueryClient, queryOptions } from "@tanstack/react-query";
import { type ApiError, client } from "./client.ts";
import type { paths } from "./schema.gen.ts";

declare module "@tanstack/react-query" {
  interface Register {
    /** Every query and mutation fails with an ApiError (the client's middleware makes sure of it). */
    defaultError: ApiError;
  }
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Data is fresh for a little while: going back to a page shows it at once, then refreshes it.
      staleTime: 10_000,
      // A problem (404, 403, 422) will not change on its own; only network failures are retried.
      retry: (failures, error) => error.type === "network" && failures < 2,
      refetchOnWindowFocus: false,
    },
  },
});

type Json<R> = R extends { content: { "application/json": infer T } } ? T : never;
type RequiredKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? never : K }[keyof T];

/** Paths that answer GET. */
export type GetPath = { [P in keyof paths]: paths[P]["get"] extends { responses: unknown } ? P : never }[keyof paths];
type GetOp<P extends GetPath> = paths[P]["get"] & { parameters: unknown; responses: { 200: unknown } };
/** The `{ path, query }` parameters of a GET path, as the generated document declares them. */
export type GetParams<P extends GetPath> = Pick<GetOp<P>["parameters"], "path" | ("query" & keyof GetOp<P>["parameters"])>;
/** What a GET path answers with 200. */
export type GetData<P extends GetPath> = Json<GetOp<P>["responses"][200]>;
type ParamsArg<P extends GetPath> = RequiredKeys<GetParams<P>> extends never ? [params?: GetParams<P>] : [params: GetParams<P>];

/** The cache key of a GET: the path template and its parameters. A shorter key is a prefix of longer ones. */
export const apiKey = <P extends GetPath>(path: P, params?: DeepPartial<GetParams<P>>) =>
  params ? ([path, params] as const) : ([path] as const);
type DeepPartial<T> = T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** The data of a call, for callers that know it succeeded (the client throws ApiError otherwise). */
export async function data<T>(call: Promise<{ data?: T; error?: unknown }>): Promise<T> {
  return (await call).data as T;
}

/** Query options for one GET: `useQuery(apiQuery(path, params))`, or `queryClient.fetchQuery(…)`. */
export function apiQuery<P extends GetPath>(path: P, ...[params]: ParamsArg<P>) {
  return queryOptions({
    queryKey: [path, params ?? {}] as const,
    queryFn: ({ signal }) => data((client.GET as AnyGet)(path, { params, signal })) as Promise<GetData<P>>,
  });
}

/** GET paths that answer a cursor page `{ items, nextCursor }` and take `?cursor=`. */
export type PagedPath = {
  [P in GetPath]: GetData<P> extends { items: unknown[]; nextCursor: string | null } ? P : never;
}[GetPath];
/** One item of a paged path's list. */
export type PageItem<P extends PagedPath> = GetData<P> extends { items: (infer T)[] } ? T : never;

/** Infinite-query options for a cursor-paginated list: `useInfiniteQuery(apiPages(path, params))`; see QueryList. */
export function apiPages<P extends PagedPath>(path: P, ...[params]: ParamsArg<P>) {
  type Page = GetData<P> & { nextCursor: string | null };
  return infiniteQueryOptions({
    // "pages" keeps the list apart from a plain query of the same path (their cached shapes differ).
    queryKey: [path, params ?? {}, "pages"] as const,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const p = (params ?? {}) as { path?: unknown; query?: Record<string, unknown> };
      const query = pageParam ? { ...p.query, cursor: pageParam } : p.query;
      return data((client.GET as AnyGet)(path, { params: { ...p, query }, signal })) as Promise<Page>;
    },
    getNextPageParam: (last: Page) => last.nextCursor ?? undefined,
  });
}

/** Every item of the pages loaded so far. */
export const allItems = <T>(data: InfiniteData<{ items: T[] }> | undefined): T[] => data?.pages.flatMap((p) => p.items) ?? [];

/** Refetches every active query under these keys (and marks the others stale). */
export function invalidate(...keys: readonly (readonly unknown[])[]) {
  return Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

// The generic path is checked by the signatures above; openapi-fetch cannot be called with a generic path directly.
type AnyGet = (path: string, init: { params?: unknown; signal?: AbortSignal }) => Promise<{ data?: unknown; error?: unknown }>;
