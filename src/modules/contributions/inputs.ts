import { z } from "@hono/zod-openapi";
import { Day, Markdown, Title, WebUrl } from "../../http/fields.ts";
import { rule } from "../../text/messages.ts";
import { DocPath, RevisionNumber } from "../documents/inputs.ts";
import { DOCUMENT_FORMATS } from "../documents/values.ts";
import { t } from "./messages.ts";
import { CONTRIBUTION_KINDS } from "./values.ts";

// Size is checked by the service so that an oversized document gets 413 naming the field.
const Content = z.string().openapi({ description: "The whole text of the document as proposed (at most 1 MB)." });
const Description = Markdown(20_000).openapi({ description: "Why and what, in Markdown." });
const Kind = z.enum(CONTRIBUTION_KINDS);
const Hours = z
  .number({ message: rule(t("hoursNumber")) })
  .min(1 / 60, rule(t("hoursMin")))
  .max(1000, rule(t("hoursMax", { max: 1000 })))
  .openapi({ example: 2.5 });

const common = { title: Title, description: Description.optional() };

export const ProposalInput = z
  .discriminatedUnion("type", [
    z.strictObject({
      type: z.literal("new_document"),
      ...common,
      kind: Kind.default("documentation"),
      path: DocPath,
      documentTitle: Title,
      format: z.enum(DOCUMENT_FORMATS).default("markdown"),
      content: Content,
    }),
    z.strictObject({
      type: z.literal("edit"),
      ...common,
      kind: Kind.default("documentation"),
      document: DocPath.openapi({ description: "The path of the document to edit." }),
      baseRevision: RevisionNumber.openapi({ description: "The revision the edit starts from." }),
      content: Content,
    }),
    z.strictObject({
      type: z.literal("work"),
      ...common,
      kind: Kind,
      hours: Hours,
      link: WebUrl.optional(),
      performedOn: Day.optional().openapi({ description: "The day the work was done; today if left out." }),
    }),
  ])
  .openapi("NewContribution");
export type Proposal = z.output<typeof ProposalInput>;

export const ProposalPatchInput = z
  .strictObject({
    title: Title.optional(),
    description: Description.optional(),
    kind: Kind.optional(),
    content: Content.optional(),
    baseRevision: RevisionNumber.optional().openapi({ description: "Rebase the edit on this revision (usually the newest)." }),
    path: DocPath.optional(),
    documentTitle: Title.optional(),
    hours: Hours.optional(),
    link: WebUrl.nullable().optional(),
  })
  .openapi("ProposalPatch");
export type ProposalPatch = z.output<typeof ProposalPatchInput>;

export const AcceptInput = z.strictObject({ note: Markdown(5000).optional() }).openapi("Acceptance");
export const RejectInput = z
  .strictObject({ note: Markdown(5000).refine((n) => n.trim().length > 0, rule(t("rejectReason"))) })
  .openapi("Rejection");

export const UpstreamInput = z.strictObject({ title: Title, description: Description.optional() }).openapi("UpstreamProposal");
