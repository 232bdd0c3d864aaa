import { createBrowserRouter } from "react-router";
import { Layout } from "./components/Layout.tsx";
import { RequireSignIn } from "./components/RequireSignIn.tsx";
import { AccountPage } from "./pages/Account.tsx";
import { HomePage } from "./pages/Home.tsx";
import { NotFoundPage } from "./pages/NotFound.tsx";
import { OrgAffiliationsPage } from "./pages/OrgAffiliations.tsx";
import { OrgLayout } from "./pages/OrgLayout.tsx";
import { OrgMembersPage } from "./pages/OrgMembers.tsx";
import { OrgNewPage } from "./pages/OrgNew.tsx";
import { OrgOverviewPage } from "./pages/OrgOverview.tsx";
import { OrgSettingsPage } from "./pages/OrgSettings.tsx";
import { OrgsPage } from "./pages/Orgs.tsx";
import { PersonPage } from "./pages/Person.tsx";
import { SetupPage } from "./pages/Setup.tsx";
import { SignInPage } from "./pages/SignIn.tsx";
import { SignUpPage } from "./pages/SignUp.tsx";
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
            ],
          },
          { path: "/people/:handle", element: <PersonPage /> },
          {
            path: "/account",
            element: (
              <RequireSignIn>
                <AccountPage />
              </RequireSignIn>
            ),
          },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
