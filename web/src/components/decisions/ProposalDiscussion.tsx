import { useTranslation } from "react-i18next";
import { ThreadById } from "../discussions/SubjectThread.tsx";
import "../../styles/discussions.css";

/** A proposal's one discussion thread, opened with the proposal: its comments and the form to add one. */
export function ProposalDiscussion({ threadId }: { threadId: string | null }) {
  const { t } = useTranslation();
  if (!threadId) return <p className="muted">{t("decisions.discussion.none")}</p>;
  return <ThreadById id={threadId} />;
}
