import { z } from "@hono/zod-openapi";
import { Day, LongText } from "../../http/fields.ts";
import { t as http } from "../../http/messages.ts";
import { rule } from "../../text/messages.ts";
import { t } from "./messages.ts";
import { Currency, SignedAmount } from "./money.ts";
import { type ACCOUNT_TYPES, COUNTERPARTY_KINDS, TRANSACTION_KINDS } from "./values.ts";

export const AccountCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(assets|liabilities|equity|income|expenses)(:[a-z0-9][a-z0-9-]{0,49}){1,3}$/, rule(t("accountCode")))
  .openapi({ example: "expenses:hosting" });

export const OpenBooksInput = z.strictObject({ currency: Currency }).openapi("OpenBooks");

export const NewAccountInput = z
  .strictObject({
    code: AccountCode,
    name: z
      .string()
      .trim()
      .min(1, rule(http("empty")))
      .max(120),
    currencies: z
      .array(Currency)
      .min(1)
      .max(10)
      .optional()
      .openapi({ description: "The currencies it holds; the books' currency by default." }),
    allowNegative: z
      .boolean()
      .optional()
      .openapi({ description: "May its balance go past zero against its normal side? Defaults to false for assets, true otherwise." }),
  })
  .openapi("NewAccount");

const type = (code: string) => code.split(":")[0];
export const accountTypeOf = (code: string): (typeof ACCOUNT_TYPES)[number] =>
  ({ assets: "asset", liabilities: "liability", equity: "equity", income: "income", expenses: "expense" })[
    type(code) as "assets"
  ] as "asset";

export const PostingInput = z.strictObject({
  account: AccountCode,
  amount: SignedAmount,
  currency: Currency,
  memo: LongText(200).optional(),
});

export const NewTransactionInput = z
  .strictObject({
    kind: z.enum(TRANSACTION_KINDS),
    date: Day,
    description: z
      .string()
      .trim()
      .min(1, rule(t("sayWhatItIs")))
      .max(500),
    counterparty: z.string().trim().min(1).max(200).optional().openapi({ description: "Who paid or was paid, as public pages show it." }),
    counterpartyKind: z
      .enum(COUNTERPARTY_KINDS)
      .default("internal")
      .openapi({ description: "What kind of source or recipient it is, for the income and spending reports." }),
    postings: z
      .array(PostingInput)
      .min(2, rule(t("twoPostings")))
      .max(50),
  })
  .openapi("NewTransaction");
export type NewTransactionBody = z.output<typeof NewTransactionInput>;

export const ReverseInput = z
  .strictObject({
    reason: z
      .string()
      .trim()
      .min(1, rule(t("sayWhy")))
      .max(500),
  })
  .openapi("ReverseTransaction");
