import { createBrowserRouter } from "react-router";
import { Layout } from "./components/Layout.tsx";
import { RequireSignIn } from "./components/RequireSignIn.tsx";
import { AccountPage } from "./pages/Account.tsx";
import { ConfirmEmailPage, VerifyEmailPage } from "./pages/account/EmailLink.tsx";
import { FederationAdminPage } from "./pages/account/FederationAdmin.tsx";
import { ForgotPasswordPage } from "./pages/account/ForgotPassword.tsx";
import { InstanceSettingsPage } from "./pages/account/InstanceSettings.tsx";
import { ResetPasswordPage } from "./pages/account/ResetPassword.tsx";
import { budgetRoutes, orgBudgetRoutes } from "./pages/budgets/routes.tsx";
import { CommonsContributionsPage } from "./pages/commons/CommonsContributions.tsx";
import { CommonsContributorsPage } from "./pages/commons/CommonsContributors.tsx";
import { CommonsDocumentsPage } from "./pages/commons/CommonsDocuments.tsx";
import { CommonsForksPage } from "./pages/commons/CommonsForks.tsx";
import { CommonsLayout } from "./pages/commons/CommonsLayout.tsx";
import { CommonsListPage } from "./pages/commons/CommonsList.tsx";
import { CommonsNewPage } from "./pages/commons/CommonsNew.tsx";
import { CommonsOverviewPage } from "./pages/commons/CommonsOverview.tsx";
import { CommonsSettingsPage } from "./pages/commons/CommonsSettings.tsx";
import { ContributionPage } from "./pages/commons/Contribution.tsx";
import { DocumentDiffPage } from "./pages/commons/DocumentDiff.tsx";
import { DocumentEditPage } from "./pages/commons/DocumentEdit.tsx";
import { DocumentHistoryPage } from "./pages/commons/DocumentHistory.tsx";
import { DocumentLayout } from "./pages/commons/DocumentLayout.tsx";
import { DocumentReadPage } from "./pages/commons/DocumentRead.tsx";
import { ProposePage } from "./pages/commons/Propose.tsx";
import { decisionRoutes, orgDecisionRoutes } from "./pages/decisions/routes.tsx";
import { ThreadPage } from "./pages/discussions/Thread.tsx";
import { RemoteActorPage } from "./pages/federation/RemoteActor.tsx";
import { RemoteDiscussionPage } from "./pages/federation/RemoteDiscussion.tsx";
import { RemoteForkPage } from "./pages/federation/RemoteFork.tsx";
import { HomePage } from "./pages/Home.tsx";
import { NotFoundPage } from "./pages/NotFound.tsx";
import { NeedPage } from "./pages/needs/Need.tsx";
import { NeedsBoardPage } from "./pages/needs/NeedsBoard.tsx";
import { NotificationLinkPage } from "./pages/notifications/NotificationLink.tsx";
import { NotificationPreferencesPage } from "./pages/notifications/NotificationPreferences.tsx";
import { NotificationsPage } from "./pages/notifications/Notifications.tsx";
import { UnsubscribePage } from "./pages/notifications/Unsubscribe.tsx";
import { OrgAffiliationsPage } from "./pages/OrgAffiliations.tsx";
import { OrgLayout } from "./pages/OrgLayout.tsx";
import { OrgMembersPage } from "./pages/OrgMembers.tsx";
import { OrgNewPage } from "./pages/OrgNew.tsx";
import { OrgOverviewPage } from "./pages/OrgOverview.tsx";
import { OrgSettingsPage } from "./pages/OrgSettings.tsx";
import { OrgsPage } from "./pages/Orgs.tsx";
import { PersonPage } from "./pages/Person.tsx";
import { commonsFlowRoutes, orgPhyleRoutes } from "./pages/phyles/routes.tsx";
import { commonsReciprocityRoutes, orgReciprocityRoutes, reciprocityRoutes } from "./pages/reciprocity/routes.tsx";
import { SetupPage } from "./pages/Setup.tsx";
import { SignInPage } from "./pages/SignIn.tsx";
import { SignUpPage } from "./pages/SignUp.tsx";
import { sharingRoutes } from "./pages/sharing/routes.tsx";
import { orgTreasuryRoutes, treasuryRoutes } from "./pages/treasury/routes.tsx";
import { commonsValueRoutes, orgValueRoutes, valueRoutes } from "./pages/value/routes.tsx";
import { Root } from "./Root.tsx";

export const router = createBrowserRouter([
  {
    element: <Root />,
    children: [
      {
        element: <Layout />,
        children: [
          { path: "/", element: <HomePage /> },
          { path: "/setup", element: <SetupPage /> },
          { path: "/signup", element: <SignUpPage /> },
          { path: "/signin", element: <SignInPage /> },
          { path: "/forgot-password", element: <ForgotPasswordPage /> },
          { path: "/reset-password", element: <ResetPasswordPage /> },
          { path: "/verify-email", element: <VerifyEmailPage /> },
          { path: "/confirm-email", element: <ConfirmEmailPage /> },
          { path: "/orgs", element: <OrgsPage /> },
          {
            path: "/orgs/new",
            element: (
              <RequireSignIn>
                <OrgNewPage />
              </RequireSignIn>
            ),
          },
          {
            path: "/orgs/:slug",
            element: <OrgLayout />,
            children: [
              { index: true, element: <OrgOverviewPage /> },
              { path: "members", element: <OrgMembersPage /> },
              { path: "affiliations", element: <OrgAffiliationsPage /> },
              { path: "settings", element: <OrgSettingsPage /> },
              ...orgDecisionRoutes,
              ...orgTreasuryRoutes,
              ...orgReciprocityRoutes,
              ...orgPhyleRoutes,
              ...orgValueRoutes,
              ...orgBudgetRoutes,
            ],
          },
          ...decisionRoutes,
          ...treasuryRoutes,
          ...reciprocityRoutes,
          ...valueRoutes,
          ...sharingRoutes,
          ...budgetRoutes,
          { path: "/commons", element: <CommonsListPage /> },
          {
            path: "/commons/new",
            element: (
              <RequireSignIn>
                <CommonsNewPage />
              </RequireSignIn>
            ),
          },
          {
            path: "/commons/:slug",
            element: <CommonsLayout />,
            children: [
              { index: true, element: <CommonsOverviewPage /> },
              { path: "documents", element: <CommonsDocumentsPage /> },
              {
                path: "documents/:path",
                element: <DocumentLayout />,
                children: [
                  { index: true, element: <DocumentReadPage /> },
                  { path: "history", element: <DocumentHistoryPage /> },
                  { path: "diff", element: <DocumentDiffPage /> },
                  {
                    path: "edit",
                    element: (
                      <RequireSignIn>
                        <DocumentEditPage />
                      </RequireSignIn>
                    ),
                  },
                ],
              },
              { path: "contributions", element: <CommonsContributionsPage /> },
              { path: "contributors", element: <CommonsContributorsPage /> },
              { path: "forks", element: <CommonsForksPage /> },
              { path: "settings", element: <CommonsSettingsPage /> },
              ...commonsReciprocityRoutes,
              ...commonsValueRoutes,
              ...commonsFlowRoutes,
              {
                path: "propose",
                element: (
                  <RequireSignIn>
                    <ProposePage />
                  </RequireSignIn>
                ),
              },
            ],
          },
          // The needs board of a commons is a page of its own, linked from the commons' tabs.
          { path: "/commons/:slug/needs", element: <NeedsBoardPage /> },
          { path: "/contributions/:id", element: <ContributionPage /> },
          { path: "/orgs/:slug/needs", element: <NeedsBoardPage kind="organization" /> },
          { path: "/needs", element: <NeedsBoardPage /> },
          { path: "/needs/:id", element: <NeedPage /> },
          { path: "/threads/:id", element: <ThreadPage /> },
          { path: "/people/:handle", element: <PersonPage /> },
          {
            path: "/account",
            element: (
              <RequireSignIn>
                <AccountPage />
              </RequireSignIn>
            ),
          },
          // What reached this instance from others: a person's or an organization's card, and a discussion.
          {
            path: "/federation/actor",
            element: (
              <RequireSignIn>
                <RemoteActorPage />
              </RequireSignIn>
            ),
          },
          {
            path: "/federation/discussion",
            element: (
              <RequireSignIn>
                <RemoteDiscussionPage />
              </RequireSignIn>
            ),
          },
          {
            path: "/federation/fork",
            element: (
              <RequireSignIn>
                <RemoteForkPage />
              </RequireSignIn>
            ),
          },
          {
            path: "/admin/instance",
            element: (
              <RequireSignIn>
                <InstanceSettingsPage />
              </RequireSignIn>
            ),
          },
          {
            path: "/admin/federation",
            element: (
              <RequireSignIn>
                <FederationAdminPage />
              </RequireSignIn>
            ),
          },
          {
            path: "/account/notifications",
            element: (
              <RequireSignIn>
                <NotificationPreferencesPage />
              </RequireSignIn>
            ),
          },
          {
            path: "/notifications",
            element: (
              <RequireSignIn>
                <NotificationsPage />
              </RequireSignIn>
            ),
          },
          // Where every notification email links (a dynamic segment: /notifications itself still matches the list above).
          {
            path: "/notifications/:id",
            element: (
              <RequireSignIn>
                <NotificationLinkPage />
              </RequireSignIn>
            ),
          },
          // The footer link of every notification and digest email: the token is the authority, no session needed.
          { path: "/unsubscribe", element: <UnsubscribePage /> },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
