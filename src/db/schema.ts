import * as accounts from "../modules/accounts/schema.ts";
import * as activity from "../modules/activity/schema.ts";
import * as affiliations from "../modules/affiliations/schema.ts";
import * as budgeting from "../modules/budgeting/schema.ts";
import * as commons from "../modules/commons/schema.ts";
import * as contributions from "../modules/contributions/schema.ts";
import * as decisions from "../modules/decisions/schema.ts";
import * as discussions from "../modules/discussions/schema.ts";
import * as documents from "../modules/documents/schema.ts";
import * as federation from "../modules/federation/schema.ts";
import * as instance from "../modules/instance/schema.ts";
import * as ledger from "../modules/ledger/schema.ts";
import * as mail from "../modules/mail/schema.ts";
import * as memberships from "../modules/memberships/schema.ts";
import * as needs from "../modules/needs/schema.ts";
import * as notifications from "../modules/notifications/schema.ts";
import * as organizations from "../modules/organizations/schema.ts";
import * as phyles from "../modules/phyles/schema.ts";
import * as reciprocity from "../modules/reciprocity/schema.ts";
import * as sharing from "../modules/sharing/schema.ts";
import * as treasury from "../modules/treasury/schema.ts";
import * as value from "../modules/value/schema.ts";

/** Every module's tables, for Drizzle's query builder and drizzle-kit. A new module adds its schema here. */
export const schema = {
  ...accounts,
  ...instance,
  ...organizations,
  ...memberships,
  ...affiliations,
  ...budgeting,
  ...activity,
  ...commons,
  ...documents,
  ...contributions,
  ...needs,
  ...notifications,
  ...federation,
  ...mail,
  ...discussions,
  ...decisions,
  ...ledger,
  ...treasury,
  ...reciprocity,
  ...phyles,
  ...sharing,
  ...value,
};

export * from "../modules/accounts/schema.ts";
export * from "../modules/activity/schema.ts";
export * from "../modules/affiliations/schema.ts";
export * from "../modules/budgeting/schema.ts";
export * from "../modules/commons/schema.ts";
export * from "../modules/contributions/schema.ts";
export * from "../modules/decisions/schema.ts";
export * from "../modules/discussions/schema.ts";
export * from "../modules/documents/schema.ts";
export * from "../modules/federation/schema.ts";
export * from "../modules/instance/schema.ts";
export * from "../modules/ledger/schema.ts";
export * from "../modules/mail/schema.ts";
export * from "../modules/memberships/schema.ts";
export * from "../modules/needs/schema.ts";
export * from "../modules/notifications/schema.ts";
export * from "../modules/organizations/schema.ts";
export * from "../modules/phyles/schema.ts";
export * from "../modules/reciprocity/schema.ts";
export * from "../modules/sharing/schema.ts";
export * from "../modules/treasury/schema.ts";
export * from "../modules/value/schema.ts";
