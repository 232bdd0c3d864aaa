/**
 * Every catalogue, imported statically so it is in the bundle: no fetching (the CSP allows only
 * 'self', and a page should never show keys while a catalogue loads). One JSON file per language
 * and namespace; a key's first segment is its namespace ("account.password.new" is in account.json).
 */
import enAccount from "./locales/en/account.json";
import enAuth from "./locales/en/auth.json";
import enCommon from "./locales/en/common.json";
import enFormat from "./locales/en/format.json";
import enHome from "./locales/en/home.json";
import frAccount from "./locales/fr/account.json";
import frAuth from "./locales/fr/auth.json";
import frCommon from "./locales/fr/common.json";
import frFormat from "./locales/fr/format.json";
import frHome from "./locales/fr/home.json";

/** English is the reference: every other language has exactly its keys (catalogue.test.ts). */
const en = { common: enCommon, format: enFormat, auth: enAuth, account: enAccount, home: enHome };

export type Namespace = keyof typeof en;
export type Catalogue = { [N in Namespace]: Record<keyof (typeof en)[N], string> };

/** `satisfies` makes a key missing from French a compile error too, not only a failing test. */
const fr = { common: frCommon, format: frFormat, auth: frAuth, account: frAccount, home: frHome } satisfies Catalogue;

export const resources = { en, fr } satisfies Record<string, Catalogue>;

export const NAMESPACES = Object.keys(en) as Namespace[];

/** Any key of any namespace: what `t()` accepts, and what label maps point at. */
export type MessageKey = { [N in Namespace]: keyof (typeof en)[N] }[Namespace] & string;
