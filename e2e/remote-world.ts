import { eq } from "drizzle-orm";
import type { Db } from "../src/db/types.ts";
import { people } from "../src/modules/accounts/schema.ts";
import { remoteFollowing, remotePosts } from "../src/modules/federation/schema.ts";

/**
 * What another instance's organization delivered to this one, written straight into the database:
 * a journey on one instance reads it as if it had arrived. The other instance lives at a loopback
 * address, which this instance refuses to ask (private addresses are refused outside tests of two
 * instances), so a reply to it is refused at once instead of waiting on a network.
 */
const THERE = "http://127.0.0.1:9";
export const ELSEWHERE = {
  uri: `${THERE}/ap/actors/seed-library`,
  handle: "@seed-library@127.0.0.1:9",
  name: "Seed Library",
};
export const DISCUSSION = {
  uri: `${THERE}/ap/threads/1`,
  title: "Opening hours for the spring swap",
  reply: "Saturday mornings work for me.",
  replier: "@bobby@127.0.0.1:9",
};
export const NEED_TITLE = "A welder for the seed drill frame";
export const NEED_URI = `${THERE}/ap/needs/1`;

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);

/**
 * `handle` (a person here) follows the Seed Library elsewhere, which delivered a discussion with a
 * reply, a need, and `news` lines of news (older than the rest).
 */
export async function followElsewhere(db: Db, handle: string, news = 0): Promise<void> {
  const [person] = await db.select({ id: people.id }).from(people).where(eq(people.handle, handle));
  if (!person) throw new Error(`nobody is called ${handle}`);
  await db.insert(remoteFollowing).values({
    personId: person.id,
    actorUri: ELSEWHERE.uri,
    handle: ELSEWHERE.handle,
    name: ELSEWHERE.name,
    followId: `${THERE}/follows/${handle}`,
    status: "accepted",
  });
  const via = { viaUri: ELSEWHERE.uri };
  const cora = { authorUri: `${THERE}/ap/actors/cora`, authorHandle: "@cora@127.0.0.1:9", authorName: "Cora Lind" };
  await db
    .insert(remotePosts)
    .values([
      {
        ...via,
        ...cora,
        uri: DISCUSSION.uri,
        type: "Page",
        name: DISCUSSION.title,
        html: "<p>We could open on <strong>Saturdays</strong> from ten.</p>",
        url: `${THERE}/threads/1`,
        context: DISCUSSION.uri,
        publishedAt: hoursAgo(3),
      },
      {
        ...via,
        authorUri: `${THERE}/ap/actors/bobby`,
        authorHandle: DISCUSSION.replier,
        authorName: "Bobby Tables",
        uri: `${THERE}/ap/notes/1`,
        type: "Note",
        html: `<p>${DISCUSSION.reply}</p>`,
        inReplyTo: DISCUSSION.uri,
        context: DISCUSSION.uri,
        publishedAt: hoursAgo(2),
      },
      {
        ...via,
        ...cora,
        uri: NEED_URI,
        type: "Proposal",
        purpose: "request",
        name: NEED_TITLE,
        html: "<p>Two afternoons of welding.</p>",
        url: `${THERE}/needs/1`,
        context: `${THERE}/ap/needs/1`,
        publishedAt: hoursAgo(1),
      },
      ...Array.from({ length: news }, (_, i) => ({
        ...via,
        ...cora,
        uri: `${THERE}/ap/notes/news-${i}`,
        type: "Note" as const,
        html: `<p>News line ${i + 1}.</p>`,
        context: `${THERE}/ap/notes/news-${i}`,
        publishedAt: hoursAgo(24 + i),
      })),
    ])
    .onConflictDoNothing();
}
