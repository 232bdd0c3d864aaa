import { useSession } from "../../session.tsx";
import { CommentThread } from "../discussions/CommentThread.tsx";
import { useThread } from "../discussions/useThread.ts";
import "../../styles/discussions.css";

/** A proposal's one discussion thread, opened with the proposal: its comments and the form to add one. */
export function ProposalDiscussion({ threadId }: { threadId: string | null }) {
  if (!threadId) return <p className="muted">This proposal has no discussion.</p>;
  return <LoadedThread id={threadId} />;
}

function LoadedThread({ id }: { id: string }) {
  const { me } = useSession();
  return <CommentThread state={useThread(id, me?.handle ?? "")} />;
}
