import { defineMessages } from "../../text/messages.ts";

/** The activity module's texts for people (field messages). */
export const t = defineMessages(
  "activity",
  {
    verb: "A verb such as membership.joined.",
  },
  {
    verb: "Un verbe de la forme membership.joined.",
  },
);
