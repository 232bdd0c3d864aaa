import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Need } from "../../api/schema.ts";
import { CONTRIBUTION_STATUS_LABEL } from "../../format.ts";
import { useSession } from "../../session.tsx";
import { LinkContribution } from "./LinkContribution.tsx";

/** The contributions that answer the need, and the form to link another. */
export function LinkedContributions({ need }: { need: Need }) {
  const { t } = useTranslation();
  const { me } = useSession();
  return (
    <>
      {need.links.length === 0 ? (
        <p className="muted">{t("needs.links.none")}</p>
      ) : (
        <ul className="need-links">
          {need.links.map(({ contribution: c }) => (
            <li key={c.id}>
              <Link to={`/contributions/${c.id}`} className="strong">
                {c.title}
              </Link>
              <span className="muted small">
                {" "}
                {CONTRIBUTION_STATUS_LABEL[c.status]}
                {c.author ? ` · ${t("needs.links.by", { name: c.author.name })}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
      {me ? (
        <details className="need-details">
          <summary>{t("needs.links.add")}</summary>
          <LinkContribution need={need} />
        </details>
      ) : null}
    </>
  );
}
