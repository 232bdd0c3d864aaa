import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";

// Raw HTML in the source is shown as text, not interpreted; the sanitizer below is the second
// line of defence, and the only one that matters if a plugin ever lets HTML through.
const md = new MarkdownIt({ html: false, linkify: true, breaks: false });
// A wide table scrolls sideways in its own box, which takes focus so a keyboard can scroll it too
// (as the web app's TableScroll does for its own tables).
md.renderer.rules.table_open = () => '<div class="table-scroll" tabindex="0">\n<table>\n';
md.renderer.rules.table_close = () => "</table>\n</div>\n";

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "code",
    "em",
    "strong",
    "s",
    "del",
    "ul",
    "ol",
    "li",
    "a",
    "img",
    "div",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: {
    div: ["tabindex"],
    a: ["href", "title"],
    img: ["src", "alt", "title"],
    ol: ["start"],
    th: ["style"],
    td: ["style"],
    code: ["class"],
  },
  allowedStyles: { th: { "text-align": [/^(left|right|center)$/] }, td: { "text-align": [/^(left|right|center)$/] } },
  allowedClasses: { code: [/^language-[\w-]+$/], div: ["table-scroll"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "nofollow ugc noopener noreferrer" }) },
};
SANITIZE.allowedAttributes = { ...SANITIZE.allowedAttributes, a: ["href", "title", "rel"] };

/** Markdown to HTML that is safe to put in a page: no scripts, no event handlers, no `javascript:` links. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(md.render(source), SANITIZE);
}

/** HTML written elsewhere (a post from another instance), held to the same rules as our own. */
export function sanitizeHtmlFromElsewhere(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}

/** The words of some HTML, without its markup (a remote reply's text, kept beside its HTML). */
export function textOfHtml(html: string): string {
  return sanitizeHtml(html.replace(/<\/(p|div|li|h\d|blockquote|pre)>|<br\s*\/?>/gi, "$&\n"), { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Plain text made safe to put between tags (its &, < and > escaped). */
export function escapedText(text: string): string {
  return sanitizeHtml(text, { allowedTags: [], allowedAttributes: {}, disallowedTagsMode: "escape" });
}
