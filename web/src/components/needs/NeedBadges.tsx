import { useTranslation } from "react-i18next";
import type { NeedItem } from "../../api/schema.ts";
import { dueText, STATUS_LABEL, TYPE_LABEL, URGENCY_BADGE } from "./labels.ts";
import "../../styles/needs.css";

/** Type, status, urgency and due date of a need, as badges. */
export function NeedBadges({ need }: { need: Pick<NeedItem, "type" | "status" | "urgency" | "dueOn"> }) {
  // Subscribes to the language: the labels and the due date are read in it.
  useTranslation();
  const due = dueText(need);
  return (
    <span className="badges need-badges">
      <span className={`badge badge--need-${need.type}`}>{TYPE_LABEL[need.type]}</span>
      <span className={`badge badge--status-${need.status}`}>{STATUS_LABEL[need.status]}</span>
      {need.urgency && need.urgency !== "normal" ? (
        <span className={`badge badge--urgency-${need.urgency}`}>{URGENCY_BADGE[need.urgency]}</span>
      ) : null}
      {due ? <span className={`badge ${due.overdue ? "badge--overdue" : "badge--due"}`}>{due.text}</span> : null}
    </span>
  );
}
