import { findCommons } from "../modules/commons/service.ts";
import { CommentInput, NewThreadInput } from "../modules/discussions/inputs.ts";
import type { SUBJECT_TYPES } from "../modules/discussions/schema.ts";
import { editComment, hideComment, postComment, startThread } from "../modules/discussions/service.ts";
import { findDocument } from "../modules/documents/service.ts";
import { actor, type DemoContext, type DemoStep, idOf } from "./context.ts";
import { DEMO_COMMONS } from "./documents.ts";

/** A reply in a thread; its author may later reword it, or a moderator hide it with a public reason. */
interface DemoComment {
  by: string;
  body: string;
  editedTo?: string;
  hidden?: { by: string; reason: string };
}

/** A thread about the commons, one of its documents, a contribution or a need, with its replies. */
interface DemoThread {
  about: { type: (typeof SUBJECT_TYPES)[number]; key: string };
  by: string;
  title?: string;
  body: string;
  replies: DemoComment[];
}

export const DEMO_THREADS: DemoThread[] = [
  {
    about: { type: "commons", key: "commons" },
    by: "ada",
    title: "Plans for the 2027 season",
    body: "Three things for next season: the press wheels Hugo asked for, a Portuguese guide, and ten build kits paid by the foundation. What else?",
    replies: [
      {
        by: "hugo",
        body: "Press wheels first, please. Carrots came up patchy again.",
        editedTo: "Press wheels first, please: the carrots on plot B came up patchy again where the soil was loose.",
      },
      { by: "joao", body: "Furrow Works can prototype the press wheels in January if someone draws the bracket." },
      { by: "priya", body: "The foundation meets on the 12th; I'll put the build kits on the agenda." },
      {
        by: "sam",
        body: "Happy to help at the build weekend, call me on 0161 496 0142 any evening!",
        hidden: {
          by: "joao",
          reason: "Hidden because it shows a phone number in public. Sam, people can reach you through your profile.",
        },
      },
    ],
  },
  {
    about: { type: "document", key: "assembly-guide.md" },
    by: "grace",
    title: "The photos for step 4 are out of date",
    body: "The metering photos still show the old single sprocket. Could someone take new ones at the next build day?",
    replies: [
      { by: "wei", body: "I'll take them on Saturday, with the seed plates the right way round." },
      { by: "grace", body: "Thanks, Wei. Landscape, please, so they fit the printed guide." },
    ],
  },
  {
    about: { type: "contribution", key: "contribution:conflicted" },
    by: "lena",
    body: "Dmitri, Wei's change to the same row went in first (35 mm hex bolts). Flange bolts could still be better; could you update your proposal on the newest revision and say why 10.9?",
    replies: [{ by: "dmitri", body: "Will do. 10.9 because the tube wall crushes under 8.8 washers at full torque; I'll add the photos." }],
  },
  {
    about: { type: "contribution", key: "contribution:upstream" },
    by: "ada",
    body: "Thank you for bringing the jig back upstream. Could you add drawing JIG-01 to this commons too, so the guide does not point at a file only the fork has?",
    replies: [{ by: "joao", body: "Yes, I'll propose it as a new document this week." }],
  },
  {
    about: { type: "need", key: "need:clay trials" },
    by: "hugo",
    body: "Plot C is free the week after next. Dmitri, can you bring the load cell again?",
    replies: [{ by: "dmitri", body: "Yes, Tuesday and Wednesday work for me." }],
  },
];

async function subjectId(ctx: DemoContext, about: DemoThread["about"]) {
  if (about.type === "commons") return (await findCommons(ctx.db, DEMO_COMMONS.slug)).id;
  if (about.type === "document") return (await findDocument(ctx.db, DEMO_COMMONS.slug, about.key)).document.id;
  return idOf(ctx, about.key);
}

export const discussionsStep: DemoStep = {
  name: "discussions",
  from: "2026-09-01T08:00:00Z",
  async run(ctx) {
    for (const t of DEMO_THREADS) {
      await ctx.clock.pass(40);
      const input = NewThreadInput.parse({
        subjectType: t.about.type,
        subjectId: await subjectId(ctx, t.about),
        title: t.title,
        body: t.body,
      });
      const thread = await startThread(ctx.db, actor(ctx, t.by), input);
      for (const r of t.replies) {
        await ctx.clock.pass(7);
        const comment = await postComment(ctx.db, actor(ctx, r.by), thread.id, CommentInput.parse({ body: r.body }).body);
        if (r.editedTo) await editComment(ctx.db, actor(ctx, r.by), comment.id, r.editedTo);
        if (r.hidden) await hideComment(ctx.db, actor(ctx, r.hidden.by), comment.id, r.hidden.reason);
      }
    }
  },
};
