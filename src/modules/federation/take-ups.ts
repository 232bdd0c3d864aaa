import type { Context, InboxContext } from "@fedify/fedify";
import { Agreement, Commitment, isActor, Offer, Proposal } from "@fedify/vocab";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { requireActor } from "../accounts/policy.ts";
import { takeUpFromElsewhere } from "../needs/service.ts";
import { isBlocked } from "./blocks.ts";
import { lookupRemote } from "./lookup.ts";
import { t } from "./messages.ts";
import { answerOffer } from "./offers.ts";
import { remotePosts } from "./schema.ts";

const NEED_PATH = /^\/ap\/needs\/([0-9a-f-]{36})$/;

/**
 * A person here takes up a need posted on another instance, answering its FEP-0837 `Proposal` as the
 * FEP says: an `Offer` of an `Agreement` whose `Commitment` satisfies the proposal's `Intent`, sent
 * to the organization that published it, which records the taker.
 */
export async function takeUpElsewhere(db: Db, ctx: Context<null>, actor: Actor | null, proposalUri: string) {
  const me = requireActor(actor);
  const [post] = await db
    .select()
    .from(remotePosts)
    .where(and(eq(remotePosts.uri, proposalUri), eq(remotePosts.type, "Proposal")));
  if (!post) throw AppError.validation("body.proposal", t("unknownPost"));
  if (await isBlocked(db, post.viaUri)) throw AppError.validation("body.proposal", t("blocked", { handle: new URL(post.viaUri).host }));
  const host = new URL(post.viaUri).host;
  const [proposal, group] = await Promise.all([
    lookupRemote(ctx, post.uri).catch(() => null),
    lookupRemote(ctx, post.viaUri).catch(() => null),
  ]);
  if (!(proposal instanceof Proposal) || !proposal.publishes?.id || !group || !isActor(group)) {
    throw AppError.validation("body.proposal", t("unreachable", { handle: host }));
  }
  const offer = new URL(`/ap/offers/${crypto.randomUUID()}`, ctx.canonicalOrigin);
  await ctx.sendActivity(
    { identifier: me.id },
    group,
    new Offer({
      id: offer,
      actor: ctx.getActorUri(me.id),
      object: new Agreement({
        id: new URL(`${offer.href}#agreement`),
        stipulates: new Commitment({ id: new URL(`${offer.href}#commitment`), satisfies: proposal.publishes?.id }),
      }),
      target: new URL(post.uri),
      to: group.id,
    }),
  );
  return { proposal: post.uri, offer: offer.href };
}

/** An answer to one of our needs from elsewhere: the taker is recorded, and told (Accept), or refused (Reject). */
export async function receiveTakeUp(db: Db, ctx: InboxContext<null>, offer: Offer, agreement: Agreement) {
  const commitment = agreement.stipulates;
  const satisfies = commitment?.satisfies;
  const match = satisfies && satisfies.origin === ctx.canonicalOrigin ? NEED_PATH.exec(satisfies.pathname) : null;
  if (!match?.[1] || !offer.id || !offer.actorId) return;
  const taker = await offer.getActor(ctx);
  if (!taker?.id || !isActor(taker) || taker.id.origin !== offer.id.origin) return;
  const organizationId = await takeUpFromElsewhere(db, match[1], {
    uri: taker.id.href,
    handle: `@${taker.preferredUsername ?? "?"}@${taker.id.host}`,
    name: String(taker.name ?? taker.preferredUsername ?? ""),
    offerUri: offer.id.href,
  }).catch((err) => {
    if (err instanceof AppError) return null;
    throw err;
  });
  if (organizationId) await answerOffer(ctx, organizationId, offer.id, taker, true, `take-ups/${crypto.randomUUID()}`);
}
