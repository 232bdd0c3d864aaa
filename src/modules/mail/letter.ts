/**
 * A message's content as blocks, from which both its plain text and its HTML are written: one template
 * per message, and the plain text reads as well as the HTML (links written out, quotes marked).
 */
export type Block =
  | { p: string }
  | { quote: string }
  | { action: { label: string; url: string } }
  | { list: { text: string; url?: string }[] }
  | { heading: string }
  | { small: string; link?: { label: string; url: string } };

export interface Letter {
  subject: string;
  blocks: Block[];
  /** Where a reply goes, when replying means something (reply by email to a discussion). */
  replyTo?: string;
}

/** Lines longer than this are wrapped in the plain text, as RFC 3676 would have them read. */
const WIDTH = 72;

function wrap(text: string, prefix = ""): string {
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/ +/)) {
      if (line && line.length + 1 + word.length > WIDTH - prefix.length) {
        out.push(prefix + line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(prefix + line);
  }
  return out.join("\n");
}

export function toText(letter: Letter, footer: Block[]): string {
  const write = (b: Block): string => {
    if ("p" in b) return wrap(b.p);
    if ("quote" in b) return wrap(b.quote, "> ");
    if ("action" in b) return `${b.action.label}:\n${b.action.url}`;
    if ("list" in b)
      return b.list
        .map((i) => wrap(i.url ? `${i.text}\n  ${i.url}` : i.text, ""))
        .map((l) => `- ${l}`)
        .join("\n");
    if ("heading" in b) return `${b.heading}\n${"=".repeat(Math.min(b.heading.length, WIDTH))}`;
    return wrap(b.link ? `${b.small} ${b.link.label}: ${b.link.url}` : b.small);
  };
  const footerText = footer.map(write).join("\n\n");
  return `${letter.blocks.map(write).join("\n\n")}\n${footerText ? `\n-- \n${footerText}\n` : ""}`;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
const lines = (s: string) => escapeHtml(s).replaceAll("\n", "<br>");

const STYLE = {
  body: "margin:0;padding:24px;background:#f6f5f2;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#1f2328;line-height:1.5",
  card: "max-width:600px;margin:0 auto;background:#fff;border-radius:8px;padding:24px",
  quote: "margin:16px 0;padding:8px 16px;border-left:4px solid #d0cdc4;color:#444",
  action: "display:inline-block;padding:10px 18px;background:#2f5d50;color:#fff;text-decoration:none;border-radius:6px;font-weight:600",
  small: "font-size:13px;color:#666",
  footer: "max-width:600px;margin:16px auto 0;font-size:13px;color:#666",
};

export function toHtml(letter: Letter, footer: Block[], language: string): string {
  const write = (b: Block): string => {
    if ("p" in b) return `<p>${lines(b.p)}</p>`;
    if ("quote" in b) return `<blockquote style="${STYLE.quote}">${lines(b.quote)}</blockquote>`;
    if ("action" in b) return `<p><a href="${escapeHtml(b.action.url)}" style="${STYLE.action}">${escapeHtml(b.action.label)}</a></p>`;
    if ("list" in b)
      return `<ul>${b.list.map((i) => `<li>${i.url ? `<a href="${escapeHtml(i.url)}">${lines(i.text)}</a>` : lines(i.text)}</li>`).join("")}</ul>`;
    if ("heading" in b) return `<h2 style="font-size:18px;margin:24px 0 8px">${escapeHtml(b.heading)}</h2>`;
    const link = b.link ? ` <a href="${escapeHtml(b.link.url)}" style="color:#2f5d50">${escapeHtml(b.link.label)}</a>` : "";
    return `<p style="${STYLE.small}">${lines(b.small)}${link}</p>`;
  };
  return `<!doctype html>
<html lang="${escapeHtml(language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(letter.subject)}</title></head>
<body style="${STYLE.body}"><div style="${STYLE.card}">${letter.blocks.map(write).join("\n")}</div>
<div style="${STYLE.footer}">${footer.map(write).join("\n")}</div></body></html>`;
}
