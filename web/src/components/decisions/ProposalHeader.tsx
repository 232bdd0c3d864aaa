import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Proposal } from "../../api/schema.ts";
import { formatDateTime, labels } from "../../format.ts";
import { currentLanguage, i18n } from "../../i18n/i18n.ts";
import { formattingLocale } from "../../i18n/languages.ts";
import { PersonLink } from "../PersonLink.tsx";
import { RelativeTime } from "../RelativeTime.tsx";
import { BALLOT_HINT, BALLOT_LABEL, electorateText, METHOD_LABEL, methodSentence, quorumText } from "./labels.ts";
import { ProposalBadges } from "./ProposalStatus.tsx";

type Decides = NonNullable<Proposal["decides"]>;
type ExpenseStatus = Extract<Decides, { type: "expense" }>["status"];
type BudgetStatus = Extract<Decides, { type: "budget" }>["status"];

const EXPENSE_STATUS = labels<ExpenseStatus>({
  submitted: "decisions.expenseStatus.submitted",
  approved: "decisions.expenseStatus.approved",
  rejected: "decisions.expenseStatus.rejected",
  paid: "decisions.expenseStatus.paid",
  withdrawn: "decisions.expenseStatus.withdrawn",
});

const BUDGET_STATUS = labels<BudgetStatus>({
  draft: "decisions.budgetStatus.draft",
  proposed: "decisions.budgetStatus.proposed",
  approved: "decisions.budgetStatus.approved",
  rejected: "decisions.budgetStatus.rejected",
  superseded: "decisions.budgetStatus.superseded",
});

/** An amount in minor units ("125050") in its currency ("EUR"), in the current language: "€1,250.50", "1 250,50 €". */
export function formatMoney(minor: string, currency: string): string {
  try {
    const format = new Intl.NumberFormat(formattingLocale(currentLanguage()), { style: "currency", currency });
    const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    return format.format(Number(minor) / 10 ** digits);
  } catch {
    return i18n.t("decisions.money.minorUnits", { minor, currency });
  }
}

/** What passing this proposal decides in the treasury, linked. */
export function DecidesNotice({ decides, slug }: { decides: Decides; slug: string }) {
  useTranslation();
  return (
    <p className="notice decides">
      {decides.type === "expense" ? (
        <Trans
          i18nKey="decisions.decides.expense"
          values={{
            purpose: decides.purpose,
            amount: formatMoney(decides.amount, decides.currency),
            status: EXPENSE_STATUS[decides.status],
          }}
          components={{ item: <Link to={`/expenses/${decides.id}`} />, muted: <span className="muted" /> }}
        />
      ) : (
        <Trans
          i18nKey="decisions.decides.budget"
          values={{ title: decides.title, year: String(decides.year), status: BUDGET_STATUS[decides.status] }}
          components={{ item: <Link to={`/orgs/${slug}/treasury/budgets`} />, muted: <span className="muted" /> }}
        />
      )}
    </p>
  );
}

function When({ at }: { at: string }) {
  return (
    <>
      {formatDateTime(at)} <span className="muted">(</span>
      <RelativeTime value={at} />
      <span className="muted">)</span>
    </>
  );
}

/** The proposal's way back to its organization, its badges, title and author. */
export function ProposalHeader({ proposal: p }: { proposal: Proposal }) {
  const { t } = useTranslation();
  return (
    <header className="proposal-head">
      <p className="back-link">
        <Link to={`/orgs/${p.organization.slug}/proposals`}>
          <span aria-hidden="true">← </span>
          {t("decisions.header.back", { name: p.organization.name })}
        </Link>
      </p>
      <ProposalBadges proposal={p} />
      <h1>{p.title}</h1>
      <p className="proposal-byline">
        {p.author ? <PersonLink person={p.author} showHandle={false} /> : <span>{t("decisions.header.formerMember")}</span>}
        <span>{t("decisions.header.proposedTo", { name: p.organization.name })}</span>
      </p>
    </header>
  );
}

/** The terms of the vote: method, voters, quorum, ballot and window. */
export function ProposalTerms({ proposal: p }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const opened = p.openedAt ?? p.opensAt;
  return (
    <dl className="proposal-terms">
      <div>
        <dt>{t("decisions.terms.how")}</dt>
        <dd>
          <Trans
            i18nKey="decisions.terms.method"
            values={{ method: METHOD_LABEL[p.method], sentence: methodSentence(p) }}
            components={{ strong: <strong /> }}
          />
        </dd>
      </div>
      <div>
        <dt>{t("decisions.terms.who")}</dt>
        <dd>
          {p.electorateSize === null
            ? t("decisions.terms.electorateLater", { electorate: electorateText(p.electorateRoles) })
            : t("decisions.terms.electorateSize", { electorate: electorateText(p.electorateRoles), size: p.electorateSize })}
        </dd>
      </div>
      <div>
        <dt>{t("decisions.terms.quorum")}</dt>
        <dd>{quorumText(p.quorumPercent, p.electorateSize)}</dd>
      </div>
      <div>
        <dt>{t("decisions.terms.ballot")}</dt>
        <dd>
          <Trans
            i18nKey="decisions.terms.ballotText"
            values={{ ballot: BALLOT_LABEL[p.ballot], hint: BALLOT_HINT[p.ballot] }}
            components={{ strong: <strong /> }}
          />
        </dd>
      </div>
      <div>
        <dt>{p.status === "scheduled" ? t("decisions.terms.opens") : t("decisions.terms.opened")}</dt>
        <dd>{p.status === "cancelled" && !p.openedAt ? t("decisions.terms.neverOpened") : <When at={opened} />}</dd>
      </div>
      <div>
        <dt>
          {p.status === "closed"
            ? t("decisions.terms.closed")
            : p.status === "cancelled"
              ? t("decisions.terms.wasToClose")
              : t("decisions.terms.closes")}
        </dt>
        <dd>
          <When at={p.closedAt ?? p.closesAt} />
        </dd>
      </div>
    </dl>
  );
}
