import { sql } from "drizzle-orm";
import {
  check,
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
  uuid,
} from "drizzle-orm/pg-core";
import { writtenAt } from "../../db/written-at.ts";
import { people } from "../accounts/schema.ts";
import { role } from "../memberships/schema.ts";
import { organizations } from "../organizations/schema.ts";
import { METHODS, type TallyResult } from "./tally.ts";
import { BALLOTS, OUTCOMES, PROPOSAL_STATUSES } from "./values.ts";

export { BALLOTS, OUTCOMES, PROPOSAL_STATUSES };

export const decisionMethod = pgEnum("decision_method", METHODS);
export const proposalStatus = pgEnum("proposal_status", PROPOSAL_STATUSES);
export const ballotVisibility = pgEnum("ballot_visibility", BALLOTS);
export const decisionOutcome = pgEnum("decision_outcome", OUTCOMES);

/**
 * A question put to an organization's members. Its definition is fixed once voting opens (a trigger
 * keeps it so), its electorate is frozen into `proposal_electors` at that moment, and its result is
 * written once, when it closes.
 */
export const proposals = pgTable(
  "proposals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => people.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    /** Sanitized HTML rendered from `body` when it is written. */
    html: text("html").notNull().default(""),
    method: decisionMethod("method").notNull(),
    /** Option labels for approval, score and ranked voting; empty for yes/no methods. */
    options: text("options").array().notNull().default(sql`'{}'::text[]`),
    thresholdNumerator: smallint("threshold_numerator"),
    thresholdDenominator: smallint("threshold_denominator"),
    scoreMax: smallint("score_max"),
    /** Who may vote: active members holding one of these roles; null means every active member. */
    electorateRoles: role("electorate_roles").array(),
    quorumPercent: smallint("quorum_percent").notNull().default(0),
    ballot: ballotVisibility("ballot").notNull().default("public"),
    opensAt: timestamp("opens_at", { withTimezone: true }).notNull(),
    closesAt: timestamp("closes_at", { withTimezone: true }).notNull(),
    status: proposalStatus("status").notNull().default("scheduled"),
    /** Set when voting opens: how many members the electorate was frozen with. */
    electorateSize: integer("electorate_size"),
    openedAt: timestamp("opened_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    outcome: decisionOutcome("outcome"),
    result: jsonb("result").$type<TallyResult>(),
    cancelledReason: text("cancelled_reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(writtenAt),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    index("proposals_org_idx").on(t.organizationId, t.createdAt, t.id),
    index("proposals_due_idx").on(t.status, t.closesAt).where(sql`status in ('scheduled', 'open')`),
    check("proposals_window", sql`${t.closesAt} > ${t.opensAt}`),
    check("proposals_quorum", sql`${t.quorumPercent} between 0 and 100`),
    check(
      "proposals_threshold",
      sql`(${t.method} = 'supermajority') = (${t.thresholdNumerator} is not null and ${t.thresholdDenominator} is not null)
          and (${t.thresholdNumerator} is null or (${t.thresholdNumerator} > 0 and ${t.thresholdDenominator} > 0 and ${t.thresholdNumerator} <= ${t.thresholdDenominator}))`,
    ),
    check(
      "proposals_score_max",
      sql`(${t.method} = 'score') = (${t.scoreMax} is not null) and (${t.scoreMax} is null or ${t.scoreMax} between 1 and 100)`,
    ),
    check(
      "proposals_options",
      sql`case when ${t.method} in ('approval', 'score', 'ranked') then cardinality(${t.options}) between 2 and 20 else cardinality(${t.options}) = 0 end`,
    ),
    check(
      "proposals_closed_result",
      sql`(${t.status} = 'closed') = (${t.outcome} is not null and ${t.result} is not null and ${t.closedAt} is not null)`,
    ),
    check(
      "proposals_opened",
      sql`${t.status} = 'scheduled' or ${t.status} = 'cancelled' or (${t.electorateSize} is not null and ${t.openedAt} is not null)`,
    ),
  ],
);

/** The members who may vote on a proposal, frozen when voting opens. */
export const proposalElectors = pgTable(
  "proposal_electors",
  {
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ name: "proposal_electors_pkey", columns: [t.proposalId, t.personId] }),
    index("proposal_electors_person_idx").on(t.personId),
  ],
);

/**
 * One vote per elector and proposal: the primary key makes a second one impossible, and the foreign
 * key to `proposal_electors` makes a vote by anyone outside the frozen electorate impossible. A trigger
 * refuses votes outside the voting window.
 */
export const votes = pgTable(
  "votes",
  {
    proposalId: uuid("proposal_id").notNull(),
    personId: uuid("person_id").notNull(),
    /** Yes/no methods: the answer (yes, no, abstain, consent, object, agree, disagree, block). */
    answer: text("answer"),
    /** Approval: the approved option indexes. Ranked: the ranking, most preferred first. */
    options: smallint("options").array(),
    /** Score: the score given to each option, in option order. */
    scores: smallint("scores").array(),
    reason: text("reason"),
    changes: integer("changes").notNull().default(0),
    castAt: timestamp("cast_at", { withTimezone: true }).notNull().default(writtenAt),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().default(writtenAt),
  },
  (t) => [
    primaryKey({ name: "votes_pkey", columns: [t.proposalId, t.personId] }),
    foreignKey({
      name: "votes_elector_fk",
      columns: [t.proposalId, t.personId],
      foreignColumns: [proposalElectors.proposalId, proposalElectors.personId],
    }).onDelete("cascade"),
    index("votes_person_idx").on(t.personId),
    check("votes_one_shape", sql`num_nonnulls(${t.answer}, ${t.options}, ${t.scores}) = 1`),
    check(
      "votes_reason",
      sql`${t.answer} is null or ${t.answer} not in ('object', 'block') or length(btrim(coalesce(${t.reason}, ''))) > 0`,
    ),
  ],
);
