import type { RouteObject } from "react-router";
import { RequireSignIn } from "../../components/RequireSignIn.tsx";
import { BudgetsPage } from "./Budgets.tsx";
import { ExpensePage } from "./Expense.tsx";
import { ExpenseNewPage } from "./ExpenseNew.tsx";
import { ExpensesPage } from "./Expenses.tsx";
import { IncomePage } from "./Income.tsx";
import { TransactionPage } from "./Transaction.tsx";
import { TransactionsPage } from "./Transactions.tsx";
import { TreasuryPage } from "./Treasury.tsx";

/** Children of /orgs/:slug (they read the organization with useOrg()). */
export const orgTreasuryRoutes: RouteObject[] = [
  { path: "treasury", element: <TreasuryPage /> },
  { path: "treasury/transactions", element: <TransactionsPage /> },
  { path: "treasury/budgets", element: <BudgetsPage /> },
  { path: "treasury/expenses", element: <ExpensesPage /> },
  {
    path: "treasury/expenses/new",
    element: (
      <RequireSignIn>
        <ExpenseNewPage />
      </RequireSignIn>
    ),
  },
  { path: "treasury/income", element: <IncomePage /> },
];

/** Top-level routes, beside /needs and /proposals. */
export const treasuryRoutes: RouteObject[] = [
  { path: "/expenses/:id", element: <ExpensePage /> },
  { path: "/transactions/:id", element: <TransactionPage /> },
];
