import { useTranslation } from "react-i18next";
import type { ContributionSummary } from "../../api/schema.ts";
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
 * Who made a contribution: the person, or for an imported commit whose author has no account here,
 * the name git recorded (never the address).
 */
export function ContributionAuthor({
  c,
  showHandle = true,
}: {
  c: Pick<ContributionSummary, "type" | "author" | "externalAuthor">;
  showHandle?: boolean;
}) {
  const { t } = useTranslation();
  if (c.author) return <PersonLink person={c.author} showHandle={showHandle} />;
  if (c.type === "commit" && c.externalAuthor) return <span title={t("commons.author.gitName")}>{c.externalAuthor}</span>;
  return <span className="muted">{t("commons.formerMember")}</span>;
}
