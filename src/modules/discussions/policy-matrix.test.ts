import { describe } from "vitest";
import { addMember, ensureInstance, makeCommons, makePerson } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { authorizationMatrix, type MatrixCase } from "../../test/matrix.ts";
import { renderMarkdown } from "../../text/markdown.ts";
import { comments, threads } from "./schema.ts";

/**
 * Who may do what in discussions, route by route; each cell runs against a fresh little world.
 * "maintainer", "steward" and "member" hold those roles in the commons' community; "commenter"
 * wrote the comment the route acts on.
 */
const api = setupApi();

type Who = "anonymous" | "outsider" | "member" | "commenter" | "maintainer" | "steward" | "admin";
const WHO: Who[] = ["anonymous", "outsider", "member", "commenter", "maintainer", "steward", "admin"];

interface World {
  commonsId: string;
  commonsSlug: string;
  threadId: string;
  commentId: string;
  hiddenCommentId: string;
  as: Record<Who, string | undefined>;
}

async function world(): Promise<World> {
  await ensureInstance(api.db);
  const steward = await makePerson(api.db);
  const outsider = await makePerson(api.db);
  const member = await makePerson(api.db);
  const commenter = await makePerson(api.db);
  const maintainer = await makePerson(api.db);
  const admin = await makePerson(api.db, { isAdmin: true });
  const commons = await makeCommons(api.db, steward);
  await addMember(api.db, commons.community, member, "member");
  await addMember(api.db, commons.community, maintainer, "maintainer");
  const [thread] = await api.db
    .insert(threads)
    .values({
      subjectType: "commons",
      subjectId: commons.id,
      commonsId: commons.id,
      title: "General",
      authorId: commenter.id,
      commentCount: 2,
    })
    .returning();
  if (!thread) throw new Error("no thread");
  const [comment, hidden] = await api.db
    .insert(comments)
    .values([
      { threadId: thread.id, authorId: commenter.id, body: "Hello", html: renderMarkdown("Hello") },
      {
        threadId: thread.id,
        authorId: commenter.id,
        body: "Spam",
        html: renderMarkdown("Spam"),
        hiddenAt: new Date(),
        hiddenBy: steward.id,
        hiddenReason: "Spam",
      },
    ])
    .returning();
  if (!comment || !hidden) throw new Error("no comments");
  return {
    commonsId: commons.id,
    commonsSlug: commons.slug,
    threadId: thread.id,
    commentId: comment.id,
    hiddenCommentId: hidden.id,
    as: {
      anonymous: undefined,
      outsider: outsider.token,
      member: member.token,
      commenter: commenter.token,
      maintainer: maintainer.token,
      steward: steward.token,
      admin: admin.token,
    },
  };
}

type Case = MatrixCase<World, Who>;

const all = (status: number) => Object.fromEntries(WHO.map((w) => [w, status])) as Record<Who, number>;
const signedIn = (status: number) => ({ ...all(status), anonymous: 401 });
const moderators = (status: number) => ({ ...signedIn(403), maintainer: status, steward: status, admin: status });

const CASES: Case[] = [
  { route: "GET /threads", request: (w) => ({ method: "GET", path: `/api/threads?commons=${w.commonsSlug}` }), expect: all(200) },
  { route: "GET /threads/{id}", request: (w) => ({ method: "GET", path: `/api/threads/${w.threadId}` }), expect: all(200) },
  {
    route: "GET /comments/{id}/versions",
    request: (w) => ({ method: "GET", path: `/api/comments/${w.commentId}/versions` }),
    expect: all(200),
  },
  {
    route: "POST /threads",
    request: (w) => ({
      method: "POST",
      path: "/api/threads",
      body: { subjectType: "commons", subjectId: w.commonsId, title: "Idea", body: "What if…" },
    }),
    expect: signedIn(201),
  },
  {
    route: "POST /threads/{id}/comments",
    request: (w) => ({ method: "POST", path: `/api/threads/${w.threadId}/comments`, body: { body: "Agreed" } }),
    expect: signedIn(201),
  },
  {
    route: "PATCH /comments/{id}",
    request: (w) => ({ method: "PATCH", path: `/api/comments/${w.commentId}`, body: { body: "Hello, edited" } }),
    expect: { ...signedIn(403), commenter: 200 },
  },
  {
    route: "PATCH /comments/{id} (a hidden comment)",
    request: (w) => ({ method: "PATCH", path: `/api/comments/${w.hiddenCommentId}`, body: { body: "Not spam" } }),
    expect: { ...signedIn(403), commenter: 409 },
  },
  {
    route: "POST /comments/{id}/hide",
    request: (w) => ({ method: "POST", path: `/api/comments/${w.commentId}/hide`, body: { reason: "Off-topic" } }),
    expect: moderators(200),
  },
  {
    route: "DELETE /comments/{id}/hide",
    request: (w) => ({ method: "DELETE", path: `/api/comments/${w.hiddenCommentId}/hide` }),
    expect: moderators(200),
  },
];

describe("discussions authorization matrix", () => {
  authorizationMatrix(api, WHO, world, CASES);
});
