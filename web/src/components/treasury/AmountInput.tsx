import type { InputHTMLAttributes, ReactNode } from "react";
import { Field } from "../Field.tsx";
import { currencyName, minorDigits } from "./money.ts";

/**
 * The one amount field: text (not type="number", which rounds through floating point and drops
 * what it cannot parse), labelled with its currency. Its value is parsed exactly with parseMoney or
 * amountOrThrow when the form is submitted.
 */
export function AmountInput({
  currency,
  label = "Amount",
  name = "amount",
  error,
  hint,
  allowNegative = false,
  hideLabel,
  optional,
  ...rest
}: {
  currency: string;
  label?: string;
  name?: string;
  error?: string | undefined;
  hint?: ReactNode;
  allowNegative?: boolean;
  hideLabel?: boolean;
  optional?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "className" | "type">) {
  const digits = minorDigits(currency);
  const example = digits === 0 ? "1500" : `12.${"5".padEnd(digits, "0")}`;
  return (
    <Field
      label={`${label} (${currency})`}
      name={name}
      inputMode={allowNegative ? "text" : "decimal"}
      autoComplete="off"
      spellCheck={false}
      placeholder={example}
      error={error}
      hideLabel={hideLabel}
      optional={optional}
      hint={
        hint === undefined
          ? `In ${currencyName(currency)}${digits === 0 ? ", whole units" : `, up to ${digits} ${digits === 1 ? "decimal" : "decimals"}`}.`
          : hint
      }
      {...rest}
    />
  );
}
