import { z } from "@hono/zod-openapi";
import { Day, Handle } from "../../http/fields.ts";
import { t as http } from "../../http/messages.ts";
import { rule } from "../../text/messages.ts";
import { AccountCode } from "../ledger/inputs.ts";
import { Amount, Currency } from "../ledger/money.ts";
import { t } from "./messages.ts";

export { EquationInput } from "./equation.ts";

export const DEFAULT_SOURCE = "expenses:contributors";

export const PreviewInput = z
  .strictObject({
    amount: Amount.openapi({ description: "What to distribute, in minor units (cents for EUR)." }),
    currency: Currency.optional().openapi({ description: "The books' currency by default." }),
    sourceAccount: AccountCode.optional().openapi({
      description: `The account debited with the whole amount; ${DEFAULT_SOURCE} by default.`,
    }),
    windowTo: Day.optional().openapi({ description: "The last day of the contribution window; today by default." }),
    description: z
      .string()
      .trim()
      .min(1, rule(http("empty")))
      .max(300, rule(http("atMost", { max: 300 })))
      .optional(),
  })
  .openapi("DistributionPreview");
export type PreviewBody = z.output<typeof PreviewInput>;

export const PostInput = PreviewInput.extend({
  statementHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/, rule(t("statementHash")))
    .optional()
    .openapi({ description: "The preview's hash: if the statement computed now differs, nothing is posted (409)." }),
}).openapi("DistributionPost");
export type PostBody = z.output<typeof PostInput>;

export const PayoutInput = z
  .strictObject({
    person: Handle.openapi({ description: "Whom to pay what the books owe them." }),
    amount: Amount.optional().openapi({ description: "Minor units; everything they are owed by default." }),
    date: Day.optional().openapi({ description: "The payment's date; today by default." }),
  })
  .openapi("Payout");
export type PayoutBody = z.output<typeof PayoutInput>;
