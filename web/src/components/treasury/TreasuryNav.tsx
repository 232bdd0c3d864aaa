import { NavLink } from "react-router";

const PAGES = [
  { to: "", label: "Overview", end: true },
  { to: "transactions", label: "Transactions" },
  { to: "budgets", label: "Budgets" },
  { to: "expenses", label: "Expenses" },
  { to: "income", label: "Income" },
];

/** The treasury's own pages, under the organization's "Treasury" tab. */
export function TreasuryNav({ slug }: { slug: string }) {
  return (
    <nav className="treasury-nav" aria-label="Treasury">
      <ul>
        {PAGES.map((p) => (
          <li key={p.to}>
            <NavLink to={`/orgs/${slug}/treasury${p.to ? `/${p.to}` : ""}`} end={p.end} className="treasury-nav-link">
              {p.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
