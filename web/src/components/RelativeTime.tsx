import { useTranslation } from "react-i18next";
import { useNow } from "../clock.ts";
import { formatDateTime, relativeTime } from "../format.ts";

/** "3 minutes ago", which moves on each minute while the page stays open; the exact time is its title. */
export function RelativeTime({ value }: { value: string }) {
  // Subscribes to the language, so "yesterday" becomes "hier" when the picker changes.
  useTranslation();
  // Re-renders each minute; the time itself is read now, so a row that arrived since the last tick is "just now".
  useNow();
  return (
    <time dateTime={value} title={formatDateTime(value)}>
      {relativeTime(value)}
    </time>
  );
}
