import type { InputHTMLAttributes, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../Field.tsx";
import { currencyName, minorDigits } from "./money.ts";

/**
 * The one amount field: text (not type="number", which rounds through floating point and drops
 * what it cannot parse), labelled with its currency. Its value is parsed exactly with parseMoney or
 * amountOrThrow when the form is submitted.
 */
export function AmountInput({
  currency,
  label,
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
  const { t } = useTranslation();
  const digits = minorDigits(currency);
  const example = digits === 0 ? "1500" : `12.${"5".padEnd(digits, "0")}`;
  return (
    <Field
      label={t("treasury.amount.label", { label: label ?? t("treasury.amount.amount"), currency })}
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
          ? digits === 0
            ? t("treasury.amount.hintWhole", { name: currencyName(currency) })
            : t("treasury.amount.hintDecimals", { name: currencyName(currency), digits })
          : hint
      }
      {...rest}
    />
  );
}
