import { useTranslation } from "react-i18next";
import { Field } from "../Field.tsx";
import { currencyName } from "./money.ts";

/**
 * The currency of an amount: a select among the given currencies, or (with only one) a hidden
 * input, since the amount's label already names it.
 */
export function CurrencyField({
  currencies,
  value,
  onChange,
  name = "currency",
  label,
  error,
  hint,
}: {
  currencies: string[];
  value: string;
  onChange: (currency: string) => void;
  name?: string;
  label?: string;
  error?: string | undefined;
  hint?: string;
}) {
  const { t } = useTranslation();
  if (currencies.length <= 1 && currencies[0] === value && !error) return <input type="hidden" name={name} value={value} />;
  return (
    <Field
      as="select"
      label={label ?? t("treasury.currency.label")}
      name={name}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
      hint={hint}
    >
      {currencies.map((c) => (
        <option key={c} value={c}>
          {t("treasury.currency.option", { code: c, name: currencyName(c) })}
        </option>
      ))}
    </Field>
  );
}
