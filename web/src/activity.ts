/**
 * Activity log rows as sentences: "Ada Lovelace joined Open Lab". A sentence is a list
 * of parts, plain text or links, so the feed can render links without building HTML.
 * Each sentence is one ICU message (activity.json) whose linked names are placeholders: the
 * language puts them where its word order wants them, and the links are put back in here.
 */

import type { Activity, Role } from "./api/schema.ts";
import { formatMoney } from "./components/treasury/money.ts";
import { formatPeriod, isKeyOf, KIND_LABEL, ROLE_LABEL } from "./format.ts";
import { i18n } from "./i18n/i18n.ts";

export type Part = string | { text: string; to: string };

const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

function roleWord(v: unknown): Role | undefined {
  const role = str(v);
  return isKeyOf(ROLE_LABEL, role) ? role : undefined;
}

const money = (d: Record<string, unknown>) => {
  const amount = str(d.amount);
  const currency = str(d.currency);
  return amount && currency ? formatMoney(amount, currency) : i18n.t("activity.fallback.amount");
};

const documentPart = (doc: NonNullable<Activity["document"]>): Part => ({
  text: doc.title,
  to: `/commons/${doc.commons}/documents/${encodeURIComponent(doc.path)}`,
});

/**
 * The commons by its title: the API joins it in (`a.commons`). Rows about a commons also carry its title
 * from when they were written; the slug is the last resort, for a row whose commons is no longer there.
 */
function commonsPart(a: Activity, title: string | undefined): Part {
  if (a.commons) return { text: a.commons.title, to: `/commons/${a.commons.slug}` };
  const slug = a.objectType === "commons" ? str(a.data.slug) : str(a.data.commons);
  if (!slug) return i18n.t("activity.fallback.commons");
  return { text: (a.objectType === "commons" ? title : undefined) ?? slug, to: `/commons/${slug}` };
}

/** Links travel through the message as markers, "\uE000<index>\uE000", and are put back after formatting. */
const MARKER = /\uE000(\d+)\uE000/;

type Link = (p: Part) => string;

function sentence(render: (link: Link) => string): Part[] {
  const links: Part[] = [];
  const link: Link = (p) => {
    if (typeof p === "string") return p;
    links.push(p);
    return `\uE000${links.length - 1}\uE000`;
  };
  const text = render(link);
  return text
    .split(MARKER)
    .flatMap((piece, i): Part[] => (i % 2 === 1 ? [links[Number(piece)] ?? ""] : piece ? [piece] : []))
    .filter((p) => p !== "");
}

export function describeActivity(a: Activity, instanceName: string): Part[] {
  return sentence((link) => sentenceText(a, instanceName, link));
}

function sentenceText(a: Activity, instanceName: string, link: Link): string {
  const t = i18n.t;
  const d = a.data;
  const actor = link(a.actor ? { text: a.actor.name, to: `/people/${a.actor.handle}` } : t("activity.fallback.someoneStart"));
  const slug = a.organization?.slug ?? str(d.slug);
  const orgName = a.organization?.name ?? str(d.name) ?? slug ?? t("activity.fallback.organization");
  const org = link(slug ? { text: orgName, to: `/orgs/${slug}` } : orgName);
  const handle = str(d.handle);
  const self = Boolean(handle && a.actor && handle === a.actor.handle);
  const person = link(handle ? { text: `@${handle}`, to: `/people/${handle}` } : t("activity.fallback.someone"));
  const role = roleWord(d.role);
  const roleLabel = (role ? ROLE_LABEL[role] : ROLE_LABEL.member).toLowerCase();
  const kind = str(d.kind) ?? a.organization?.kind;
  const title = str(d.title);
  const commonsLink: Part = commonsPart(a, title);
  const commons = link(commonsLink);
  const contribution = link({
    text: t("activity.quoted", { title: title ?? t("activity.fallback.proposal") }),
    to: `/contributions/${a.objectId}`,
  });
  // A contribution to a document names the document, with its commons beside it.
  const where = a.document ? t("activity.documentInCommons", { document: link(documentPart(a.document)), commons }) : commons;
  const originSlug = a.origin?.slug ?? str(d.origin);
  const origin = originSlug ? link({ text: a.origin?.title ?? originSlug, to: `/commons/${originSlug}` }) : undefined;
  const agreement = link({ text: t("activity.agreement.link"), to: `/agreements/${a.objectId}` });

  switch (a.verb) {
    case "instance.set_up":
      return t("activity.instance.setUp", { actor, name: str(d.name) ?? instanceName });
    case "instance.updated":
      return t("activity.instance.updated", { actor });
    case "federation.follow_accepted":
      return t("activity.federation.followAccepted", { actor, handle: str(d.handle) ?? "" });
    case "federation.follow_refused":
      return t("activity.federation.followRefused", { actor, handle: str(d.handle) ?? "" });
    case "federation.blocked":
      return t("activity.federation.blocked", { actor, target: str(d.target) ?? "" });
    case "person.joined":
      return t("activity.person.joined", { actor, instance: instanceName });
    case "person.updated":
      return t("activity.person.updated", { actor });
    case "organization.created":
      return isKeyOf(KIND_LABEL, kind)
        ? t("activity.organization.createdKind", { actor, kind, org })
        : t("activity.organization.created", { actor, org });
    case "organization.updated":
      return t("activity.organization.updated", { actor, org });
    case "membership.joined":
      return t("activity.membership.joined", { actor, org });
    case "membership.requested":
      return t("activity.membership.requested", { actor, org });
    case "membership.invited":
      return role && role !== "member"
        ? t("activity.membership.invitedAs", { actor, person, org, role: roleLabel })
        : t("activity.membership.invited", { actor, person, org });
    case "membership.approved":
      return t("activity.membership.approved", { actor, person, org });
    case "membership.role_changed":
      return self
        ? t("activity.membership.becameRole", { actor, org, role: roleLabel })
        : t("activity.membership.madeRole", { actor, person, org, role: roleLabel });
    case "membership.left":
      return t("activity.membership.left", { actor, org });
    case "membership.removed":
      return t("activity.membership.removed", { actor, person, org });
    case "membership.rejected":
      return t("activity.membership.rejected", { actor, person, org });
    case "membership.withdrawn":
      return t("activity.membership.withdrawn", { actor, org });
    case "membership.declined":
      return t("activity.membership.declined", { actor, org });
    case "membership.uninvited":
      return t("activity.membership.uninvited", { actor, person, org });
    case "affiliation.claimed": {
      const starts = str(d.startsOn);
      return starts
        ? t("activity.affiliation.claimedPeriod", { actor, org, period: formatPeriod(starts, str(d.endsOn) ?? null) })
        : t("activity.affiliation.claimed", { actor, org });
    }
    case "affiliation.updated":
      return t("activity.affiliation.updated", { actor, org });
    case "affiliation.withdrawn":
      return t("activity.affiliation.withdrawn", { actor, org });
    case "affiliation.confirmed":
      return t("activity.affiliation.confirmed", { actor, org, person });
    case "affiliation.disputed":
      return t("activity.affiliation.disputed", { actor, person, org });
    case "commons.created":
      return a.organization ? t("activity.commons.createdFor", { actor, commons, org }) : t("activity.commons.created", { actor, commons });
    case "commons.updated":
      return t("activity.commons.updated", { actor, commons });
    case "commons.forked":
      return origin ? t("activity.commons.forkedFrom", { actor, origin, commons }) : t("activity.commons.forked", { actor, commons });
    case "contribution.proposed":
      return t("activity.contribution.proposed", { actor, contribution, where });
    case "contribution.revised":
      return t("activity.contribution.revised", { actor, contribution, where });
    case "contribution.withdrawn":
      return t("activity.contribution.withdrawn", { actor, contribution, where });
    case "contribution.supported":
      return t("activity.contribution.supported", { actor, contribution, where });
    case "contribution.unsupported":
      return t("activity.contribution.unsupported", { actor, contribution, where });
    case "contribution.accepted":
      return t("activity.contribution.accepted", { actor, contribution, where });
    case "contribution.rejected":
      return t("activity.contribution.rejected", { actor, contribution, where });
    case "contribution.conflicted":
      return t("activity.contribution.conflicted", { actor, contribution, where });
    case "thread.started": {
      const thread = link({ text: t("activity.quoted", { title: title ?? t("activity.fallback.thread") }), to: `/threads/${a.objectId}` });
      const about: Part | undefined = a.document ? documentPart(a.document) : a.targetType === "commons" ? commonsLink : undefined;
      return about
        ? t("activity.thread.startedOn", { actor, thread, about: link(about) })
        : t("activity.thread.started", { actor, thread });
    }
    case "session.started":
      return t("activity.session.started", { actor });
    case "session.ended":
      return t("activity.session.ended", { actor });
    case "password.changed":
      return t("activity.password.changed", { actor });
    case "password.reset":
      return t("activity.password.reset", { actor });
    case "email.verified":
      return t("activity.email.verified", { actor });
    case "email.change_requested":
      return t("activity.email.changeRequested", { actor });
    case "email.changed":
      return t("activity.email.changed", { actor });
    case "token.created":
      return t("activity.token.created", { actor, name: str(d.name) ?? "" });
    case "token.revoked":
      return t("activity.token.revoked", { actor, name: str(d.name) ?? "" });
    case "commons.imported":
      return t("activity.commons.imported", { count: Number(d.added ?? 0), commons });
    case "use.declared":
      return t("activity.use.declared", { actor, org, commons, product: str(d.product) ?? t("activity.fallback.product") });
    case "use.updated":
      return t("activity.use.updated", { actor, org, commons });
    case "use.ended":
      return t("activity.use.ended", { actor, org, commons });
    case "agreement.offered":
      return t("activity.agreement.offered", { actor, agreement, org });
    case "agreement.revised":
      return t("activity.agreement.revised", { actor, agreement, org });
    case "agreement.accepted":
      return t("activity.agreement.accepted", { actor, agreement, org });
    case "agreement.declined":
      return t("activity.agreement.declined", { actor, agreement, org });
    case "agreement.withdrawn":
      return t("activity.agreement.withdrawn", { actor, agreement, org });
    case "agreement.ended":
      return t("activity.agreement.ended", { actor, agreement, org });
    case "invoice.raised":
    case "invoice.paid": {
      const under = a.targetId ? link({ text: t("activity.invoice.underAgreement"), to: `/agreements/${a.targetId}` }) : "";
      return a.verb === "invoice.paid"
        ? t("activity.invoice.paid", { actor, amount: money(d), under })
        : t("activity.invoice.raised", { actor, amount: money(d), under });
    }
    case "invoice.books_closed": {
      const cp = d.counterpart as { slug?: unknown; name?: unknown } | undefined;
      const cpSlug = str(cp?.slug);
      const cpName = str(cp?.name) ?? cpSlug ?? t("activity.fallback.organization");
      const start = str(d.periodStart);
      return t("activity.invoice.booksClosed", {
        actor,
        amount: money(d),
        agreement: link({ text: t("activity.agreement.link"), to: `/agreements/${a.objectId}` }),
        counterpart: link(cpSlug ? { text: cpName, to: `/orgs/${cpSlug}` } : cpName),
        commons: str(d.commons) ?? t("activity.fallback.commons"),
        period: start ? formatPeriod(start, str(d.periodEnd) ?? null) : "",
        org,
      });
    }
    case "phyle.charter_adopted":
      return t("activity.phyle.charterAdopted", { actor, org });
    case "phyle.charter_amended":
      return t("activity.phyle.charterAmended", { actor, org });
    case "phyle.period_recorded":
      return t("activity.phyle.periodRecorded", { actor, org });
    case "value_equation.updated":
      return a.objectType === "commons"
        ? t("activity.valueEquation.updatedCommons", { actor, commons })
        : t("activity.valueEquation.updatedOrg", { actor, org });
    case "comment.posted": {
      const thread = link({
        text: t("activity.quoted", { title: title ?? t("activity.fallback.thread") }),
        to: `/threads/${a.targetId ?? ""}`,
      });
      return a.targetId ? t("activity.comment.posted", { actor, thread }) : t("activity.comment.postedSomewhere", { actor });
    }
    case "need.posted":
    case "need.updated":
    case "need.taken_up":
    case "need.stepped_back":
    case "need.progress":
    case "need.closed":
    case "need.reopened": {
      const need = link({ text: t("activity.quoted", { title: title ?? t("activity.fallback.need") }), to: `/needs/${a.objectId}` });
      const verb = a.verb.slice("need.".length) as "posted" | "updated" | "taken_up" | "stepped_back" | "progress" | "closed" | "reopened";
      return t("activity.need.changed", { actor, need, verb });
    }
    case "need.linked": {
      const need = link({ text: t("activity.quoted", { title: title ?? t("activity.fallback.need") }), to: `/needs/${a.objectId}` });
      const id = str(d.contributionId);
      const work = t("activity.quoted", { title: str(d.contribution) ?? t("activity.fallback.proposal") });
      return t("activity.need.linked", { actor, need, contribution: link(id ? { text: work, to: `/contributions/${id}` } : work) });
    }
    case "proposal.created":
    case "proposal.opened":
    case "proposal.closed":
    case "proposal.cancelled": {
      const decision = link({
        text: t("activity.quoted", { title: title ?? t("activity.fallback.decision") }),
        to: `/proposals/${a.objectId}`,
      });
      const verb = a.verb.slice("proposal.".length) as "created" | "opened" | "closed" | "cancelled";
      return t("activity.proposal.changed", { actor, decision, org, verb });
    }
    case "expense.submitted":
    case "expense.approved":
    case "expense.rejected":
    case "expense.paid": {
      const expense = link({
        text: t("activity.quoted", { title: str(d.purpose) ?? t("activity.fallback.expense") }),
        to: `/expenses/${a.objectId}`,
      });
      const verb = a.verb.slice("expense.".length) as "submitted" | "approved" | "rejected" | "paid";
      return a.actor ? t("activity.expense.changed", { actor, expense, org, verb }) : t("activity.expense.decided", { expense, org, verb });
    }
    case "budget.approved":
    case "budget.rejected": {
      const budgets = slug ? `/orgs/${slug}/treasury/budgets` : undefined;
      const name = t("activity.quoted", { title: title ?? t("activity.fallback.budget") });
      const budget = link(budgets ? { text: name, to: budgets } : name);
      return t("activity.budget.decided", { budget, org, verb: a.verb === "budget.approved" ? "approved" : "rejected" });
    }
    case "distribution.posted":
      return t("activity.distribution.posted", {
        actor,
        amount: link({ text: money(d), to: `/distributions/${a.objectId}` }),
        count: Number(d.shares ?? 0),
      });
    case "call.opened":
    case "call.submission":
    case "call.review":
    case "call.voting":
    case "call.results":
    case "call.implementation": {
      const call = link({ text: t("activity.quoted", { title: title ?? t("activity.fallback.call") }), to: `/calls/${str(d.slug) ?? ""}` });
      const phase = a.verb.slice("call.".length) as "opened" | "submission" | "review" | "voting" | "results" | "implementation";
      return t("activity.call.changed", { actor, call, org, phase });
    }
    case "project.submitted":
    case "project.edited":
    case "project.eligible":
    case "project.ineligible":
    case "project.supported": {
      const project = link({
        text: t("activity.quoted", { title: title ?? t("activity.fallback.project") }),
        to: `/calls/${str(d.call) ?? ""}/projects/${str(d.number) ?? ""}`,
      });
      const verb = a.verb.slice("project.".length) as "submitted" | "edited" | "eligible" | "ineligible" | "supported";
      return t("activity.project.changed", { actor, project, verb });
    }
    case "grant.tranche_paid":
      return t("activity.grant.tranchePaid", {
        actor,
        amount: link({ text: money(d), to: `/calls/${str(d.call) ?? ""}/accountability` }),
        to: str(d.to) ?? t("activity.fallback.team"),
        milestone: str(d.milestone) ?? "",
      });
    case "grant.reported":
      return t("activity.grant.reported", {
        actor,
        project: link({
          text: t("activity.quoted", { title: title ?? t("activity.fallback.project") }),
          to: `/calls/${str(d.call) ?? ""}/accountability`,
        }),
        progress: Number(d.progress ?? 0),
      });
    default: {
      const verb = a.verb.replace(/[._]/g, " ");
      return slug ? t("activity.other.inOrg", { actor, verb, org }) : t("activity.other", { actor, verb });
    }
  }
}

/**
 * Where a row leads when it is opened as a whole (a notification): the page of the thing it is about, else
 * the first link of its sentence (the actor's profile only when nothing else is linked).
 */
export function activityLink(a: Activity, instanceName: string): string | undefined {
  const slug = a.organization?.slug ?? str(a.data.slug);
  switch (a.objectType) {
    case "contribution":
      return `/contributions/${a.objectId}`;
    case "comment":
      return a.targetId ? `/threads/${a.targetId}` : undefined;
    case "thread":
      return `/threads/${a.objectId}`;
    case "need":
      return `/needs/${a.objectId}`;
    case "proposal":
      return `/proposals/${a.objectId}`;
    case "expense":
      return `/expenses/${a.objectId}`;
    case "agreement":
      return `/agreements/${a.objectId}`;
    case "distribution":
      return `/distributions/${a.objectId}`;
    case "budget":
      return slug ? `/orgs/${slug}/treasury/budgets` : undefined;
    case "pb_grant":
      return str(a.data.call) ? `/calls/${str(a.data.call)}/accountability` : undefined;
  }
  if (a.verb === "membership.requested" && slug) return `/orgs/${slug}/members`;
  if (a.verb === "affiliation.claimed" && slug) return `/orgs/${slug}/affiliations`;
  if (a.verb.startsWith("invoice.") && a.targetId) return `/agreements/${a.targetId}`;
  const links = describeActivity(a, instanceName).filter((p): p is { text: string; to: string } => typeof p !== "string");
  return (links.find((p) => !p.to.startsWith("/people/")) ?? links[0])?.to;
}

/** The sentence as plain text, for tests and titles. */
export function activityText(a: Activity, instanceName: string): string {
  return describeActivity(a, instanceName)
    .map((p) => (typeof p === "string" ? p : p.text))
    .join("");
}
