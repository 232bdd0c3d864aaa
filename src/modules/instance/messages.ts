import { defineMessages } from "../../text/messages.ts";

/** The instance module's texts for people (problem details). */
export const t = defineMessages(
  "instance",
  {
    alreadySetUp: "This instance is already set up.",
    setUpFirst: "Set the instance up first.",
  },
  {
    alreadySetUp: "Cette instance est déjà configurée.",
    setUpFirst: "Configurez d’abord l’instance.",
  },
);
