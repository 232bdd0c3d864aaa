import { defineMessages } from "../../text/messages.ts";

/** The notifications module's texts for people (problem details, field messages). */
export const t = defineMessages(
  "notifications",
  {
    organization: "Organization",
    commons: "Commons",
    document: "Document",
    need: "Need",
    thread: "Discussion",
    kinds: "Use {kinds}, or several, comma-separated.",
    someIds: "Name at least one notification.",
  },
  {
    organization: "Organisation",
    commons: "Commun",
    document: "Document",
    need: "Besoin",
    thread: "Discussion",
    kinds: "Utilisez {kinds}, ou plusieurs, séparés par des virgules.",
    someIds: "Indiquez au moins une notification.",
  },
);
