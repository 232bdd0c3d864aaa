import type { RouteObject } from "react-router";
import { AgreementPage } from "./Agreement.tsx";
import { CommonsUsesPage } from "./CommonsUses.tsx";
import { OrgReciprocityPage } from "./OrgReciprocity.tsx";

/** Children of /commons/:slug (they read the commons with useCommons()). */
export const commonsReciprocityRoutes: RouteObject[] = [{ path: "uses", element: <CommonsUsesPage /> }];

/** Children of /orgs/:slug (they read the organization with useOrg()). */
export const orgReciprocityRoutes: RouteObject[] = [{ path: "reciprocity", element: <OrgReciprocityPage /> }];

/** Top-level routes. */
export const reciprocityRoutes: RouteObject[] = [{ path: "/agreements/:id", element: <AgreementPage /> }];
