import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import type { Message, Translatable } from "../../text/messages.ts";
import { requireActor } from "../accounts/policy.ts";
import { isTreasurer } from "../ledger/policy.ts";
import { isSteward, type Standing } from "../organizations/policy.ts";
import { either, noTreasurerStep } from "../treasury/keepers.ts";
import { t } from "./messages.ts";
import type { AGREEMENT_SIDES } from "./schema.ts";

/**
 * Who may do what with declared uses, agreements and invoices, in one place. Everything here is
 * public to read: who builds on a commons, and whether that complies, is for everyone to see.
 * An organization acts through its stewards and treasurers; money moves through treasurers only.
 */
export type Side = (typeof AGREEMENT_SIDES)[number];
export type Standings = Record<Side, Standing>;

const governs = (s: Standing) => isSteward(s) || isTreasurer(s);
export const otherSide = (side: Side): Side => (side === "association" ? "enterprise" : "association");

/** An enterprise's stewards and treasurers declare (and update) what it builds on a commons. */
export function authorizeDeclareUse(actor: Actor | null, enterprise: Standing): Actor {
  const a = requireActor(actor);
  if (!governs(enterprise)) throw AppError.forbidden(t("declareUseForbidden"));
  return a;
}

/** The side the actor offers for: the one they govern, or the one they name when they govern both. */
export function authorizeOffer(actor: Actor | null, s: Standings, named: Side | undefined): { actor: Actor; side: Side } {
  const a = requireActor(actor);
  const sides = (["association", "enterprise"] as const).filter((side) => governs(s[side]));
  if (named) {
    if (!sides.includes(named)) throw AppError.forbidden(t("offerForSide", { side: named }));
    return { actor: a, side: named };
  }
  const [only, second] = sides;
  if (!only) throw AppError.forbidden(t("offerForbidden"));
  if (second) throw AppError.validation("body.side", t("bothSides"));
  return { actor: a, side: only };
}

/** The side that did not make the offer accepts or declines it; the offering side cannot accept its own offer. */
export function authorizeRespond(actor: Actor | null, s: Standings, proposedBy: Side): Actor {
  const a = requireActor(actor);
  const responder = otherSide(proposedBy);
  if (!governs(s[responder])) {
    throw AppError.forbidden(governs(s[proposedBy]) ? t("ownOffer", { side: responder }) : t("answerForbidden", { side: responder }));
  }
  return a;
}

/** The offering side may change its offer until it is answered. */
export function authorizeRevise(actor: Actor | null, s: Standings, proposedBy: Side): Actor {
  const a = requireActor(actor);
  if (!governs(s[proposedBy])) throw AppError.forbidden(t("reviseForbidden", { side: proposedBy }));
  return a;
}

/** Either side ends an agreement (or withdraws an offer). */
export function authorizeEnd(actor: Actor | null, s: Standings): { actor: Actor; side: Side } {
  const a = requireActor(actor);
  if (governs(s.enterprise)) return { actor: a, side: "enterprise" };
  if (governs(s.association)) return { actor: a, side: "association" };
  throw AppError.forbidden(t("endForbidden"));
}

/**
 * Raising an invoice posts in both books, so it is a treasurer's act. A revenue share needs the
 * revenue the enterprise declares, so only the enterprise's treasurers raise those.
 */
export function authorizeRaise(actor: Actor | null, s: Standings, sharesRevenue: boolean): Actor {
  const a = requireActor(actor);
  if (isTreasurer(s.enterprise)) return a;
  if (isTreasurer(s.association)) {
    if (sharesRevenue) throw AppError.forbidden(t("raiseSharesRevenue"));
    return a;
  }
  throw AppError.forbidden(t("raiseForbidden"));
}

/** "Pia Payables or Tom Till" in English (treasury's `either`), the language's own list of alternatives in another. */
const anyOf = (names: string[]): Translatable => ({
  in: (language) => (language === "en" ? either(names) : new Intl.ListFormat(language, { type: "disjunction" }).format(names)),
});

/** The parties' names and the enterprise's treasurers, so a refusal to pay can say who can. */
export interface PayParties {
  enterprise: string;
  association: string;
  enterpriseTreasurers: string[];
}

/**
 * Why this person cannot pay an invoice, or null when they can. Paying posts in the books, so, like
 * every posting, it is a treasurer's act; an enterprise's steward is told so and who can pay (or,
 * when the enterprise has no treasurer yet, how to get one), rather than finding no button.
 */
export function payRefusal(s: Standings, p: PayParties): Message | null {
  if (isTreasurer(s.enterprise) || isTreasurer(s.association)) return null;
  if (s.enterprise.status === "active") {
    return p.enterpriseTreasurers.length
      ? t("payNamed", { enterprise: p.enterprise, treasurers: anyOf(p.enterpriseTreasurers) })
      : t("payNoTreasurer", { enterprise: p.enterprise, noTreasurer: noTreasurerStep(p.enterprise, p.enterpriseTreasurers) });
  }
  if (s.association.status === "active") return t("payAssociationMember", { association: p.association, enterprise: p.enterprise });
  return t("payOutsider", { enterprise: p.enterprise, association: p.association });
}

/** The enterprise's treasurer pays; the association's treasurer records a payment received. */
export function authorizePay(actor: Actor | null, s: Standings, p: PayParties): Actor {
  const a = requireActor(actor);
  const refusal = payRefusal(s, p);
  if (refusal) throw new AppError(403, "forbidden", refusal, [{ path: "path.id", message: refusal }]);
  return a;
}

/** What the viewer may do with an agreement, for the page's buttons, and why a member of either side cannot pay. */
export function viewerOf(
  actor: Actor | null,
  s: Standings,
  a: { status: string; proposedBySide: Side; revenueShareBp: number | null },
  p: PayParties,
) {
  const signedIn = !!actor;
  const responder = otherSide(a.proposedBySide);
  const memberOfEither = s.enterprise.status === "active" || s.association.status === "active";
  return {
    sides: signedIn ? (["association", "enterprise"] as const).filter((side) => governs(s[side])) : [],
    canRespond: signedIn && a.status === "proposed" && governs(s[responder]),
    canRevise: signedIn && a.status === "proposed" && governs(s[a.proposedBySide]),
    canEnd: signedIn && ["proposed", "active"].includes(a.status) && (governs(s.association) || governs(s.enterprise)),
    canRaise:
      signedIn &&
      a.status !== "proposed" &&
      a.status !== "declined" &&
      (isTreasurer(s.enterprise) || (isTreasurer(s.association) && a.revenueShareBp === null)),
    canPay: signedIn && (isTreasurer(s.enterprise) || isTreasurer(s.association)),
    cannotPay: signedIn && memberOfEither ? payRefusal(s, p) : null,
  };
}

/** Whether the viewer acts for an organization here (declares its uses, offers or answers for it). */
export const canActFor = (actor: Actor | null, standing: Standing) => !!actor && governs(standing);
