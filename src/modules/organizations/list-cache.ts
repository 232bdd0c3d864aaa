import { LRUCache } from "lru-cache";
import type { Executor } from "../../db/types.ts";

/**
 * A page of the organizations list as this process last answered it: which organizations, in
 * which order, shown how, and the list generation it was read at (migration 0022). Member counts
 * are not kept: they change with every join and are read afresh with the generation.
 */
export interface CachedPage<Item> {
  generation: string;
  items: Item[];
  nextCursor: string | null;
}

/**
 * Ranking a search's ~200 matches is most of its cost, and the same words are searched again and
 * again; names and descriptions change rarely. One cache per database handle (a test process opens
 * many databases), bounded in entries: a page is a few kilobytes.
 */
const caches = new WeakMap<Executor, LRUCache<string, CachedPage<unknown>>>();
const MAX_PAGES = 2_000;

export function listCache<Item>(db: Executor): LRUCache<string, CachedPage<Item>> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new LRUCache({ max: MAX_PAGES });
    caches.set(db, cache);
  }
  return cache as LRUCache<string, CachedPage<Item>>;
}
