import { z } from "@hono/zod-openapi";
import { LongText, Name, Slug, Tags, Title } from "../../http/fields.ts";
import { rule } from "../../text/messages.ts";
import { LICENCE_IDS } from "./licences.ts";
import { t } from "./messages.ts";

const Licence = z
  .string()
  .trim()
  .refine((id) => LICENCE_IDS.includes(id), { message: rule(t("unknownLicence")) })
  .openapi({ example: "CC-BY-SA-4.0" });

export const NewCommonsInput = z
  .strictObject({
    slug: Slug,
    title: Title,
    summary: LongText(2000).optional(),
    licence: Licence,
    community: Slug.openapi({ description: "The community that stewards it; you must be one of its stewards." }),
    stewardAssociation: Slug.nullable().optional().openapi({ description: "The for-benefit association that holds its money, if any." }),
    tags: Tags.optional(),
  })
  .openapi("NewCommons");
export type NewCommons = z.output<typeof NewCommonsInput>;

export const CommonsPatchInput = z
  .strictObject({
    title: Title.optional(),
    summary: LongText(2000).optional(),
    licence: Licence.optional(),
    stewardAssociation: Slug.nullable().optional(),
    tags: Tags.optional(),
  })
  .openapi("CommonsPatch");
export type CommonsPatch = z.output<typeof CommonsPatchInput>;

export const ForkInput = z
  .strictObject({
    slug: Slug.openapi({ description: "The fork's own address." }),
    title: Title.optional().openapi({ description: "Defaults to the origin's title." }),
    community: Slug.optional().openapi({ description: "A community you steward, to hold the fork." }),
    newCommunity: z
      .strictObject({ slug: Slug, name: Name })
      .optional()
      .openapi({ description: "Or create a community on the spot; you become its steward." }),
  })
  .refine((f) => !!f.community !== !!f.newCommunity, { message: rule(t("forkHome")), path: ["community"] })
  .openapi("ForkRequest");
export type ForkRequest = z.output<typeof ForkInput>;
