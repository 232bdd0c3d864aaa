/**
 * The catalogues are complete and well-formed, so a missing or broken translation fails CI rather
 * than showing a key or English to someone who chose French:
 * (a) every language has exactly English's keys, namespace by namespace;
 * (b) every key the web app's source names exists (the source is scanned as text);
 * (c) every message parses as ICU and uses the same arguments (and Trans tags) in every language.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import IntlMessageFormat from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { pluralsLackOther, sampleValues, signature } from "../../../src/text/icu.ts";
import { LANGUAGES } from "./languages.ts";
import { NAMESPACES, resources } from "./resources.ts";

const WEB_SRC = join(import.meta.dirname, "..");

type Messages = Record<string, string>;
const catalogue = (lang: string, ns: string): Messages =>
  (resources as unknown as Record<string, Record<string, Messages>>)[lang]?.[ns] ?? {};
const english = (ns: string) => catalogue("en", ns);
const others = LANGUAGES.filter((l) => l !== "en");

describe("(a) every language has exactly the English keys", () => {
  for (const lang of others) {
    for (const ns of NAMESPACES) {
      it(`${lang}/${ns}.json`, () => {
        const keys = Object.keys(catalogue(lang, ns));
        const reference = Object.keys(english(ns));
        expect(
          reference.filter((k) => !keys.includes(k)),
          `keys missing from ${lang}/${ns}.json`,
        ).toEqual([]);
        expect(
          keys.filter((k) => !reference.includes(k)),
          `keys in ${lang}/${ns}.json that English lacks`,
        ).toEqual([]);
      });
    }
  }

  it("every key starts with its namespace, so the scan below and a reader both know where it lives", () => {
    const misplaced = NAMESPACES.flatMap((ns) => Object.keys(english(ns)).filter((k) => !k.startsWith(`${ns}.`)));
    expect(misplaced).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.(test|gen|d)\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const NS = NAMESPACES.join("|");
const PATTERNS = [
  /\bt\(\s*["']([^"']+)["']/g, // t("…"), i18n.t("…")
  /\bi18nKey=\{?\s*["']([^"']+)["']/g, // <Trans i18nKey="…">
  // Keys held as map values: labels<Kind>({ community: "format.kind.community" }). Only after a colon, so
  // server values that look alike (activity verbs such as case "commons.created":) are not taken for keys.
  new RegExp(`:\\s*["']((?:${NS})\\.[A-Za-z0-9_.]+)["']`, "g"),
];

describe("(b) every key the source names exists", () => {
  const files = sourceFiles(WEB_SRC);
  const used = files.flatMap((file) => {
    const text = readFileSync(file, "utf8");
    const keys = new Set(PATTERNS.flatMap((re) => [...text.matchAll(re)].map((m) => m[1] ?? "")));
    return [...keys].map((key) => ({ key, where: relative(WEB_SRC, file) }));
  });

  it("finds the keys (an empty scan would pass anything)", () => {
    expect(used.length).toBeGreaterThan(100);
  });

  it("each is in the English catalogue of its namespace (and so, by (a), in every language)", () => {
    const missing = used.filter(({ key }) => !Object.hasOwn(english(key.split(".")[0] ?? ""), key));
    expect(missing).toEqual([]);
  });

  it("no key is built at run time from a template, where this scan could not see it", () => {
    const built = files.filter((file) => /\bt\(\s*`|\bi18nKey=\{\s*`/.test(readFileSync(file, "utf8")));
    expect(built.map((f) => relative(WEB_SRC, f))).toEqual([]);
  });
});

/** The runtime parses as i18next-icu does (tags are text, for <Trans>); tags must still match across languages. */
const parse = (message: string, lang: string) => new IntlMessageFormat(message, lang, undefined, { ignoreTag: true });
/**
 * <Trans> renders a tag named like an HTML void element (<link>, <img>, <input>…) as that element,
 * empty: the words meant to be inside it show after it. Such names must not be used.
 */
const VOID_ELEMENTS = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

const tags = (message: string) => [...new Set([...message.matchAll(/<\/?([A-Za-z0-9]+)\s*\/?>/g)].map((m) => m[1]))].sort();

describe("(c) every message is valid ICU with the same arguments in every language", () => {
  for (const ns of NAMESPACES) {
    for (const [key, en] of Object.entries(english(ns))) {
      it(key, () => {
        const reference = signature(parse(en, "en").getAst());
        expect(pluralsLackOther(parse(en, "en").getAst()), "a plural without an other case").toBe(false);
        for (const lang of LANGUAGES) {
          const message = catalogue(lang, ns)[key];
          if (message === undefined) continue; // (a) reports it
          const format = parse(message, lang);
          expect([...signature(format.getAst())].sort(), `${lang}: arguments of ${key}`).toEqual([...reference].sort());
          expect(tags(message), `${lang}: tags of ${key}`).toEqual(tags(en));
          expect(
            tags(message).filter((t) => VOID_ELEMENTS.includes(t ?? "")),
            `${lang}: ${key} names a void element`,
          ).toEqual([]);
          // An ASCII apostrophe before a brace quotes it (ICU escaping): the argument would show as text.
          expect(String(format.format(sampleValues(reference) as never)), `${lang}: ${key} leaves a brace`).not.toMatch(/[{}]/);
        }
      });
    }
  }
});
