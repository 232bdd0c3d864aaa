import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Contribution } from "../../api/schema.ts";
import { CONTRIBUTION_KIND_LABEL, CONTRIBUTION_TYPE_LABEL, formatDate, formatHours } from "../../format.ts";
import { FundingBadge } from "./Badges.tsx";
import { ContributionAuthor, ShortSha } from "./ContributionAuthor.tsx";
import { documentPath } from "./DocumentList.tsx";

function CreditFact({ c }: { c: Contribution }) {
  const { t } = useTranslation();
  const credit = c.credit;
  if (!credit) return null;
  const size = c.type === "work" ? formatHours(credit.size / 60) : t("commons.facts.lines", { count: credit.size });
  return (
    <div>
      <dt>{t("commons.facts.credit")}</dt>
      <dd>
        <FundingBadge funding={credit.funding} />{" "}
        {credit.funding === "paid" && credit.paidBy ? (
          <>
            <Trans
              i18nKey="commons.facts.paidBy"
              values={{ name: credit.paidBy.name }}
              components={{ org: <Link to={`/orgs/${credit.paidBy.slug}`} /> }}
            />{" "}
          </>
        ) : null}
        · {size}
      </dd>
    </div>
  );
}

/** What a contribution is and where it points: its document and revisions, the time logged, the credit. */
export function ContributionFacts({ c }: { c: Contribution }) {
  const { t } = useTranslation();
  const doc = c.document;
  const docLink = doc ? documentPath(c.commons.slug, doc.path) : null;
  return (
    <dl className="facts facts--stacked">
      <div>
        <dt>{t("commons.facts.type")}</dt>
        <dd>
          {CONTRIBUTION_TYPE_LABEL[c.type]} · {CONTRIBUTION_KIND_LABEL[c.kind]}
        </dd>
      </div>
      {doc && docLink ? (
        <div>
          <dt>{t("commons.facts.document")}</dt>
          <dd>
            {doc.head ? <Link to={docLink}>{doc.title}</Link> : doc.title} <code>{doc.path}</code>
            {c.baseRevision ? (
              <>
                <br />
                {doc.head && doc.head !== c.baseRevision && !c.resultRevision ? (
                  <Trans
                    i18nKey="commons.facts.fromRevisionNowAt"
                    values={{ revision: c.baseRevision, head: doc.head }}
                    components={{ rev: <Link to={`${docLink}?revision=${c.baseRevision}`} /> }}
                  />
                ) : (
                  <Trans
                    i18nKey="commons.facts.fromRevision"
                    values={{ revision: c.baseRevision }}
                    components={{ rev: <Link to={`${docLink}?revision=${c.baseRevision}`} /> }}
                  />
                )}
              </>
            ) : null}
            {c.resultRevision ? (
              <>
                <br />
                <Trans
                  i18nKey="commons.facts.became"
                  values={{ revision: c.resultRevision }}
                  components={{ rev: <Link to={`${docLink}?revision=${c.resultRevision}`} /> }}
                />
              </>
            ) : null}
          </dd>
        </div>
      ) : null}
      {c.type === "work" ? (
        <div>
          <dt>{t("commons.facts.time")}</dt>
          <dd>
            {t("commons.facts.timeOn", { hours: c.hours !== null ? formatHours(c.hours) : "—", date: formatDate(c.performedOn) })}
            {c.link ? (
              <>
                <br />
                <a href={c.link} rel="noopener noreferrer nofollow" target="_blank">
                  {t("commons.facts.seeWork")}
                </a>
              </>
            ) : null}
          </dd>
        </div>
      ) : null}
      {c.type === "commit" && c.externalId ? (
        <div>
          <dt>{t("commons.facts.commit")}</dt>
          <dd>
            <Trans
              i18nKey="commons.facts.commitBy"
              values={{ date: formatDate(c.performedOn) }}
              components={{ sha: <ShortSha sha={c.externalId} />, author: <ContributionAuthor c={c} showHandle={false} /> }}
            />
            <br />
            <span className="diff-counts">
              <span className="diff-added">+{c.linesAdded}</span> <span className="diff-removed">−{c.linesRemoved}</span>
            </span>{" "}
            {t("commons.facts.linesChanged", { count: c.linesAdded + c.linesRemoved })}
            <br />
            <span className="muted">{t("commons.facts.importedFromGit")}</span>
          </dd>
        </div>
      ) : null}
      {c.source ? (
        <div>
          <dt>{t("commons.facts.fromFork")}</dt>
          <dd>
            <Link to={`${documentPath(c.source.commons, c.source.path)}?revision=${c.source.revision}`}>
              {t("commons.facts.forkSource", { commons: c.source.commons, path: c.source.path, revision: c.source.revision })}
            </Link>
          </dd>
        </div>
      ) : null}
      <CreditFact c={c} />
    </dl>
  );
}
