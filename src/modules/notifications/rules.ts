import { type SQL, sql } from "drizzle-orm";
import type { NotificationKind } from "./values.ts";

/**
 * Who hears of one kind of activity: a query of `person_id`s over the activity row `a` (the columns of
 * the activities table), run for a whole batch of rows at once. The worker keeps only those who may read
 * the activity and did not do it themselves, so a rule names who it concerns, not who may know.
 */
export interface Rule {
  kind: NotificationKind;
  /** The verbs it applies to; none means every verb. */
  verbs: readonly string[];
  /** With no verbs named: a prefix of verbs it leaves out. */
  excludes?: string;
  recipients: SQL;
}

/** Active members of an organization holding one of these roles. */
const holding = (roles: string[]) =>
  sql.raw(`select m.person_id from memberships m
      where m.organization_id = a.organization_id and m.status = 'active' and m.role in (${roles.map((r) => `'${r}'`).join(", ")})`);

const MEMBERSHIP_REQUESTS = ["membership.requested"];
const NEED_CHANGES = ["need.updated", "need.progress", "need.closed", "need.reopened", "need.taken_up", "need.stepped_back", "need.linked"];
const COMMENTS = ["comment.posted"];
const CALL_PHASES = ["call.submission", "call.review", "call.voting", "call.results", "call.implementation"];
const BOOKING_NEWS = [
  "booking.requested",
  "booking.confirmed",
  "booking.approved",
  "booking.declined",
  "booking.cancelled",
  "booking.changed",
  "booking.affected",
  "booking.restored",
];
/** Activities whose object carries a text that may mention people (mentions.ts reads it). */
export const MENTIONING = ["comment.posted", "need.posted"];

/**
 * The rules, most direct first: one activity tells a person once, under the first rule that names
 * them (a reply that mentions you is a mention; a review of your contribution in a commons you follow
 * is a review).
 */
export const RULES: Rule[] = [
  {
    kind: "contribution_reviewed",
    verbs: ["contribution.accepted", "contribution.rejected", "contribution.conflicted"],
    recipients: sql`select c.author_id from contributions c where c.id = a.object_id`,
  },
  {
    kind: "mention",
    verbs: MENTIONING,
    // The handles the worker read from the row's text (mentions.ts), handed to the statement as JSON by activity id.
    recipients: sql`select p.id from people p where p.handle in (select jsonb_array_elements_text(mentions.handles -> a.id::text))`,
  },
  {
    kind: "comment_on_yours",
    verbs: COMMENTS,
    // The author of what the thread discusses: a contribution, a need, a proposal, a participatory budget's
    // project; a document's commons is not a person's.
    recipients: sql`
      select coalesce(c.author_id, n.author_id, p.author_id, b.author_id)
      from threads t
      left join contributions c on t.subject_type = 'contribution' and c.id = t.subject_id
      left join needs n on t.subject_type = 'need' and n.id = t.subject_id
      left join proposals p on t.subject_type = 'proposal' and p.id = t.subject_id
      left join pb_projects b on t.subject_type = 'pb_project' and b.id = t.subject_id
      where t.id = a.target_id`,
  },
  {
    kind: "reply",
    verbs: COMMENTS,
    recipients: sql`
      select t.author_id from threads t where t.id = a.target_id
      union select c.author_id from comments c where c.thread_id = a.target_id
      union select f.person_id from follows f where f.subject_type = 'thread' and f.subject_id = a.target_id`,
  },
  {
    kind: "awaiting_you",
    verbs: ["expense.submitted"],
    recipients: holding(["treasurer"]),
  },
  {
    kind: "awaiting_you",
    verbs: [...MEMBERSHIP_REQUESTS, "affiliation.claimed"],
    recipients: holding(["steward"]),
  },
  {
    kind: "expense_decided",
    verbs: ["expense.approved", "expense.rejected", "expense.paid"],
    recipients: sql`select e.submitted_by from expenses e where e.id = a.object_id
                           union select e.payee_person_id from expenses e where e.id = a.object_id`,
  },
  {
    kind: "expense_decided",
    // A budget approved or rejected decides the expenses waiting on its lines.
    verbs: ["budget.approved", "budget.rejected"],
    recipients: sql`select e.submitted_by from expenses e join budget_lines l on l.id = e.budget_line_id
                           where l.budget_id = a.object_id and e.status = 'submitted'`,
  },
  {
    kind: "agreement_offered",
    verbs: ["agreement.offered"],
    recipients: sql`
      select m.person_id from reciprocity_agreements g
      join memberships m on m.organization_id = case when g.proposed_by_side = 'enterprise' then g.association_id else g.enterprise_id end
      where g.id = a.object_id and m.status = 'active' and m.role = 'steward'`,
  },
  {
    kind: "need_changed",
    verbs: NEED_CHANGES,
    recipients: sql`select n.author_id from needs n where n.id = a.object_id
                           union select t.person_id from need_takers t where t.need_id = a.object_id
                           union select f.person_id from follows f where f.subject_type = 'need' and f.subject_id = a.object_id`,
  },
  {
    kind: "share_credited",
    verbs: ["distribution.posted"],
    recipients: sql`select s.person_id from distribution_shares s where s.distribution_id = a.object_id`,
  },
  {
    kind: "invoice",
    verbs: ["invoice.raised"],
    // The books of both sides: the association's receivable and the enterprise's bill.
    recipients: sql`
      select m.person_id from reciprocity_invoices i join reciprocity_agreements g on g.id = i.agreement_id
      join memberships m on m.organization_id in (g.association_id, g.enterprise_id)
      where i.id = a.object_id and m.status = 'active' and m.role = 'treasurer'`,
  },
  {
    // Shared resources' rows are private: the people they concern are named in their audience
    // (the borrower whose booking the library changed, the owner asked to approve a booking).
    kind: "booking_update",
    verbs: BOOKING_NEWS,
    recipients: sql`select unnest(a.audience)`,
  },
  {
    kind: "waitlist_offer",
    verbs: ["waitlist.offered"],
    recipients: sql`select unnest(a.audience)`,
  },
  {
    // A participatory budget's call moves on: those who submitted to it, supported a project or voted hear of it.
    kind: "budget_call",
    verbs: CALL_PHASES,
    recipients: sql`
      select p.author_id from pb_projects p where p.call_id = a.object_id
      union select s.person_id from pb_supports s join pb_projects p on p.id = s.project_id where p.call_id = a.object_id
      union select b.voter_id from pb_ballots b where b.call_id = a.object_id`,
  },
  {
    kind: "budget_call",
    verbs: ["project.eligible", "project.ineligible"],
    recipients: sql`select p.author_id from pb_projects p where p.id = a.object_id`,
  },
  {
    kind: "budget_call",
    verbs: ["grant.tranche_paid", "grant.planned"],
    recipients: sql`select p.author_id from pb_grants g join pb_projects p on p.id = g.project_id where g.id = a.object_id
      union select m.person_id from pb_grants g join memberships m on m.organization_id = g.recipient_organization_id
      where g.id = a.object_id and m.status = 'active' and m.role in ('steward', 'treasurer')`,
  },
  {
    kind: "decision_opened",
    verbs: ["proposal.opened"],
    // Those who may vote: the electorate fixed when it opened.
    recipients: sql`select e.person_id from proposal_electors e where e.proposal_id = a.object_id`,
  },
  {
    // Everything about what one follows, but for votes: each is one person's act, and on a secret
    // ballot even taking part is theirs to tell.
    kind: "followed",
    verbs: [],
    excludes: "vote.",
    recipients: sql`
      select f.person_id from follows f
      where (f.subject_type::text = a.object_type and f.subject_id = a.object_id)
         or (f.subject_type::text = a.target_type and f.subject_id = a.target_id)
         or (f.subject_type = 'organization' and f.subject_id = a.organization_id)`,
  },
];
