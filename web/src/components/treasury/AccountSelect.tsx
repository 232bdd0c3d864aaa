import type { ReactNode, SelectHTMLAttributes } from "react";
import type { Account, AccountType } from "../../api/schema.ts";
import { Field } from "../Field.tsx";
import { ACCOUNT_TYPE_HEADING, ACCOUNT_TYPES } from "./labels.ts";

/** "Bank account (assets:bank)" */
export const accountLabel = (a: { code: string; name: string }) => `${a.name} (${a.code})`;

/**
 * The one account picker: the books' accounts of the given types, grouped by type, optionally only
 * those that hold a currency. Its value is the account's code, as the API takes it.
 */
export function AccountSelect({
  accounts,
  types = ACCOUNT_TYPES,
  currency,
  label,
  name,
  error,
  hint,
  placeholder,
  hideLabel,
  ...rest
}: {
  accounts: Account[];
  types?: readonly AccountType[];
  currency?: string | undefined;
  label: string;
  name: string;
  error?: string | undefined;
  hint?: ReactNode;
  /** An empty first choice, e.g. "Choose an account". */
  placeholder?: string;
  hideLabel?: boolean;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "className">) {
  const usable = accounts.filter((a) => types.includes(a.type) && (!currency || a.currencies.includes(currency)));
  const groups = types.map((t) => ({ type: t, items: usable.filter((a) => a.type === t) })).filter((g) => g.items.length > 0);
  const options = (items: Account[]) =>
    items.map((a) => (
      <option key={a.id} value={a.code}>
        {accountLabel(a)}
      </option>
    ));
  return (
    <Field as="select" label={label} name={name} error={error} hint={hint} hideLabel={hideLabel} {...rest}>
      {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
      {groups.length === 1
        ? options(groups[0]?.items ?? [])
        : groups.map((g) => (
            <optgroup key={g.type} label={ACCOUNT_TYPE_HEADING[g.type]}>
              {options(g.items)}
            </optgroup>
          ))}
    </Field>
  );
}
