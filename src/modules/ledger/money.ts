import { z } from "@hono/zod-openapi";
import { rule } from "../../text/messages.ts";
import { t } from "./messages.ts";
import { MAX_AMOUNT } from "./values.ts";

/** ISO 4217 codes as the runtime's Intl knows them: no table of our own to keep up to date. */
const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

export const isCurrency = (code: string) => CURRENCIES.has(code);

const digitsCache = new Map<string, number>();

/** Minor-unit digits of a currency: 2 for EUR, 0 for JPY, 3 for KWD. */
export function minorDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(currency, digits);
  }
  return digits;
}

/** Minor units as a plain decimal in major units ("-1234" EUR → "-12.34"), exact for any size. */
export function toDecimal(minor: bigint | string, currency: string): string {
  const value = BigInt(minor);
  const digits = minorDigits(currency);
  const negative = value < 0n;
  const abs = (negative ? -value : value).toString().padStart(digits + 1, "0");
  const whole = digits ? abs.slice(0, -digits) : abs;
  const fraction = digits ? `.${abs.slice(-digits)}` : "";
  return `${negative ? "-" : ""}${whole}${fraction}`;
}

export const Currency = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCurrency, rule(t("currency")))
  .openapi({ example: "EUR" });

/**
 * An amount in minor units (cents for EUR), as a JSON integer. Fractions, strings and amounts over
 * 10^15 are refused, so money never passes through floating point.
 */
export const Amount = z
  .number({ error: rule(t("amountWholeCents")) })
  .int(rule(t("amountNoFractionCents")))
  .positive(rule(t("amountPositive")))
  .max(MAX_AMOUNT, rule(t("amountMax")))
  .openapi({ description: "Minor units (cents for EUR), a positive whole number up to 10^15.", example: 2500 });

/** A posting's signed amount: positive debits, negative credits. */
export const SignedAmount = z
  .number({ error: rule(t("amountWhole")) })
  .int(rule(t("amountNoFraction")))
  .refine((n) => n !== 0, rule(t("postingZero")))
  .refine((n) => Math.abs(n) <= MAX_AMOUNT, rule(t("amountMax")))
  .openapi({ description: "Minor units; positive is a debit, negative a credit.", example: -2500 });

/** Money in responses: minor units as a decimal string, since sums can pass 2^53. */
export const MoneySchema = z
  .object({
    amount: z.string().openapi({ description: "Minor units as a decimal string (sums can exceed 2^53).", example: "2500" }),
    currency: z.string().openapi({ example: "EUR" }),
  })
  .openapi("Money");
export type Money = z.infer<typeof MoneySchema>;

export const money = (amount: bigint | string | number, currency: string): Money => ({ amount: String(amount), currency });
