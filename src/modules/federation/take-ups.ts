import type { Context, InboxContext } from "@fedify/fedify";
import { Agreement, Commitment, isActor, Offer, Proposal } from "@fedify/vocab";
import { and, desc, eq } from "drizzle-orm";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { now } from "../../now.ts";
import { requireActor } from "../accounts/policy.ts";
import { takeUpFromElsewhere } from "../needs/service.ts";
import { isBlocked } from "./blocks.ts";
import { lookupRemote } from "./lookup.ts";
import { t } from "./messages.ts";
import { answerOffer } from "./offers.ts";
import { remotePosts, remoteTakeUps } from "./schema.ts";

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
  // Offered already and not refused: asking again sends nothing.
  const earlier = await takeUpOf(db, me.id, post.uri);
  if (earlier && earlier.status !== "rejected") return takeUpView(earlier);
  if (await isBlocked(db, post.viaUri)) throw AppError.validation("body.proposal", t("blocked", { handle: new URL(post.viaUri).host }));
  const host = new URL(post.viaUri).host;
  const [proposal, group] = await Promise.all([
    lookupRemote(ctx, post.uri).catch(() => null),
    lookupRemote(ctx, post.viaUri).catch(() => null),
  ]);
  if (!(proposal instanceof Proposal) || !proposal.publishes?.id || !group || !isActor(group) || !group.id) {
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
  // One per person and need: of two offers sent at once, the first kept is the one whose answer counts.
  const [kept] = await db
    .insert(remoteTakeUps)
    .values({ personId: me.id, proposalUri: post.uri, groupUri: group.id.href, offerUri: offer.href, title: post.name })
    .onConflictDoUpdate({
      target: [remoteTakeUps.personId, remoteTakeUps.proposalUri],
      set: { offerUri: offer.href, groupUri: group.id.href, status: "pending", answeredAt: null, createdAt: now() },
      setWhere: eq(remoteTakeUps.status, "rejected"),
    })
    .returning();
  return takeUpView(kept ?? (await takeUpOf(db, me.id, post.uri))!);
}

const takeUpOf = async (db: Executor, personId: string, proposalUri: string) =>
  (
    await db
      .select()
      .from(remoteTakeUps)
      .where(and(eq(remoteTakeUps.personId, personId), eq(remoteTakeUps.proposalUri, proposalUri)))
  )[0];

export const takeUpView = (r: typeof remoteTakeUps.$inferSelect) => ({
  proposal: r.proposalUri,
  offer: r.offerUri,
  title: r.title,
  status: r.status,
  since: r.createdAt.toISOString(),
  answeredAt: r.answeredAt?.toISOString() ?? null,
});

/** The needs elsewhere a person offered to take up, newest first, with each answer. */
export async function myTakeUps(db: Executor, actor: Actor | null) {
  const me = requireActor(actor);
  const rows = await db.select().from(remoteTakeUps).where(eq(remoteTakeUps.personId, me.id)).orderBy(desc(remoteTakeUps.createdAt));
  return { items: rows.map(takeUpView) };
}

/** An answer to a take-up offered from here (true if it was one): only the need's organization's instance may give it. */
export async function takeUpAnswered(db: Executor, offerUri: string, answerer: URL, accepted: boolean) {
  const earlier = (await db.select().from(remoteTakeUps).where(eq(remoteTakeUps.offerUri, offerUri)))[0];
  if (!earlier) return false;
  if (new URL(earlier.groupUri).origin !== answerer.origin) return true;
  await db
    .update(remoteTakeUps)
    .set({ status: accepted ? "accepted" : "rejected", answeredAt: now() })
    .where(and(eq(remoteTakeUps.id, earlier.id), eq(remoteTakeUps.status, "pending")));
  return true;
}

/** An answer to one of our needs from elsewhere: the taker is recorded, and told (Accept), or refused (Reject). */
export async function receiveTakeUp(db: Db, ctx: InboxContext<null>, offer: Offer, agreement: Agreement) {
  const commitment = agreement.stipulates;
  const satisfies = commitment?.satisfies;
  const match = satisfies && satisfies.origin === ctx.canonicalOrigin ? NEED_PATH.exec(satisfies.pathname) : null;
  if (!match?.[1] || !offer.id || !offer.actorId) return;
  const taker = await offer.getActor(ctx);
  if (!taker?.id || !isActor(taker) || taker.id.origin !== offer.id.origin) return;
  const answer = await takeUpFromElsewhere(db, match[1], {
    uri: taker.id.href,
    handle: `@${taker.preferredUsername ?? "?"}@${taker.id.host}`,
    name: String(taker.name ?? taker.preferredUsername ?? ""),
    offerUri: offer.id.href,
  }).catch((err) => {
    if (err instanceof AppError) return null;
    throw err;
  });
  if (answer) await answerOffer(ctx, answer.organizationId, offer.id, taker, answer.accepted, `take-ups/${crypto.randomUUID()}`);
}
