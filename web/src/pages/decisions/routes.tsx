import type { RouteObject } from "react-router";
import { RequireSignIn } from "../../components/RequireSignIn.tsx";
import { ProposalPage } from "./Proposal.tsx";
import { ProposalNewPage } from "./ProposalNew.tsx";
import { AwaitingMyVotePage, ProposalsPage } from "./Proposals.tsx";

/** Children of /orgs/:slug (they read the organization with useOrg()). */
export const orgDecisionRoutes: RouteObject[] = [
  { path: "proposals", element: <ProposalsPage /> },
  {
    path: "proposals/new",
    element: (
      <RequireSignIn>
        <ProposalNewPage />
      </RequireSignIn>
    ),
  },
];

/** Top-level routes, beside /needs and /threads. */
export const decisionRoutes: RouteObject[] = [
  {
    path: "/proposals",
    element: (
      <RequireSignIn>
        <AwaitingMyVotePage />
      </RequireSignIn>
    ),
  },
  { path: "/proposals/:id", element: <ProposalPage /> },
];
