import { and, eq, gte, isNull, lt, sql } from "drizzle-orm";
import { rowsOf } from "../../db/rows.ts";
import type { RenderContext } from "../mail/context.ts";
import { PermanentFailure } from "../mail/failure.ts";
import type { Block, Letter } from "../mail/letter.ts";
import { replyAddress } from "../mail/reply-address.ts";
import { deliveryOf } from "./delivery.ts";
import type { DigestPeriod } from "./digests.ts";
import { t } from "./letter-messages.ts";
import { notifications } from "./schema.ts";
import { type NotificationView, notificationsOf, toNotificationView } from "./service.ts";

const VERBS = new Set(Object.keys(t("someone").catalogue.texts.en).filter((k) => k.startsWith("verb.")));

/** "Ada: accepted your contribution", in the recipient's language. */
function sentence(n: NotificationView, ctx: RenderContext): string {
  const key = `verb.${n.activity.verb}`;
  const what = VERBS.has(key) ? t(key as "verb.other") : t("verb.other", { verb: n.activity.verb });
  return t("did", { actor: n.activity.actor?.name ?? t("someone"), what }).in(ctx.language);
}

/** What the notification is about, by name: its title when it has one, else its commons, document or organization. */
function titleOf(n: NotificationView): string | undefined {
  const title = n.activity.data.title;
  return typeof title === "string" && title
    ? title
    : (n.activity.document?.title ?? n.activity.commons?.title ?? n.activity.organization?.name);
}

const headline = (n: NotificationView, ctx: RenderContext) => t(`kind.${n.kind}`).in(ctx.language);
/** The web app's page for one notification: it marks it read and opens what it is about. */
const openUrl = (n: NotificationView, ctx: RenderContext) => `${ctx.baseUrl}/notifications/${n.id}`;

interface CommentInThread {
  body: string;
  thread: string;
}

/** A comment's own words and its thread's title, unless it has been hidden since. */
async function commentOf(ctx: RenderContext, n: NotificationView): Promise<CommentInThread | undefined> {
  if (n.activity.objectType !== "comment") return undefined;
  const [row] = await rowsOf<CommentInThread>(
    ctx.db,
    sql`select c.body, th.title as thread from comments c join threads th on th.id = c.thread_id
        where c.id = ${n.activity.objectId} and c.hidden_at is null`,
  );
  return row;
}

/**
 * One notification by email. A comment's email carries the comment itself and its thread's title as
 * subject (so a discussion's emails read and thread as one conversation), and an address to reply to.
 */
async function notification(data: { notificationId: number }, ctx: RenderContext): Promise<Letter | null> {
  if (!ctx.personId) throw new PermanentFailure("a notification email needs its person");
  const [row] = await notificationsOf(ctx.db, ctx.personId, eq(notifications.id, data.notificationId), 1);
  // Read in the app already, or gone with what it told of: nothing left to say.
  if (!row || row.notification.readAt) return null;
  const n = toNotificationView(row);
  const comment = await commentOf(ctx, n);
  if (comment) {
    // A reply to this address is posted in the thread as this person (mail/inbound.ts).
    const replyTo = replyAddress(ctx);
    return {
      subject: comment.thread,
      replyTo,
      blocks: [
        { p: t("wroteIn", { actor: n.activity.actor?.name ?? t("someone"), thread: comment.thread }).in(ctx.language) },
        { quote: comment.body },
        { action: { label: t("openDiscussion").in(ctx.language), url: openUrl(n, ctx) } },
        ...(replyTo ? [{ small: t("replyHint").in(ctx.language) }] : []),
      ],
    };
  }
  const title = titleOf(n);
  return {
    subject: title ? `${headline(n, ctx)}: ${title}` : headline(n, ctx),
    blocks: [
      { heading: headline(n, ctx) },
      { p: title ? `${sentence(n, ctx)} — ${title}` : sentence(n, ctx) },
      { action: { label: t("open").in(ctx.language), url: openUrl(n, ctx) } },
    ],
  };
}

/** Items a digest lists at most; the rest are counted and wait on the notifications page. */
const DIGEST_ITEMS = 50;

/** A day's or a week's notifications of the kinds a person takes in that digest, those still unread when it is sent. */
async function digest(data: { period: DigestPeriod; from: string; to: string }, ctx: RenderContext): Promise<Letter | null> {
  if (!ctx.personId) throw new PermanentFailure("a digest needs its person");
  const where = and(
    isNull(notifications.readAt),
    gte(notifications.createdAt, new Date(data.from)),
    lt(notifications.createdAt, new Date(data.to)),
    sql`${deliveryOf(sql`${notifications.personId}`, sql`${notifications.kind}`)} = ${data.period}::notification_delivery`,
  );
  const rows = await notificationsOf(ctx.db, ctx.personId, where, DIGEST_ITEMS + 1);
  if (!rows.length) return null;
  const [counted] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.personId, ctx.personId), where));
  const count = counted?.n ?? rows.length;
  const shown = rows.slice(0, DIGEST_ITEMS).map(toNotificationView);
  const blocks: Block[] = [
    { p: t("digestIntro", { count, period: data.period }).in(ctx.language) },
    {
      list: shown.map((n) => {
        const title = titleOf(n);
        return { text: `${headline(n, ctx)} — ${title ? `${sentence(n, ctx)} — ${title}` : sentence(n, ctx)}`, url: openUrl(n, ctx) };
      }),
    },
  ];
  if (count > shown.length) blocks.push({ p: t("digestMore", { count: count - shown.length }).in(ctx.language) });
  blocks.push({ action: { label: t("allNotifications").in(ctx.language), url: `${ctx.baseUrl}/notifications` } });
  return { subject: t("digestSubject", { period: data.period, instance: ctx.instance }).in(ctx.language), blocks };
}

export const NOTIFICATION_LETTERS = { notification, digest };
