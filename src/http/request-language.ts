import { AsyncLocalStorage } from "node:async_hooks";
import type { MiddlewareHandler } from "hono";
import { type Text, textIn } from "../text/messages.ts";
import { DEFAULT_LANGUAGE, type Language, negotiateLanguage } from "./i18n.ts";

/**
 * The language the current request asked for (Accept-Language), for the texts a response carries
 * (how a vote was decided, compliance explanations): views write them with `localized(…)` rather
 * than pass the language through every service. Outside a request (the CLI, the clock) it is English.
 */
const current = new AsyncLocalStorage<Language>();

export const requestLanguage = (): Language => current.getStore() ?? DEFAULT_LANGUAGE;

/** A text in the current request's language. */
export const localized = (text: Text): string => textIn(text, requestLanguage());

export const withRequestLanguage: MiddlewareHandler = async (c, next) => {
  await current.run(negotiateLanguage(c.req.header("accept-language")), next);
  // Answers may differ by language, so caches must key on the header. Written on the response's own
  // headers: \`c.header\` after the handler would rebuild the response as a stream, which costs an
  // API request about a tenth of its server time.
  const headers = c.res.headers;
  if (/accept-language/i.test(headers.get("vary") ?? "")) return;
  try {
    headers.append("vary", "Accept-Language");
  } catch {
    // A response with immutable headers (one passed through from fetch) is rebuilt after all.
    c.header("vary", "Accept-Language", { append: true });
  }
};
