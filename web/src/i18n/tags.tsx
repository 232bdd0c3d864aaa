import type { ReactNode } from "react";

/*
 * Elements for the tags of messages rendered with <Trans components>: Trans fills each with the words
 * the message puts between its tags, in the current language, so they take children rather than text.
 */

export function ApiDocsLink({ children }: { children?: ReactNode }) {
  return <a href="/api/docs">{children}</a>;
}
