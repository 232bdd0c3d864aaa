/** Between `<input type="datetime-local">` values (the viewer's wall-clock time) and ISO datetimes with their offset. */

const pad = (n: number) => String(Math.abs(n)).padStart(2, "0");

/** A moment as a datetime-local value, "2026-05-01T18:30", in the viewer's time zone. */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value as an ISO datetime with the viewer's offset, "2026-05-01T18:30:00+02:00"; null when it is not a time. */
export function localInputToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  // Formatted from the parsed moment, so a time skipped by a clock change becomes the moment it stands for.
  return `${toLocalInput(date)}:${pad(date.getSeconds())}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** Now plus some days, on the minute, as a datetime-local value. */
export function daysAhead(days: number, from = new Date()): string {
  const d = new Date(from.getTime() + days * 86_400_000);
  d.setSeconds(0, 0);
  return toLocalInput(d);
}
