/**
 * Activity log rows as sentences: "Ada Lovelace joined Open Lab". A sentence is a list
 * of parts, plain text or links, so the feed can render links without building HTML.
 */

import type { Activity } from "./api/schema.ts";
import { formatMoney } from "./components/treasury/money.ts";
import { formatPeriod, isKeyOf, KIND_LABEL, plural, ROLE_LABEL, withArticle } from "./format.ts";

export type Part = string | { text: string; to: string };

const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

function roleWord(v: unknown): string | undefined {
  const role = str(v);
  return isKeyOf(ROLE_LABEL, role) ? ROLE_LABEL[role].toLowerCase() : undefined;
}

const money = (d: Record<string, unknown>) => {
  const amount = str(d.amount);
  const currency = str(d.currency);
  return amount && currency ? formatMoney(amount, currency) : "an amount";
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
  if (!slug) return "a commons";
  return { text: (a.objectType === "commons" ? title : undefined) ?? slug, to: `/commons/${slug}` };
}

export function describeActivity(a: Activity, instanceName: string): Part[] {
  const d = a.data;
  const actor: Part = a.actor ? { text: a.actor.name, to: `/people/${a.actor.handle}` } : "Someone";
  const slug = a.organization?.slug ?? str(d.slug);
  const orgName = a.organization?.name ?? str(d.name) ?? slug ?? "an organization";
  const org: Part = slug ? { text: orgName, to: `/orgs/${slug}` } : orgName;
  const handle = str(d.handle);
  const self = Boolean(handle && a.actor && handle === a.actor.handle);
  const person: Part = handle ? { text: `@${handle}`, to: `/people/${handle}` } : "someone";
  const possessive: Part[] = handle ? [person, "'s"] : ["someone's"];
  const role = roleWord(d.role);
  const kind = str(d.kind) ?? a.organization?.kind;
  const title = str(d.title);
  const commons = commonsPart(a, title);
  const contribution: Part = { text: `“${title ?? "a proposal"}”`, to: `/contributions/${a.objectId}` };
  // A contribution to a document names the document, with its commons beside it.
  const where: Part[] = a.document ? [documentPart(a.document), " (", commons, ")"] : [commons];
  const originSlug = a.origin?.slug ?? str(d.origin);
  const origin: Part | undefined = originSlug ? { text: a.origin?.title ?? originSlug, to: `/commons/${originSlug}` } : undefined;

  switch (a.verb) {
    case "instance.set_up":
      return [actor, ` set up ${str(d.name) ?? instanceName}`];
    case "instance.updated":
      return [actor, " updated this instance's name and description"];
    case "person.joined":
      return [actor, ` joined ${instanceName}`];
    case "person.updated":
      return [actor, " updated their profile"];
    case "organization.created":
      return isKeyOf(KIND_LABEL, kind) ? [actor, ` created the ${KIND_LABEL[kind].toLowerCase()} `, org] : [actor, " created ", org];
    case "organization.updated":
      return [actor, " updated the profile of ", org];
    case "membership.joined":
      return [actor, " joined ", org];
    case "membership.requested":
      return [actor, " asked to join ", org];
    case "membership.invited":
      return [actor, " invited ", person, " to join ", org, ...(role && role !== "member" ? [` as ${withArticle(role)}`] : [])];
    case "membership.approved":
      return [actor, " approved ", ...possessive, " request to join ", org];
    case "membership.role_changed":
      return self
        ? [actor, ` became ${withArticle(role ?? "member")} of `, org]
        : [actor, " made ", person, ` ${withArticle(role ?? "member")} of `, org];
    case "membership.left":
      return [actor, " left ", org];
    case "membership.removed":
      return [actor, " removed ", person, " from ", org];
    case "membership.rejected":
      return [actor, " declined ", ...possessive, " request to join ", org];
    case "membership.withdrawn":
      return [actor, " withdrew their request to join ", org];
    case "membership.declined":
      return [actor, " declined the invitation to join ", org];
    case "membership.uninvited":
      return [actor, " withdrew the invitation for ", person, " to join ", org];
    case "affiliation.claimed": {
      const starts = str(d.startsOn);
      return [actor, " said ", org, ` pays them for their work${starts ? ` (${formatPeriod(starts, str(d.endsOn) ?? null)})` : ""}`];
    }
    case "affiliation.updated":
      return [actor, " updated their affiliation with ", org];
    case "affiliation.withdrawn":
      return [actor, " withdrew their affiliation with ", org];
    case "affiliation.confirmed":
      return [actor, " confirmed that ", org, " pays ", person];
    case "affiliation.disputed":
      return [actor, " disputed ", ...possessive, " affiliation with ", org];
    case "commons.created":
      return [actor, " created the commons ", commons, ...(a.organization ? [" for ", org] : [])];
    case "commons.updated":
      return [actor, " updated the commons ", commons];
    case "commons.forked":
      return [actor, " forked ", ...(origin ? [origin, " as "] : []), commons];
    case "contribution.proposed":
      return [actor, " proposed ", contribution, " to ", ...where];
    case "contribution.revised":
      return [actor, " revised ", contribution, " in ", ...where];
    case "contribution.withdrawn":
      return [actor, " withdrew ", contribution, " from ", ...where];
    case "contribution.supported":
      return [actor, " supported ", contribution, " in ", ...where];
    case "contribution.unsupported":
      return [actor, " withdrew their support for ", contribution, " in ", ...where];
    case "contribution.accepted":
      return [actor, " accepted ", contribution, " into ", ...where];
    case "contribution.rejected":
      return [actor, " rejected ", contribution, " in ", ...where];
    case "contribution.conflicted":
      return [actor, " tried to accept ", contribution, " in ", ...where, ", but it conflicts with newer changes"];
    case "thread.started": {
      const about: Part | undefined = a.document ? documentPart(a.document) : a.targetType === "commons" ? commons : undefined;
      return [
        actor,
        " started the discussion ",
        { text: `“${title ?? "a thread"}”`, to: `/threads/${a.objectId}` },
        ...(about ? [" on ", about] : []),
      ];
    }
    case "session.started":
      return [actor, " signed in"];
    case "session.ended":
      return [actor, " signed out"];
    case "password.changed":
      return [actor, " changed their password"];
    case "token.created":
      return [actor, ` created the API token “${str(d.name) ?? ""}”`];
    case "token.revoked":
      return [actor, ` revoked the API token “${str(d.name) ?? ""}”`];
    case "commons.imported":
      return [`${plural(Number(d.added ?? 0), "commit")} from git history were imported into `, commons];
    case "use.declared":
      return [actor, ` declared that `, org, ` uses `, commons, ` (${str(d.product) ?? "a product"})`];
    case "use.updated":
    case "use.ended":
      return [actor, a.verb === "use.ended" ? " ended " : " updated ", org, "'s declared use of ", commons];
    case "agreement.offered":
    case "agreement.revised":
    case "agreement.accepted":
    case "agreement.declined":
    case "agreement.withdrawn":
    case "agreement.ended":
      return [
        actor,
        ` ${a.verb.slice("agreement.".length)} `,
        { text: "a reciprocity agreement", to: `/agreements/${a.objectId}` },
        " in ",
        org,
      ];
    case "invoice.raised":
    case "invoice.paid": {
      const what = `${a.verb === "invoice.paid" ? "paid" : "raised"} an invoice of ${money(d)}`;
      return [actor, ` ${what} `, ...(a.targetId ? [{ text: "under a reciprocity agreement", to: `/agreements/${a.targetId}` }] : [])];
    }
    case "phyle.charter_adopted":
    case "phyle.charter_amended":
      return [actor, a.verb === "phyle.charter_adopted" ? " adopted a phyle charter for " : " amended the phyle charter of ", org];
    case "phyle.period_recorded":
      return [actor, " recorded a period's revenue for ", org, "'s phyle commitments"];
    case "value_equation.updated":
      return [actor, " updated the value equation of ", a.objectType === "commons" ? commons : org];
    case "distribution.posted":
      return [
        actor,
        " distributed ",
        { text: money(d), to: `/distributions/${a.objectId}` },
        ` in ${plural(Number(d.shares ?? 0), "share")}`,
      ];
    default:
      return [actor, ` ${a.verb.replace(/[._]/g, " ")}`, ...(slug ? [" in ", org] : [])];
  }
}

/** The sentence as plain text, for tests and titles. */
export function activityText(a: Activity, instanceName: string): string {
  return describeActivity(a, instanceName)
    .map((p) => (typeof p === "string" ? p : p.text))
    .join("");
}
