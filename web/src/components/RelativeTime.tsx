import { useTranslation } from "react-i18next";
import { formatDateTime, relativeTime } from "../format.ts";

export function RelativeTime({ value }: { value: string }) {
  // Subscribes to the language, so "yesterday" becomes "hier" when the picker changes.
  useTranslation();
  return (
    <time dateTime={value} title={formatDateTime(value)}>
      {relativeTime(value)}
    </time>
  );
}
