import { isDay } from "../../calendar.ts";
import { english, type Message } from "../../text/messages.ts";
import { t } from "./messages.ts";

/**
 * gitdm's EmailMap, the file that says who employs whom by address or by domain:
 *
 *     # comments and blank lines are ignored
 *     jane@example.org        Acme Cooperative
 *     example.org             Example Labs < 2024-03-01
 *     example.org             Acme Cooperative
 *
 * A line ending in "< yyyy-mm-dd" applies to work done before that date (exclusive); the line for the
 * same key without a date applies after the last dated one. Keys are matched case-insensitively: the
 * author's full address first, then its domain from the most specific (dev.example.org) to the
 * least (example.org). (gitdm tries the shortest domain first; the most specific is the one meant.)
 * A key whose every line ended before the commit's day does not apply, and the next key is tried.
 */

export interface EmailMapEntry {
  /** The address or the domain, lower-cased. */
  key: string;
  organization: string;
  /** Applies to days before this one (yyyy-mm-dd); null: with no end. */
  until: string | null;
  line: number;
}

export class EmailMapError extends Error {
  readonly line: number;
  /** The message, naming the line, in every language (`message` is its English). */
  readonly detail: Message;

  constructor(line: number, problem: Message) {
    const detail = t("emailMapLine", { line, problem });
    super(english(detail));
    this.line = line;
    this.detail = detail;
    this.name = "EmailMapError";
  }
}

const LINE = /^(\S+)\s+([^<]+?)\s*(?:<\s*(\d{4}-\d{2}-\d{2})\s*)?$/;

/** Parses the file's text; any line it cannot read is an error naming that line. */
export function parseEmailMap(text: string): EmailMapEntry[] {
  const entries: EmailMapEntry[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const content = raw.split("#")[0]?.trim() ?? "";
    if (!content) return;
    const m = LINE.exec(content);
    if (!m) throw new EmailMapError(line, t("lineFormat", { content }));
    const [, key = "", organization = "", until = null] = m;
    if (until !== null && !isDay(until)) throw new EmailMapError(line, t("notDate", { until }));
    const lowered = key.toLowerCase();
    if (lowered.startsWith("@") || lowered.endsWith("@") || lowered.split("@").length > 2 || !lowered.includes(".")) {
      throw new EmailMapError(line, t("notKey", { key }));
    }
    const slot = `${lowered} ${until ?? ""}`;
    const earlier = seen.get(slot);
    if (earlier)
      throw new EmailMapError(line, until ? t("alreadyMappedUntil", { key, until, earlier }) : t("alreadyMapped", { key, earlier }));
    seen.set(slot, line);
    entries.push({ key: lowered, organization: organization.trim(), until, line });
  });
  return entries;
}

/** Entries resolved to whatever the caller maps organizations to (an enterprise's id). */
export class EmailMap<T> {
  private readonly byKey = new Map<string, { until: string | null; value: T }[]>();

  constructor(entries: { key: string; until: string | null; value: T }[]) {
    for (const e of entries) {
      const list = this.byKey.get(e.key) ?? [];
      list.push({ until: e.until, value: e.value });
      this.byKey.set(e.key, list);
    }
    // Earliest end first, the undated line last: the first one still running on the day applies.
    for (const list of this.byKey.values()) list.sort((a, b) => (a.until ?? "9999-99-99").localeCompare(b.until ?? "9999-99-99"));
  }

  get size(): number {
    return this.byKey.size;
  }

  /** Who employed the author of `email` on `day` (yyyy-mm-dd), by address, then by domain. */
  lookup(email: string, day: string): T | null {
    const address = email.trim().toLowerCase();
    const at = address.lastIndexOf("@");
    const keys = [address];
    if (at > 0) {
      const labels = address.slice(at + 1).split(".");
      for (let i = 0; i < labels.length - 1; i++) keys.push(labels.slice(i).join("."));
    }
    for (const key of keys) {
      const hit = this.byKey.get(key)?.find((e) => e.until === null || day < e.until);
      if (hit) return hit.value;
    }
    return null;
  }
}
