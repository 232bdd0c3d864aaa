/**
 * The server's catalogues are complete and well-formed, and the server writes no text for people
 * outside them:
 * (a) every module's messages parse as ICU and use the same arguments in English and French (the keys
 *     themselves are checked by TypeScript: `defineMessages` refuses a missing or extra French key);
 * (b) French uses the typographic apostrophe, so no ASCII one can quote an argument away (ICU escaping);
 * (c) no problem detail, field message or rule message is written as an English literal in the code.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { beforeAll, describe, expect, it } from "vitest";
import { pluralsLackOther, sampleValues, signature } from "./icu.ts";
import { LANGUAGES, loadedCatalogues } from "./messages.ts";

const SRC = join(import.meta.dirname, "..");

function files(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path, keep);
    return keep(entry.name) ? [path] : [];
  });
}

const catalogueFiles = files(SRC, (name) => name === "messages.ts" && !SRC.endsWith(name)).filter(
  (f) => f !== join(SRC, "text/messages.ts"),
);
// The demo world's content, the operator's CLI and the settings' errors (read by the operator at start) are English by design (README, Limits).
const EXEMPT = ["test", "demo", "cli", "config.ts"].map((dir) => join(SRC, dir));
const sourceFiles = files(SRC, (name) => name.endsWith(".ts") && !name.endsWith(".test.ts")).filter(
  (f) => !EXEMPT.some((dir) => f.startsWith(dir)) && !f.endsWith("messages.ts"),
);

beforeAll(async () => {
  for (const file of catalogueFiles) await import(file);
});

const parse = (message: string, lang: string) => new IntlMessageFormat(message, lang, undefined, { ignoreTag: true });

describe("(a, b) every message is valid ICU with the same arguments in every language", () => {
  it("finds the catalogues (an empty list would pass anything)", () => {
    expect(catalogueFiles.length).toBeGreaterThan(5);
    expect(loadedCatalogues().length).toBe(catalogueFiles.length);
  });

  it("each catalogue", () => {
    const problems: string[] = [];
    for (const { name, texts } of loadedCatalogues()) {
      for (const [key, en] of Object.entries(texts.en)) {
        const reference = signature(parse(en, "en").getAst());
        if (pluralsLackOther(parse(en, "en").getAst())) problems.push(`${name}.${key}: a plural without an other case`);
        for (const lang of LANGUAGES) {
          const message = texts[lang][key];
          if (message === undefined) {
            problems.push(`${name}.${key}: missing in ${lang}`);
            continue;
          }
          const format = parse(message, lang);
          const args = [...signature(format.getAst())].sort().join(", ");
          if (args !== [...reference].sort().join(", ")) problems.push(`${name}.${key} (${lang}): arguments ${args}`);
          if (lang !== "en" && message.includes("'")) problems.push(`${name}.${key} (${lang}): an ASCII apostrophe; write ’`);
          const out = String(format.format(sampleValues(reference) as never));
          if (/[{}]/.test(out)) problems.push(`${name}.${key} (${lang}): leaves a brace: ${out}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

/**
 * Places where a text for people would be an English literal: an AppError's detail, a field error's
 * message, a zod rule's message. Each match must become a catalogue message.
 */
const LITERAL_TEXTS: { what: string; re: RegExp }[] = [
  { what: "AppError detail", re: /new AppError\(\s*\d+,\s*"[a-z-]+",\s*["`'](?=[^"`']*\s)/g },
  { what: "AppError helper", re: /AppError\.(?:notFound|forbidden|conflict)\(\s*["`']/g },
  { what: "AppError.validation message", re: /AppError\.validation\(\s*[^,()]+,\s*["`']/g },
  { what: "field error message", re: /\bmessage:\s*["`'](?=[^"`']*\s)/g },
  {
    what: "zod rule message",
    re: /\.(?:min|max|length|regex|refine|superRefine|email|url|uuid|int|positive|nonnegative|date|datetime|multipleOf|gte|lte|gt|lt|startsWith|endsWith|includes)\([^()]*(?:\([^()]*\)[^()]*)*,\s*["`'](?=[^"`']*\s)/g,
  },
  { what: "zod error option", re: /\berror:\s*["`'](?=[^"`']*\s)/g },
];

describe("(c) no text for people is an English literal", () => {
  it("scans the server's source", () => {
    const found: string[] = [];
    for (const file of sourceFiles) {
      const text = readFileSync(file, "utf8");
      for (const { what, re } of LITERAL_TEXTS) {
        for (const m of text.matchAll(re)) {
          const line = text.slice(0, m.index).split("\n").length;
          found.push(`${relative(SRC, file)}:${line} ${what}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
