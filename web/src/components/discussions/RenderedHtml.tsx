import "../../styles/discussions.css";

/** HTML the server rendered from Markdown and sanitized; never pass it Markdown source or anything else. */
export function RenderedHtml({ html }: { html: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: the API sanitizes this HTML (src/text/markdown.ts) before sending it.
  return <div className="rendered" dangerouslySetInnerHTML={{ __html: html }} />;
}
