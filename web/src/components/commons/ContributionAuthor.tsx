import { useTranslation } from "react-i18next";
import type { ContributionSummary } from "../../api/schema.ts";
import { RemoteAuthor } from "../federation/RemoteAuthor.tsx";
import { PersonLink } from "../PersonLink.tsx";

/** A commit's short id, as git tools show it; the full id in the tooltip. */
export function ShortSha({ sha }: { sha: string }) {
  return (
    <code title={sha} className="commit-sha">
      {sha.slice(0, 7)}
    </code>
  );
}

/**
 * Who made a contribution: the person, a change offered from another instance's author (their handle,
 * marked "from another instance"), or for an imported commit whose author has no account here, the
 * name git recorded (never the address).
 */
export function ContributionAuthor({
  c,
  showHandle = true,
}: {
  c: Pick<ContributionSummary, "type" | "author" | "externalAuthor" | "remoteAuthor">;
  showHandle?: boolean;
}) {
  const { t } = useTranslation();
  if (c.author) return <PersonLink person={c.author} showHandle={showHandle} />;
  if (c.remoteAuthor) return <RemoteAuthor author={c.remoteAuthor} marked />;
  if (c.type === "commit" && c.externalAuthor) return <span title={t("commons.author.gitName")}>{c.externalAuthor}</span>;
  return <span className="muted">{t("commons.formerMember")}</span>;
}
