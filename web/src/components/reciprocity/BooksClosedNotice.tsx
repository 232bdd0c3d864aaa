import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ReciprocityAgreement } from "../../api/schema.ts";

/**
 * An agreement in force whose parties have not all opened their books cannot be invoiced: say so where
 * both sides look, who opens them and where, so a new company is not left to find out from a refusal.
 */
export function BooksClosedNotice({ agreement: a, heading = false }: { agreement: ReciprocityAgreement; heading?: boolean }) {
  const { t } = useTranslation();
  if (a.booksClosed.length === 0 || (a.status !== "active" && a.status !== "ended")) return null;
  return (
    <div className="notice books-closed" role="note" aria-label={t("reciprocity.booksClosed.label")}>
      {heading ? <h3>{t("reciprocity.booksClosed.heading")}</h3> : null}
      {a.booksClosed.map((org) => (
        <p key={org.slug}>
          <Trans
            i18nKey={a.nextPeriod ? "reciprocity.booksClosed.textNext" : "reciprocity.booksClosed.text"}
            values={{ organization: org.name, start: a.nextPeriod?.start ?? "", end: a.nextPeriod?.end ?? "" }}
            components={{ a: <Link to={`/orgs/${org.slug}/treasury`} /> }}
          />
        </p>
      ))}
    </div>
  );
}
