/**
 * What the catalogue tests compare between languages: the arguments an ICU message uses, whether its
 * plurals all have an `other` case, and sample values that exercise every argument. Shared by the web
 * app's catalogue test and the server's (src/text/messages.test.ts).
 */
import type { IntlMessageFormat } from "intl-messageformat";

type Element = ReturnType<IntlMessageFormat["getAst"]>[number];
/** The parser's element types (intl-messageformat's TYPE enum): argument, number, date, time, select, plural, tag. */
const KIND: Record<number, string> = { 1: "argument", 2: "number", 3: "date", 4: "time", 5: "select", 6: "plural", 8: "tag" };

/** "name:kind" for every argument, nested cases included; a select's cases count too (its values come from code). */
export function signature(elements: Element[], out = new Set<string>()): Set<string> {
  for (const el of elements) {
    const kind = KIND[el.type];
    if (kind && "value" in el && typeof el.value === "string") out.add(`${el.value}:${kind}`);
    if ("options" in el) {
      for (const [selector, option] of Object.entries(el.options)) {
        if (kind === "select") out.add(`${"value" in el ? el.value : ""}=${selector}`);
        signature(option.value, out);
      }
    }
    if ("children" in el) signature(el.children, out);
  }
  return out;
}

export const pluralsLackOther = (elements: Element[]): boolean =>
  elements.some(
    (el) =>
      ("options" in el &&
        ((KIND[el.type] === "plural" && !("other" in el.options)) || Object.values(el.options).some((o) => pluralsLackOther(o.value)))) ||
      ("children" in el && pluralsLackOther(el.children)),
  );

/** A value of the right type for each argument, so formatting exercises every message fully. */
export function sampleValues(sig: Set<string>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const entry of sig) {
    const [name = "", kind] = entry.split(":");
    if (kind === "number" || kind === "plural") values[name] = 2;
    else if (kind === "date" || kind === "time") values[name] = new Date(Date.UTC(2026, 2, 12));
    else if (kind) values[name] ??= "x";
  }
  return values;
}
