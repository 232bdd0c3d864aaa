/**
 * When a loan is due back, in words. A whole-day loan is due at the library's midnight after its last
 * day, which people read as "by the end of" that last day, not as "12:00 AM" on the next one.
 */
import { formatDate } from "../../format.ts";
import { i18n } from "../../i18n/i18n.ts";
import type { MessageKey } from "../../i18n/resources.ts";
import { dayIn, formatInstant, timeIn } from "./time.ts";

type Where = "desk" | "mine";
type Kind = "dueBy" | "dueAt" | "overdueBy" | "overdueAt";

const KEYS: Record<Where, Record<Kind, MessageKey>> = {
  desk: {
    dueBy: "sharing.desk.dueBy",
    dueAt: "sharing.desk.dueAt",
    overdueBy: "sharing.desk.overdueBy",
    overdueAt: "sharing.desk.overdueSince",
  },
  mine: {
    dueBy: "sharing.mine.dueBy",
    dueAt: "sharing.mine.dueAt",
    overdueBy: "sharing.mine.overdueBy",
    overdueAt: "sharing.mine.overdue",
  },
};

export function dueText(dueAt: string, timeZone: string, overdue: boolean, where: Where): string {
  const endOfDay = timeIn(dueAt, timeZone) === "00:00";
  const kind: Kind = overdue ? (endOfDay ? "overdueBy" : "overdueAt") : endOfDay ? "dueBy" : "dueAt";
  return i18n.t(KEYS[where][kind], {
    day: formatDate(dayIn(new Date(dueAt).getTime() - 1, timeZone)),
    when: formatInstant(dueAt, timeZone),
  });
}
