/**
 * Every catalogue, imported statically so it is in the bundle: no fetching (the CSP allows only
 * 'self', and a page should never show keys while a catalogue loads). One JSON file per language
 * and namespace; a key's first segment is its namespace ("account.password.new" is in account.json).
 */
import enAccount from "./locales/en/account.json";
import enActivity from "./locales/en/activity.json";
import enAuth from "./locales/en/auth.json";
import enBudgets from "./locales/en/budgets.json";
import enCommon from "./locales/en/common.json";
import enCommons from "./locales/en/commons.json";
import enContributions from "./locales/en/contributions.json";
import enDecisions from "./locales/en/decisions.json";
import enDiscussions from "./locales/en/discussions.json";
import enFederation from "./locales/en/federation.json";
import enFormat from "./locales/en/format.json";
import enHome from "./locales/en/home.json";
import enNeeds from "./locales/en/needs.json";
import enNotifications from "./locales/en/notifications.json";
import enOrgs from "./locales/en/orgs.json";
import enPhyles from "./locales/en/phyles.json";
import enReciprocity from "./locales/en/reciprocity.json";
import enSharing from "./locales/en/sharing.json";
import enTreasury from "./locales/en/treasury.json";
import enValue from "./locales/en/value.json";
import frAccount from "./locales/fr/account.json";
import frActivity from "./locales/fr/activity.json";
import frAuth from "./locales/fr/auth.json";
import frBudgets from "./locales/fr/budgets.json";
import frCommon from "./locales/fr/common.json";
import frCommons from "./locales/fr/commons.json";
import frContributions from "./locales/fr/contributions.json";
import frDecisions from "./locales/fr/decisions.json";
import frDiscussions from "./locales/fr/discussions.json";
import frFederation from "./locales/fr/federation.json";
import frFormat from "./locales/fr/format.json";
import frHome from "./locales/fr/home.json";
import frNeeds from "./locales/fr/needs.json";
import frNotifications from "./locales/fr/notifications.json";
import frOrgs from "./locales/fr/orgs.json";
import frPhyles from "./locales/fr/phyles.json";
import frReciprocity from "./locales/fr/reciprocity.json";
import frSharing from "./locales/fr/sharing.json";
import frTreasury from "./locales/fr/treasury.json";
import frValue from "./locales/fr/value.json";

/** English is the reference: every other language has exactly its keys (catalogue.test.ts). */
const en = {
  common: enCommon,
  format: enFormat,
  auth: enAuth,
  account: enAccount,
  home: enHome,
  orgs: enOrgs,
  activity: enActivity,
  commons: enCommons,
  contributions: enContributions,
  decisions: enDecisions,
  treasury: enTreasury,
  discussions: enDiscussions,
  federation: enFederation,
  needs: enNeeds,
  notifications: enNotifications,
  phyles: enPhyles,
  reciprocity: enReciprocity,
  value: enValue,
  sharing: enSharing,
  budgets: enBudgets,
};

export type Namespace = keyof typeof en;
export type Catalogue = { [N in Namespace]: Record<keyof (typeof en)[N], string> };

/** `satisfies` makes a key missing from French a compile error too, not only a failing test. */
const fr = {
  common: frCommon,
  format: frFormat,
  auth: frAuth,
  account: frAccount,
  home: frHome,
  orgs: frOrgs,
  activity: frActivity,
  commons: frCommons,
  contributions: frContributions,
  decisions: frDecisions,
  treasury: frTreasury,
  discussions: frDiscussions,
  federation: frFederation,
  needs: frNeeds,
  notifications: frNotifications,
  phyles: frPhyles,
  reciprocity: frReciprocity,
  value: frValue,
  sharing: frSharing,
  budgets: frBudgets,
} satisfies Catalogue;

export const resources = { en, fr } satisfies Record<string, Catalogue>;

export const NAMESPACES = Object.keys(en) as Namespace[];

/** Any key of any namespace: what `t()` accepts, and what label maps point at. */
export type MessageKey = { [N in Namespace]: keyof (typeof en)[N] }[Namespace] & string;
