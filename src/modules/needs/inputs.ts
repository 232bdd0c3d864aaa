import { z } from "@hono/zod-openapi";
import { earliestToday } from "../../calendar.ts";
import { Day, LongText, Markdown, Tags, Title, Uuid } from "../../http/fields.ts";
import { now } from "../../now.ts";
import { rule } from "../../text/messages.ts";
import { t } from "./messages.ts";
import { NEED_TYPES, URGENCIES } from "./values.ts";

export const BODY_MAX = 20_000;

/** A due date is "in the past" only once that day has passed everywhere on Earth (calendar.ts earliestToday). */
const DueOn = Day.refine((day) => day >= earliestToday(now()), rule(t("dueInPast"))).openapi({
  description: "The day it is wanted by; not in the past.",
});

/** Progress notes must say something: whitespace alone is refused. */
export const NoteBody = Markdown(BODY_MAX).refine((s) => s.trim().length > 0, rule(t("writeSomething")));

export const NewNeedInput = z
  .strictObject({
    type: z.enum(NEED_TYPES).openapi({ description: "A need asks for work; an offer proposes it." }),
    title: Title,
    body: Markdown(BODY_MAX).optional().openapi({ description: "Markdown." }),
    tags: Tags.optional(),
    urgency: z.enum(URGENCIES).optional(),
    dueOn: DueOn.optional(),
  })
  .openapi("NewNeed");
export type NewNeed = z.output<typeof NewNeedInput>;

export const NeedPatchInput = z
  .strictObject({
    title: Title.optional(),
    body: Markdown(BODY_MAX).optional(),
    tags: Tags.optional(),
    urgency: z.enum(URGENCIES).nullable().optional().openapi({ description: "null clears it." }),
    dueOn: DueOn.nullable().optional().openapi({ description: "null clears it." }),
  })
  // Only when the fields themselves are valid, so an unknown field is reported alone.
  .refine((p) => Object.keys(p).length > 0, { message: rule(t("changeOneField")), when: (ctx) => ctx.issues.length === 0 })
  .openapi("NeedPatch");
export type NeedPatch = z.output<typeof NeedPatchInput>;

export const ProgressInput = z.strictObject({ body: NoteBody.openapi({ description: "Markdown." }) }).openapi("NeedProgress");

export const LinkInput = z
  .strictObject({ contribution: Uuid.openapi({ description: "The id of a contribution that answers this need." }) })
  .openapi("NeedLink");

export const CloseInput = z
  .strictObject({ note: LongText(2000).optional().openapi({ description: "How it was answered, or why it is no longer wanted." }) })
  .openapi("NeedClose");
