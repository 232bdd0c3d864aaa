/** Where a thread's subject lives in the app, and what it is (a need's or contribution's thread already bears its title). */
import type { Thread } from "../../api/schema.ts";

/** `kind` picks the words of "Back to …" (discussions.thread.backTo); `title` names a commons. */
export function subjectLink(thread: Thread): { to: string; kind: "need" | "contribution" | "proposal" | "commons"; title: string } | null {
  const { type, id } = thread.subject;
  switch (type) {
    case "need":
      return { to: `/needs/${id}`, kind: "need", title: "" };
    case "contribution":
      return { to: `/contributions/${id}`, kind: "contribution", title: "" };
    case "proposal":
      return { to: `/proposals/${id}`, kind: "proposal", title: "" };
    case "pb_project":
      // A project is addressed by its call and number, which a thread does not carry; its page holds the thread.
      return null;
    case "commons":
    case "document":
      // A document is addressed by its path, which a thread does not carry: its commons is the way back.
      return thread.commons ? { to: `/commons/${thread.commons.slug}`, kind: "commons", title: thread.commons.title } : null;
  }
}
