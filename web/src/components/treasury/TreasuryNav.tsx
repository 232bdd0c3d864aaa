import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import type { MessageKey } from "../../i18n/resources.ts";

const PAGES = [
  { to: "", label: "treasury.nav.overview", end: true },
  { to: "transactions", label: "treasury.nav.transactions" },
  { to: "budgets", label: "treasury.nav.budgets" },
  { to: "expenses", label: "treasury.nav.expenses" },
  { to: "income", label: "treasury.nav.income" },
] as const satisfies readonly { to: string; label: MessageKey; end?: boolean }[];

/** The treasury's own pages, under the organization's "Treasury" tab. */
export function TreasuryNav({ slug }: { slug: string }) {
  const { t } = useTranslation();
  return (
    <nav className="treasury-nav" aria-label={t("treasury.nav.label")}>
      <ul>
        {PAGES.map((p) => (
          <li key={p.to}>
            <NavLink
              to={`/orgs/${slug}/treasury${p.to ? `/${p.to}` : ""}`}
              end={"end" in p ? p.end : undefined}
              className="treasury-nav-link"
            >
              {t(p.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
