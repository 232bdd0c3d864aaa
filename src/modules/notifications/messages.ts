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
    notification: "Notification",
    notificationId: "A notification's number.",
    badUnsubscribe:
      "This unsubscribe link is not valid: it may have been cut when it was copied. Choose what reaches you on your notification preferences page.",
  },
  {
    organization: "Organisation",
    commons: "Commun",
    document: "Document",
    need: "Besoin",
    thread: "Discussion",
    kinds: "Utilisez {kinds}, ou plusieurs, séparés par des virgules.",
    someIds: "Indiquez au moins une notification.",
    notification: "Notification",
    notificationId: "Le numéro d’une notification.",
    badUnsubscribe:
      "Ce lien de désabonnement n’est pas valide : il a peut-être été coupé en étant copié. Choisissez ce qui vous parvient sur votre page de préférences de notifications.",
  },
);
