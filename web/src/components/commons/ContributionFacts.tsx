import { Link } from "react-router";
import type { Contribution } from "../../api/schema.ts";
import { CONTRIBUTION_KIND_LABEL, CONTRIBUTION_TYPE_LABEL, formatDate, formatHours, plural } from "../../format.ts";
import { FundingBadge } from "./Badges.tsx";
import { ContributionAuthor, ShortSha } from "./ContributionAuthor.tsx";
import { documentPath } from "./DocumentList.tsx";

function CreditFact({ c }: { c: Contribution }) {
  const credit = c.credit;
  if (!credit) return null;
  const size = c.type === "work" ? formatHours(credit.size / 60) : plural(credit.size, "line");
  return (
    <div>
      <dt>Credit</dt>
      <dd>
        <FundingBadge funding={credit.funding} />{" "}
        {credit.funding === "paid" && credit.paidBy ? (
          <>
            by <Link to={`/orgs/${credit.paidBy.slug}`}>{credit.paidBy.name}</Link>{" "}
          </>
        ) : null}
        · {size}
      </dd>
    </div>
  );
}

/** What a contribution is and where it points: its document and revisions, the time logged, the credit. */
export function ContributionFacts({ c }: { c: Contribution }) {
  const doc = c.document;
  const docLink = doc ? documentPath(c.commons.slug, doc.path) : null;
  return (
    <dl className="facts facts--stacked">
      <div>
        <dt>Type</dt>
        <dd>
          {CONTRIBUTION_TYPE_LABEL[c.type]} · {CONTRIBUTION_KIND_LABEL[c.kind]}
        </dd>
      </div>
      {doc && docLink ? (
        <div>
          <dt>Document</dt>
          <dd>
            {doc.head ? <Link to={docLink}>{doc.title}</Link> : doc.title} <code>{doc.path}</code>
            {c.baseRevision ? (
              <>
                <br />
                from <Link to={`${docLink}?revision=${c.baseRevision}`}>revision {c.baseRevision}</Link>
                {doc.head && doc.head !== c.baseRevision && !c.resultRevision ? `, now at ${doc.head}` : null}
              </>
            ) : null}
            {c.resultRevision ? (
              <>
                <br />
                became <Link to={`${docLink}?revision=${c.resultRevision}`}>revision {c.resultRevision}</Link>
              </>
            ) : null}
          </dd>
        </div>
      ) : null}
      {c.type === "work" ? (
        <div>
          <dt>Time</dt>
          <dd>
            {c.hours !== null ? formatHours(c.hours) : "—"} on {formatDate(c.performedOn)}
            {c.link ? (
              <>
                <br />
                <a href={c.link} rel="noopener noreferrer nofollow" target="_blank">
                  See the work
                </a>
              </>
            ) : null}
          </dd>
        </div>
      ) : null}
      {c.type === "commit" && c.externalId ? (
        <div>
          <dt>Commit</dt>
          <dd>
            <ShortSha sha={c.externalId} /> by <ContributionAuthor c={c} showHandle={false} /> on {formatDate(c.performedOn)}
            <br />
            <span className="diff-counts">
              <span className="diff-added">+{c.linesAdded}</span> <span className="diff-removed">−{c.linesRemoved}</span>
            </span>{" "}
            {plural(c.linesAdded + c.linesRemoved, "line")} changed
            <br />
            <span className="muted">Imported from git</span>
          </dd>
        </div>
      ) : null}
      {c.source ? (
        <div>
          <dt>Proposed from a fork</dt>
          <dd>
            <Link to={`${documentPath(c.source.commons, c.source.path)}?revision=${c.source.revision}`}>
              {c.source.commons} / {c.source.path}, revision {c.source.revision}
            </Link>
          </dd>
        </div>
      ) : null}
      <CreditFact c={c} />
    </dl>
  );
}
