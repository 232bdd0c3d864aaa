import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ContributionSummary } from "../../api/schema.ts";
import { CONTRIBUTION_KIND_LABEL, CONTRIBUTION_TYPE_LABEL, formatDate, formatHours } from "../../format.ts";
import { RelativeTime } from "../RelativeTime.tsx";
import { StatusBadge } from "./Badges.tsx";
import { ContributionAuthor, ShortSha } from "./ContributionAuthor.tsx";

/** What a contribution amounts to: lines changed for documents, time for logged work. */
export function ContributionSize({ c }: { c: Pick<ContributionSummary, "type" | "hours" | "linesAdded" | "linesRemoved"> }) {
  const { t } = useTranslation();
  if (c.type === "work") return <span>{c.hours !== null ? formatHours(c.hours) : null}</span>;
  return (
    <span className="diff-counts">
      <span className="diff-added">+{c.linesAdded}</span> <span className="diff-removed">−{c.linesRemoved}</span>
      <span className="visually-hidden">{t("commons.item.linesHidden")}</span>
    </span>
  );
}

export function ContributionItem({ c, showCommons = false }: { c: ContributionSummary; showCommons?: boolean }) {
  const { t } = useTranslation();
  return (
    <li className="contribution-row">
      <div className="contribution-row-head">
        <Link to={`/contributions/${c.id}`} className="contribution-row-title">
          {c.title}
        </Link>
        <StatusBadge status={c.status} />
      </div>
      <p className="contribution-row-meta">
        <span>
          {CONTRIBUTION_TYPE_LABEL[c.type]} · {CONTRIBUTION_KIND_LABEL[c.kind]}
          {c.path ? (
            <>
              {" · "}
              <code>{c.path}</code>
            </>
          ) : null}
          {c.type === "commit" && c.externalId ? (
            <>
              {" · "}
              <ShortSha sha={c.externalId} />
            </>
          ) : null}
          {showCommons ? ` · ${c.commons.title}` : null}
        </span>
        <ContributionSize c={c} />
        {c.supportCount > 0 ? <span>{t("commons.item.supporters", { count: c.supportCount })}</span> : null}
        <span>
          <ContributionAuthor c={c} showHandle={false} />{" "}
          <span className="muted">
            {c.type === "commit" ? (
              t("commons.item.committedOn", { date: formatDate(c.performedOn) })
            ) : (
              <Trans i18nKey="commons.item.updated" components={{ time: <RelativeTime value={c.updatedAt} /> }} />
            )}
          </span>
        </span>
      </p>
    </li>
  );
}
