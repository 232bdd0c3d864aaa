import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Revision } from "../../api/schema.ts";
import { RemoteAuthor } from "../federation/RemoteAuthor.tsx";
import { PersonLink } from "../PersonLink.tsx";
import { RelativeTime } from "../RelativeTime.tsx";

/** Who made a revision (here, or by their handle on another instance), when, how big it was, and the accepted contribution behind it. */
export function RevisionMeta({ revision }: { revision: Revision }) {
  const { t } = useTranslation();
  return (
    <span className="revision-meta">
      {revision.author ? (
        <PersonLink person={revision.author} showHandle={false} />
      ) : revision.remoteAuthor ? (
        <RemoteAuthor author={{ handle: revision.remoteAuthor }} marked />
      ) : (
        <span className="muted">{t("commons.formerMember")}</span>
      )}
      <RelativeTime value={revision.createdAt} />
      <span className="diff-counts">
        <span className="diff-added">+{revision.linesAdded}</span> <span className="diff-removed">−{revision.linesRemoved}</span>
        <span className="visually-hidden">{t("commons.item.linesHidden")}</span>
      </span>
      {revision.fromUpstream ? <span className="badge">{t("commons.revision.fromOriginal")}</span> : null}
      {revision.contributionId ? <Link to={`/contributions/${revision.contributionId}`}>{t("commons.revision.proposal")}</Link> : null}
    </span>
  );
}
