import type { Context } from "@fedify/fedify";

/**
 * Fedify's `lookupObject`, except that an address is read through the context's loader alone (where
 * private addresses are refused, one that reads at most MAX_FETCHED_BYTES, document-loader.ts): when
 * it fails, the lookup fails, instead of falling back, as Fedify does, to WebFinger on that host, whose
 * answer would be read whole. A handle is looked up by WebFinger, as Fedify does.
 */
export async function lookupRemote(ctx: Context<null>, identifier: string | URL) {
  const address = identifier instanceof URL ? identifier.href : identifier;
  if (!/^https?:\/\//i.test(address)) return ctx.lookupObject(address);
  const loaded = await ctx.documentLoader(address).catch(() => null);
  if (!loaded) return null;
  return ctx.lookupObject(address, {
    documentLoader: (url, options) => (url === address ? Promise.resolve(loaded) : ctx.documentLoader(url, options)),
  });
}
