/** Where a thread's subject lives in the app, and how to name it (a need's or contribution's thread already bears its title). */
import type { Thread } from "../../api/schema.ts";

export function subjectLink(thread: Thread): { to: string; text: string } | null {
  const { type, id } = thread.subject;
  switch (type) {
    case "need":
      return { to: `/needs/${id}`, text: "the need" };
    case "contribution":
      return { to: `/contributions/${id}`, text: "the contribution" };
    case "proposal":
      return { to: `/proposals/${id}`, text: "the proposal" };
    case "commons":
    case "document":
      // A document is addressed by its path, which a thread does not carry: its commons is the way back.
      return thread.commons ? { to: `/commons/${thread.commons.slug}`, text: thread.commons.title } : null;
  }
}
