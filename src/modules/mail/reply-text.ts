import EmailReplyParser from "email-reply-parser";

/** The line a mail client writes above the quote: "On Tue, 3 Jun 2025, Ada <…> wrote:", "Le … a écrit :". */
const ATTRIBUTION_END = /\b(wrote|a écrit|schrieb|escribió|ha scritto|escreveu)\s*:\s*$/i;
const ATTRIBUTION_START = /^\s*(on|le|am|el|il|em)\b/i;

/**
 * What the person wrote in a reply, without the message they quote, their signature, or the "On … wrote:"
 * line (which some clients wrap over two lines, so the parser may leave it behind).
 */
export function replyText(text: string): string {
  const visible = new EmailReplyParser().parseReply(text.replace(/\r\n?/g, "\n").replaceAll("\u0000", ""));
  const lines = visible.replace(/\s+$/, "").split("\n");
  const last = lines.at(-1) ?? "";
  if (ATTRIBUTION_END.test(last)) {
    if (ATTRIBUTION_START.test(last)) lines.pop();
    else if (lines.length > 1 && ATTRIBUTION_START.test(lines.at(-2) ?? "")) lines.splice(-2);
  }
  return lines.join("\n").trim();
}
