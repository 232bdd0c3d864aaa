import { z } from "@hono/zod-openapi";
import { nullable } from "../../http/responses.ts";
import { NullablePersonRef } from "../accounts/views.ts";
import { Outcome } from "../decisions/views.ts";
import { OrganizationRefSchema } from "../organizations/views.ts";
import { MoneySchema } from "./money.ts";
import { ACCOUNT_TYPES, COUNTERPARTY_KINDS, TRANSACTION_KINDS } from "./schema.ts";

export const TransactionKind = z.enum(TRANSACTION_KINDS).openapi("TransactionKind");
export const AccountType = z.enum(ACCOUNT_TYPES).openapi("AccountType");
export const CounterpartyKind = z.enum(COUNTERPARTY_KINDS).openapi("CounterpartyKind");

export const AccountSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    type: AccountType,
    currencies: z.array(z.string()),
    allowNegative: z.boolean(),
    balances: z.array(MoneySchema).openapi({ description: "Debit-positive, as in hledger: income and liabilities show negative." }),
  })
  .openapi("Account");

export const BooksSchema = z
  .object({
    opened: z.boolean(),
    currency: z.string().nullable(),
    canKeepBooks: z.boolean().openapi({ description: "Whether the viewer is a treasurer of these books." }),
    accounts: z.array(AccountSchema),
  })
  .openapi("Books");

export const TransactionSchema = z
  .object({
    id: z.string(),
    seq: z.number().int(),
    date: z.string(),
    kind: TransactionKind,
    description: z.string(),
    counterparty: z.object({
      kind: CounterpartyKind,
      name: z.string(),
      organization: nullable(OrganizationRefSchema),
    }),
    postings: z.array(MoneySchema.extend({ account: z.object({ code: z.string(), name: z.string() }), memo: z.string().nullable() })),
    decision: z
      .object({ id: z.string(), title: z.string(), outcome: nullable(Outcome) })
      .nullable()
      .openapi({ description: "The passed proposal that authorised it." }),
    source: z
      .object({ type: z.enum(["expense", "donation"]), id: z.string(), label: z.string() })
      .nullable()
      .openapi({ description: "The expense or donation it records." }),
    transferId: z.string().nullable().openapi({ description: "Shared with the matching entry in the other organization's books." }),
    reverses: z.string().nullable(),
    reversedBy: z.string().nullable(),
    postedBy: NullablePersonRef,
    postedAt: z.string(),
  })
  .openapi("Transaction");

export const TransactionDetailSchema = TransactionSchema.extend({
  organization: nullable(OrganizationRefSchema),
}).openapi("TransactionDetail");

const Flow = z.object({
  total: z.string(),
  byKind: z.record(z.string(), z.string()),
  bySource: z.record(z.string(), z.string()),
});

export const ReportSchema = z
  .object({
    currency: z.string().nullable(),
    from: z.string(),
    to: z.string(),
    months: z.array(z.object({ month: z.string(), currency: z.string(), income: Flow, spending: Flow })),
  })
  .openapi("TreasuryReport", { description: "Income and spending per month, by kind and by source; amounts in minor units as strings." });

export const accountView = (a: {
  id: string;
  code: string;
  name: string;
  type: (typeof ACCOUNT_TYPES)[number];
  currencies: string[];
  allowNegative: boolean;
}) => ({ id: a.id, code: a.code, name: a.name, type: a.type, currencies: a.currencies, allowNegative: a.allowNegative, balances: [] });
