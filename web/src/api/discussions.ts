/** Typed calls for discussion threads and their comments. */
import type { PageQuery } from "../api.ts";
import type { Comment, CommentVersion, SubjectType, Thread, ThreadPage } from "../types/discussions.ts";
import { del, get, patch, post, seg } from "./client.ts";
import type { Page } from "./schema.ts";

export interface NewThread {
  subjectType: SubjectType;
  subjectId: string;
  /** Required for a commons or a document; a contribution's or need's thread takes its subject's title. */
  title?: string;
  body: string;
}

export const discussionsApi = {
  threads: (q: PageQuery & { subjectType?: SubjectType; subjectId?: string; commons?: string }) => get<Page<Thread>>("/threads", { ...q }),
  startThread: (body: NewThread) => post<Thread>("/threads", body),
  thread: (id: string, q: PageQuery = {}) => get<ThreadPage>(`/threads/${seg(id)}`, { ...q }),
  comment: (threadId: string, body: string) => post<Comment>(`/threads/${seg(threadId)}/comments`, { body }),
  editComment: (id: string, body: string) => patch<Comment>(`/comments/${seg(id)}`, { body }),
  versions: (id: string) => get<{ items: CommentVersion[] }>(`/comments/${seg(id)}/versions`),
  hide: (id: string, reason: string) => post<Comment>(`/comments/${seg(id)}/hide`, { reason }),
  restore: (id: string) => del<Comment>(`/comments/${seg(id)}/hide`),
};
