import { type ComponentType, lazy, type ReactNode, Suspense } from "react";
import type { RouteObject } from "react-router";
import { RequireSignIn } from "../../components/RequireSignIn.tsx";
import { Loading } from "../../components/States.tsx";

/*
 * The participatory budgets' pages are loaded when first visited: with their ballot, forms, the
 * server's request schemas and the results' charts they would take the app's one bundle past its size.
 */
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

const CallsPage = page(() => import("./Calls.tsx"), "CallsPage");
const OrgCallsPage = page(() => import("./OrgCalls.tsx"), "OrgCallsPage");
const CallNewPage = page(() => import("./CallNew.tsx"), "CallNewPage");
const CallLayout = page(() => import("./CallLayout.tsx"), "CallLayout");
const CallOverviewPage = page(() => import("./CallOverview.tsx"), "CallOverviewPage");
const ProjectNewPage = page(() => import("./ProjectNew.tsx"), "ProjectNewPage");
const ProjectPage = page(() => import("./Project.tsx"), "ProjectPage");
const ProjectEditPage = page(() => import("./ProjectEdit.tsx"), "ProjectEditPage");
const BallotPage = page(() => import("./Ballot.tsx"), "BallotPage");
const ResultsPage = page(() => import("./Results.tsx"), "ResultsPage");
const AccountabilityPage = page(() => import("./Accountability.tsx"), "AccountabilityPage");
const RegisterPage = page(() => import("./Register.tsx"), "RegisterPage");
const PaperBallotsPage = page(() => import("./PaperBallots.tsx"), "PaperBallotsPage");

const loaded = (children: ReactNode) => <Suspense fallback={<Loading />}>{children}</Suspense>;
const signedIn = (children: ReactNode) => <RequireSignIn>{loaded(children)}</RequireSignIn>;

/** Children of /orgs/:slug (they read the organization with useOrg()): a public body's calls, and opening one. */
export const orgBudgetRoutes: RouteObject[] = [
  { path: "calls", element: loaded(<OrgCallsPage />) },
  { path: "calls/new", element: signedIn(<CallNewPage />) },
];

/** Top-level routes: every call, and a call's pages framed by its header and tabs. */
export const budgetRoutes: RouteObject[] = [
  { path: "/calls", element: loaded(<CallsPage />) },
  {
    path: "/calls/:slug",
    element: loaded(<CallLayout />),
    children: [
      { index: true, element: loaded(<CallOverviewPage />) },
      { path: "submit", element: signedIn(<ProjectNewPage />) },
      { path: "projects/:number", element: loaded(<ProjectPage />) },
      { path: "projects/:number/edit", element: signedIn(<ProjectEditPage />) },
      { path: "ballot", element: signedIn(<BallotPage />) },
      { path: "results", element: loaded(<ResultsPage />) },
      { path: "accountability", element: loaded(<AccountabilityPage />) },
      { path: "register", element: signedIn(<RegisterPage />) },
      { path: "paper-ballots", element: signedIn(<PaperBallotsPage />) },
    ],
  },
];
