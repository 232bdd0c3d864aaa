import { ThreadById } from "../discussions/SubjectThread.tsx";
import "../../styles/discussions.css";

/** A proposal's one discussion thread, opened with the proposal: its comments and the form to add one. */
export function ProposalDiscussion({ threadId }: { threadId: string | null }) {
  if (!threadId) return <p className="muted">This proposal has no discussion.</p>;
  return <ThreadById id={threadId} />;
}
