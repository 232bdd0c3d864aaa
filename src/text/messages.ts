/**
 * Texts the server writes for people (problem details, field messages, explanations), in every
 * language the platform speaks. Each module keeps its own catalogue (`<module>/messages.ts`) made with
 * `defineMessages`: the English texts, and the French ones with exactly the same keys (TypeScript
 * refuses a catalogue with a key missing or extra; `messages.test.ts` checks that both languages use
 * the same ICU arguments). A service builds a `Message` (key and values) and the HTTP layer formats it
 * in the language the request asked for; logs and `Error.message` keep the English.
 *
 * Pure (no Node built-ins): the web app imports the field rules that use it.
 */
import { IntlMessageFormat } from "intl-messageformat";

export const LANGUAGES = ["en", "fr"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "en";

/** Anything that can be written in each language: a catalogue's message, a zod issue's own text. */
export interface Translatable {
  in(language: Language): string;
}

export type MessageValue = string | number | bigint | Date | Translatable;

export interface Catalogue {
  /** The module the texts belong to, for the tests' reports. */
  readonly name: string;
  readonly texts: Readonly<Record<Language, Readonly<Record<string, string>>>>;
}

const catalogues: Catalogue[] = [];
const formats = new Map<string, IntlMessageFormat>();

export class Message implements Translatable {
  readonly catalogue: Catalogue;
  readonly key: string;
  readonly values: Readonly<Record<string, MessageValue>>;

  constructor(catalogue: Catalogue, key: string, values: Readonly<Record<string, MessageValue>> = {}) {
    this.catalogue = catalogue;
    this.key = key;
    this.values = values;
  }

  /** The text in `language`; a value that is itself a message is written in the same language. */
  in(language: Language): string {
    const id = `${language}\u0000${this.catalogue.name}\u0000${this.key}`;
    let format = formats.get(id);
    if (!format) {
      const source = this.catalogue.texts[language][this.key] ?? this.catalogue.texts.en[this.key];
      if (source === undefined) throw new Error(`No text "${this.key}" in the ${this.catalogue.name} messages`);
      // Tags are text: a detail may well say "< 100".
      format = new IntlMessageFormat(source, language, undefined, { ignoreTag: true });
      formats.set(id, format);
    }
    const values: Record<string, string | number | Date> = {};
    for (const [name, value] of Object.entries(this.values)) {
      values[name] = typeof value === "object" && "in" in value ? value.in(language) : typeof value === "bigint" ? value.toString() : value;
    }
    return String(format.format(values));
  }

  toString(): string {
    return this.in(DEFAULT_LANGUAGE);
  }
}

/** A text to show: a message, or a string that needs no translation (a name, a path, data). */
export type Text = Translatable | string;

export const textIn = (text: Text, language: Language): string => (typeof text === "string" ? text : text.in(language));
export const english = (text: Text): string => textIn(text, DEFAULT_LANGUAGE);

/**
 * One module's texts. The French must have exactly the English keys. Returns the function that
 * builds a message: `t("notFound", { what: t("proposal") })`.
 */
export function defineMessages<const Keys extends string>(
  name: string,
  en: Record<Keys, string>,
  fr: NoInfer<Record<Keys, string>>,
): (key: Keys, values?: Record<string, MessageValue>) => Message {
  const catalogue: Catalogue = { name, texts: { en, fr } };
  catalogues.push(catalogue);
  return (key, values = {}) => new Message(catalogue, key, values);
}

/** Every catalogue loaded so far (the tests import every module first). */
export const loadedCatalogues = (): readonly Catalogue[] => catalogues;

/**
 * Field rules are zod schemas, whose messages are strings fixed when the schema is built. `rule`
 * gives zod the English text and remembers the message behind it, so that a validation problem can
 * be written in the request's language (`ruleMessage`).
 */
const rules = new Map<string, Message>();

export function rule(message: Message): string {
  const english = message.in(DEFAULT_LANGUAGE);
  rules.set(english, message);
  return english;
}

/** The message a field rule's English text came from, if it came from one. */
export const ruleMessage = (english: string): Message | undefined => rules.get(english);
