/**
 * Money, exactly. The API sends amounts as minor units in decimal strings ("2500" is 25.00 EUR) and
 * takes them as JSON integers; here they are BigInts, never floating point. Formatting lays the
 * digits into the chosen language's locale with Intl; parsing reads what a person typed by string.
 */
import type { AccountType } from "../../api/schema.ts";
import { currentLanguage, i18n } from "../../i18n/i18n.ts";
import { perLocale } from "../../i18n/intl.ts";
import type { Language } from "../../i18n/languages.ts";
import { fieldProblem } from "./problems.ts";

/** The largest amount one posting or expense may carry, in minor units (the server's limit). */
export const MAX_MINOR = 10n ** 15n;

const digitsCache = new Map<string, number>();

/** Minor-unit digits of a currency: 2 for EUR, 0 for JPY, 3 for KWD. */
export function minorDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsCache.set(currency, digits);
  }
  return digits;
}

/** Per locale (the chosen language's, see formattingLocale), the formatters made so far, by currency and sign display. */
const formattersOf = perLocale((locale) => ({ locale, made: new Map<string, Intl.NumberFormat>() }));

function formatter(currency: string, signDisplay: "auto" | "exceptZero", lang: Language): Intl.NumberFormat {
  const { locale, made: formatters } = formattersOf(lang);
  const key = `${currency}:${signDisplay}`;
  let nf = formatters.get(key);
  if (!nf) {
    const digits = minorDigits(currency);
    try {
      nf = new Intl.NumberFormat(locale, {
        style: "currency",
        currency,
        signDisplay,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
    } catch {
      nf = new Intl.NumberFormat(locale, { signDisplay, minimumFractionDigits: digits, maximumFractionDigits: digits });
    }
    formatters.set(key, nf);
  }
  return nf;
}

const toBig = (amount: string | bigint): bigint => (typeof amount === "bigint" ? amount : BigInt(amount));

/**
 * "123456" EUR → "€1,234.56" ("1 234,56 €" in French: the chosen language's locale), exact for any size. Intl formats the whole
 * part as a BigInt, with its grouping, sign and currency symbol; the fraction digits are ours.
 * `signDisplay: "exceptZero"` writes "+" on positive amounts, for postings and changes.
 */
export function formatMoney(
  amount: string | bigint,
  currency: string,
  opts: { signDisplay?: "auto" | "exceptZero" } = {},
  lang: Language = currentLanguage(),
): string {
  const minor = toBig(amount);
  const digits = minorDigits(currency);
  const negative = minor < 0n;
  const abs = negative ? -minor : minor;
  const scale = 10n ** BigInt(digits);
  const major = abs / scale;
  const fraction = digits ? (abs % scale).toString().padStart(digits, "0") : "";
  // BigInt has no −0: lay out −0.50 as −1.00 and write the 0 back into the whole part.
  const standIn = minor === 0n ? 0n : major === 0n ? 1n : major;
  const parts = formatter(currency, opts.signDisplay ?? "auto", lang).formatToParts(negative ? -standIn : standIn);
  let wroteWhole = false;
  return parts
    .map((p) => {
      if (p.type === "fraction") return fraction;
      if (p.type === "integer" && major === 0n) {
        if (wroteWhole) return "";
        wroteWhole = true;
        return "0";
      }
      return p.value;
    })
    .join("");
}

/** Minor units as a plain decimal in major units, for an input's value: "-1234" EUR → "-12.34". */
export function toDecimal(amount: string | bigint, currency: string): string {
  const minor = toBig(amount);
  const digits = minorDigits(currency);
  const negative = minor < 0n;
  const abs = (negative ? -minor : minor).toString().padStart(digits + 1, "0");
  const whole = digits ? abs.slice(0, -digits) : abs;
  return `${negative ? "-" : ""}${whole}${digits ? `.${abs.slice(-digits)}` : ""}`;
}

export type Parsed = { ok: true; minor: bigint } | { ok: false; message: string };

/**
 * What a person typed ("12.34", "12,5", "1 000", "-3") as minor units, by string manipulation only.
 * One decimal separator, a point or a comma; spaces and apostrophes between digits are ignored;
 * more decimals than the currency has are refused rather than rounded.
 */
export function parseMoney(text: string, currency: string, opts: { allowNegative?: boolean } = {}): Parsed {
  const digits = minorDigits(currency);
  const compact = text
    .trim()
    .replace(/[\s\u00a0\u202f']/g, "")
    .replace(/^\u2212/, "-");
  if (!compact) return { ok: false, message: i18n.t("treasury.money.enterAmount") };
  const match = /^([+-]?)(\d*)(?:[.,](\d*))?$/.exec(compact);
  if (!match || (!match[2] && !match[3])) {
    return {
      ok: false,
      message: i18n.t("treasury.money.format", { example: toDecimal((1250n * 10n ** BigInt(digits)) / 100n, currency) }),
    };
  }
  const [, sign = "", whole = "", fraction = ""] = match;
  if (fraction.length > digits) {
    return {
      ok: false,
      message:
        digits === 0 ? i18n.t("treasury.money.noDecimals", { currency }) : i18n.t("treasury.money.tooManyDecimals", { currency, digits }),
    };
  }
  const minor = BigInt(whole || "0") * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, "0") || "0");
  const signed = sign === "-" ? -minor : minor;
  if (signed < 0n && !opts.allowNegative) return { ok: false, message: i18n.t("treasury.money.positive") };
  if (signed === 0n) return { ok: false, message: i18n.t(opts.allowNegative ? "treasury.money.notZero" : "treasury.money.moreThanZero") };
  if ((signed < 0n ? -signed : signed) > MAX_MINOR) return { ok: false, message: i18n.t("treasury.money.tooLarge") };
  return { ok: true, minor: signed };
}

/**
 * Parses a form's amount for a request body, or throws a validation problem on the field's path so
 * that the form shows it under the field, as it shows the server's. Within ±10^15 a JS number is exact.
 */
export function amountOrThrow(text: string | undefined, currency: string, path: string, opts: { allowNegative?: boolean } = {}): number {
  const parsed = parseMoney(text ?? "", currency, opts);
  if (!parsed.ok) throw fieldProblem(path, parsed.message, i18n.t("treasury.money.checkAmount"));
  return Number(parsed.minor);
}

/** Adds amounts per currency, in first-seen order. */
export function sumByCurrency(items: { amount: string | bigint; currency: string }[]): Map<string, bigint> {
  const sums = new Map<string, bigint>();
  for (const i of items) sums.set(i.currency, (sums.get(i.currency) ?? 0n) + toBig(i.amount));
  return sums;
}

export const addMinor = (...amounts: (string | bigint | undefined)[]): bigint => amounts.reduce<bigint>((a, b) => a + toBig(b ?? 0n), 0n);

/**
 * The sign people expect. Balances come debit-positive, as hledger prints them: assets and expenses
 * are positive, while credit-normal accounts (income, liabilities, equity) come out negative. On the
 * page we flip those three, so income reads as money received, a liability as money owed and equity
 * as what the organization is worth, all positive. A negative after flipping means the account sits
 * on its unusual side (an overdrawn bank account, income refunded beyond what came in, a debt overpaid).
 */
export function naturalBalance(type: AccountType, amount: string | bigint): bigint {
  const debitPositive = toBig(amount);
  return type === "asset" || type === "expense" ? debitPositive : -debitPositive;
}

/** Whole percent of a part of a total, for budget bars: exact integer division, clamped to 0–100. */
export function percentOf(part: string | bigint, total: string | bigint): number {
  const t = toBig(total);
  if (t <= 0n) return 0;
  const p = (toBig(part) * 100n) / t;
  return Number(p < 0n ? 0n : p > 100n ? 100n : p);
}

/**
 * A major-unit number for drawing a chart only (bars need numbers); every figure a person reads
 * comes from formatMoney. Exact up to 2^53 minor units, which is beyond any bar one could see.
 */
export function chartValue(amount: string | bigint, currency: string): number {
  return Number(toBig(amount)) / 10 ** minorDigits(currency);
}

const currencyNames = perLocale((locale) => {
  try {
    return new Intl.DisplayNames(locale, { type: "currency" });
  } catch {
    return null;
  }
});

/** "Euro" for EUR ("euro" in French), or the code when the runtime has no name for it. */
export function currencyName(code: string, lang: Language = currentLanguage()): string {
  return currencyNames(lang)?.of(code) ?? code;
}

/** Every currency the runtime knows (ISO 4217), as the server accepts them. */
export function knownCurrencies(): string[] {
  try {
    return Intl.supportedValuesOf("currency");
  } catch {
    return ["EUR", "USD", "GBP", "CHF", "JPY"];
  }
}
