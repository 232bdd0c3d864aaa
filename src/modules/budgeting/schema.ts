import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  char,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { writtenAt } from "../../db/written-at.ts";
import { people } from "../accounts/schema.ts";
import { commons } from "../commons/schema.ts";
import { organizations } from "../organizations/schema.ts";
import { budgetLines, expenses } from "../treasury/schema.ts";
import type { CallRules, CostItem, Explanation, Location, PabulibLayout } from "./shapes.ts";
import { BALLOT_TYPES, CALL_PHASES, GRANT_STATUSES, PROJECT_STATUSES, VOTER_RULES } from "./values.ts";

export const callPhase = pgEnum("pb_call_phase", CALL_PHASES);
export const ballotType = pgEnum("pb_ballot_type", BALLOT_TYPES);
export const voterRule = pgEnum("pb_voter_rule", VOTER_RULES);
export const projectStatus = pgEnum("pb_project_status", PROJECT_STATUSES);
export const grantStatus = pgEnum("pb_grant_status", GRANT_STATUSES);

const MONEY_RANGE = (c: unknown) => sql`${c} > 0 and ${c} <= 1000000000000000`;

/**
 * A public body's call for citizen projects: its budget (a line of the body's approved budget, so grants
 * are paid within it), its phases' dates, its ballot and the rules that choose the winners.
 */
export const pbCalls = pgTable(
  "pb_calls",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    eligibility: text("eligibility").notNull().default(""),
    budget: bigint("budget", { mode: "bigint" }).notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    budgetLineId: uuid("budget_line_id").references(() => budgetLines.id, { onDelete: "no action" }),
    categories: text("categories").array().notNull().default(sql`'{}'`),
    phase: callPhase("phase").notNull().default("draft"),
    submissionOpens: timestamp("submission_opens", { withTimezone: true }).notNull(),
    reviewOpens: timestamp("review_opens", { withTimezone: true }).notNull(),
    votingOpens: timestamp("voting_opens", { withTimezone: true }).notNull(),
    votingCloses: timestamp("voting_closes", { withTimezone: true }).notNull(),
    implementationOpens: timestamp("implementation_opens", { withTimezone: true }).notNull(),
    ballotType: ballotType("ballot_type").notNull(),
    /** Approval: fewest and most projects; ordinal: ranking length; cumulative: points to give in all and per project. */
    minProjects: smallint("min_projects"),
    maxProjects: smallint("max_projects"),
    /** The knapsack ballot: the approved projects may cost at most this. */
    maxCost: bigint("max_cost", { mode: "bigint" }),
    totalPoints: integer("total_points"),
    maxPointsPerProject: integer("max_points_per_project"),
    voters: voterRule("voters").notNull().default("signed_in"),
    secret: boolean("secret").notNull().default(true),
    rules: jsonb("rules").$type<CallRules>().notNull(),
    /** Imported from a Pabulib file: its META and headers as read, so an export writes the file back unchanged. */
    pabulibMeta: jsonb("pabulib_meta").$type<PabulibLayout>(),
    createdBy: uuid("created_by").references(() => people.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    uniqueIndex("pb_calls_slug_key").on(t.slug),
    index("pb_calls_org_idx").on(t.organizationId, t.createdAt),
    check("pb_calls_budget", MONEY_RANGE(t.budget)),
    check(
      "pb_calls_phase_order",
      sql`${t.submissionOpens} <= ${t.reviewOpens} and ${t.reviewOpens} <= ${t.votingOpens} and ${t.votingOpens} < ${t.votingCloses} and ${t.votingCloses} <= ${t.implementationOpens}`,
    ),
    check(
      "pb_calls_lengths",
      sql`coalesce(${t.minProjects}, 0) >= 0 and coalesce(${t.minProjects}, 0) <= coalesce(${t.maxProjects}, 32767)`,
    ),
    check("pb_calls_points", sql`(${t.ballotType} = 'cumulative') = (${t.totalPoints} is not null) and coalesce(${t.totalPoints}, 1) > 0`),
  ],
);

/** A district with its own share of the call's budget (Warsaw's and Amsterdam's neighbourhoods). */
export const pbDistricts = pgTable(
  "pb_districts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    callId: uuid("call_id")
      .notNull()
      .references(() => pbCalls.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    budget: bigint("budget", { mode: "bigint" }).notNull(),
    position: smallint("position").notNull(),
  },
  (t) => [
    uniqueIndex("pb_districts_name_key").on(t.callId, t.name),
    unique("pb_districts_call_key").on(t.callId, t.id),
    check("pb_districts_budget", MONEY_RANGE(t.budget)),
  ],
);

/** A citizen project. Its author (alone or for an organization) edits it until review; reviewers decide its eligibility. */
export const pbProjects = pgTable(
  "pb_projects",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    callId: uuid("call_id")
      .notNull()
      .references(() => pbCalls.id, { onDelete: "cascade" }),
    /** The project's number within its call, as ballots and Pabulib files name it. */
    number: text("number").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    districtId: uuid("district_id"),
    categories: text("categories").array().notNull().default(sql`'{}'`),
    cost: bigint("cost", { mode: "bigint" }).notNull(),
    costBreakdown: jsonb("cost_breakdown").$type<CostItem[]>().notNull().default([]),
    location: jsonb("location").$type<Location>(),
    images: text("images").array().notNull().default(sql`'{}'`),
    commonsId: uuid("commons_id").references(() => commons.id, { onDelete: "set null" }),
    authorId: uuid("author_id").references(() => people.id, { onDelete: "set null" }),
    organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "set null" }),
    status: projectStatus("status").notNull().default("submitted"),
    reviewReason: text("review_reason"),
    costNote: text("cost_note"),
    reviewedBy: uuid("reviewed_by").references(() => people.id, { onDelete: "set null" }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    supports: integer("supports").notNull().default(0),
    /** An imported project's row of its Pabulib file, every cell as written, and its place there, for the export. */
    pabulibCells: text("pabulib_cells").array(),
    filePosition: integer("file_position"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    uniqueIndex("pb_projects_number_key").on(t.callId, t.number),
    unique("pb_projects_call_key").on(t.callId, t.id),
    index("pb_projects_call_idx").on(t.callId, t.status),
    foreignKey({
      name: "pb_projects_district_fk",
      columns: [t.callId, t.districtId],
      foreignColumns: [pbDistricts.callId, pbDistricts.id],
    }),
    check("pb_projects_cost", MONEY_RANGE(t.cost)),
    check(
      "pb_projects_reviewed",
      sql`${t.status} in ('submitted', 'withdrawn') or (${t.reviewedAt} is not null and ${t.reviewReason} is not null)`,
    ),
  ],
);

/** Who supports a project before the vote (one each). */
export const pbSupports = pgTable(
  "pb_supports",
  {
    projectId: uuid("project_id")
      .notNull()
      .references(() => pbProjects.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [primaryKey({ name: "pb_supports_pkey", columns: [t.projectId, t.personId] })],
);

/**
 * The city's register of eligible voters: each identifier (a resident number…) is kept only as a keyed
 * hash, with the hash of the code sent to that resident; a signed-in person claims one place with its code.
 */
export const pbRegister = pgTable(
  "pb_register",
  {
    callId: uuid("call_id")
      .notNull()
      .references(() => pbCalls.id, { onDelete: "cascade" }),
    identifierHash: char("identifier_hash", { length: 64 }).notNull(),
    codeHash: char("code_hash", { length: 64 }).notNull(),
    claimedBy: uuid("claimed_by").references(() => people.id, { onDelete: "set null" }),
    claimedAt: timestamp("claimed_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: "pb_register_pkey", columns: [t.callId, t.identifierHash] }),
    uniqueIndex("pb_register_code_key").on(t.callId, t.codeHash),
    uniqueIndex("pb_register_claimed_key").on(t.callId, t.claimedBy),
  ],
);

/**
 * One ballot per voter per call (changed in place until voting closes), or a paper ballot entered by
 * the city's staff. A database trigger refuses any ballot written outside the voting phase's dates.
 */
export const pbBallots = pgTable(
  "pb_ballots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    callId: uuid("call_id")
      .notNull()
      .references(() => pbCalls.id, { onDelete: "cascade" }),
    voterId: uuid("voter_id").references(() => people.id, { onDelete: "cascade" }),
    /** An imported ballot's voter id in its file; a paper ballot's number. */
    reference: text("reference"),
    paper: boolean("paper").notNull().default(false),
    enteredBy: uuid("entered_by").references(() => people.id, { onDelete: "set null" }),
    districtId: uuid("district_id"),
    /** An imported vote's row of its Pabulib file, every cell as written (age, sex… included), and its place there. */
    pabulibCells: text("pabulib_cells").array(),
    filePosition: integer("file_position"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    uniqueIndex("pb_ballots_voter_key").on(t.callId, t.voterId),
    uniqueIndex("pb_ballots_reference_key").on(t.callId, t.reference),
    unique("pb_ballots_call_key").on(t.callId, t.id),
    foreignKey({ name: "pb_ballots_district_fk", columns: [t.callId, t.districtId], foreignColumns: [pbDistricts.callId, pbDistricts.id] }),
    check("pb_ballots_someone", sql`${t.voterId} is not null or ${t.reference} is not null`),
  ],
);

/** A ballot's choices: the projects it approves, with their points (cumulative) or rank (ordinal, 1 = best). */
export const pbBallotChoices = pgTable(
  "pb_ballot_choices",
  {
    ballotId: uuid("ballot_id").notNull(),
    callId: uuid("call_id").notNull(),
    projectId: uuid("project_id").notNull(),
    points: integer("points"),
    rank: smallint("rank"),
  },
  (t) => [
    primaryKey({ name: "pb_ballot_choices_pkey", columns: [t.ballotId, t.projectId] }),
    index("pb_ballot_choices_project_idx").on(t.projectId),
    foreignKey({
      name: "pb_ballot_choices_ballot_fk",
      columns: [t.callId, t.ballotId],
      foreignColumns: [pbBallots.callId, pbBallots.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "pb_ballot_choices_project_fk",
      columns: [t.callId, t.projectId],
      foreignColumns: [pbProjects.callId, pbProjects.id],
    }).onDelete("cascade"),
    check("pb_ballot_choices_points", sql`coalesce(${t.points}, 1) > 0 and coalesce(${t.rank}, 1) > 0`),
  ],
);

/** A rule's outcome, computed once when voting closes (or when the city recomputes), with its explanation. */
export const pbResults = pgTable(
  "pb_results",
  {
    callId: uuid("call_id")
      .notNull()
      .references(() => pbCalls.id, { onDelete: "cascade" }),
    rule: text("rule").notNull(),
    /** The winners' project ids, in the order they were chosen. */
    winners: uuid("winners").array().notNull(),
    cost: bigint("cost", { mode: "bigint" }).notNull(),
    ballots: integer("ballots").notNull(),
    explanation: jsonb("explanation").$type<Explanation>().notNull(),
    official: boolean("official").notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    primaryKey({ name: "pb_results_pkey", columns: [t.callId, t.rule] }),
    uniqueIndex("pb_results_one_official").on(t.callId).where(sql`official`),
  ],
);

/** A winning project's grant: the public body funds the project's team (a person or an organization). */
export const pbGrants = pgTable(
  "pb_grants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    callId: uuid("call_id")
      .notNull()
      .references(() => pbCalls.id, { onDelete: "cascade" }),
    projectId: uuid("project_id")
      .notNull()
      .references(() => pbProjects.id, { onDelete: "cascade" }),
    recipientPersonId: uuid("recipient_person_id").references(() => people.id, { onDelete: "set null" }),
    recipientOrganizationId: uuid("recipient_organization_id").references(() => organizations.id, { onDelete: "set null" }),
    recipientName: text("recipient_name").notNull(),
    amount: bigint("amount", { mode: "bigint" }).notNull(),
    status: grantStatus("status").notNull().default("active"),
    progress: smallint("progress").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    uniqueIndex("pb_grants_project_key").on(t.projectId),
    index("pb_grants_call_idx").on(t.callId),
    check("pb_grants_amount", MONEY_RANGE(t.amount)),
    check("pb_grants_progress", sql`${t.progress} between 0 and 100`),
  ],
);

/** A grant's milestones, each with the tranche paid when it is reached; a paid tranche is an expense of the call's budget line. */
export const pbTranches = pgTable(
  "pb_tranches",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    grantId: uuid("grant_id")
      .notNull()
      .references(() => pbGrants.id, { onDelete: "cascade" }),
    position: smallint("position").notNull(),
    milestone: text("milestone").notNull(),
    amount: bigint("amount", { mode: "bigint" }).notNull(),
    dueOn: date("due_on"),
    expenseId: uuid("expense_id").references(() => expenses.id, { onDelete: "no action" }),
    paidAt: timestamp("paid_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("pb_tranches_position_key").on(t.grantId, t.position),
    uniqueIndex("pb_tranches_expense_key").on(t.expenseId),
    check("pb_tranches_amount", MONEY_RANGE(t.amount)),
    check("pb_tranches_paid", sql`(${t.expenseId} is null) = (${t.paidAt} is null)`),
  ],
);

/** A team's progress report on its grant, with links to its evidence. */
export const pbReports = pgTable(
  "pb_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    grantId: uuid("grant_id")
      .notNull()
      .references(() => pbGrants.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => people.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    progress: smallint("progress").notNull(),
    evidence: text("evidence").array().notNull().default(sql`'{}'`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [index("pb_reports_grant_idx").on(t.grantId, t.createdAt), check("pb_reports_progress", sql`${t.progress} between 0 and 100`)],
);
