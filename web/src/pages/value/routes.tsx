import type { RouteObject } from "react-router";
import { CommonsValuePage } from "./CommonsValue.tsx";
import { DistributionPage } from "./Distribution.tsx";
import { OrgValuePage } from "./OrgValue.tsx";

/** Children of /commons/:slug (they read the commons with useCommons()). */
export const commonsValueRoutes: RouteObject[] = [{ path: "value", element: <CommonsValuePage /> }];

/** Children of /orgs/:slug (they read the organization with useOrg()): a phyle enterprise's own equation. */
export const orgValueRoutes: RouteObject[] = [{ path: "value", element: <OrgValuePage /> }];

/** Top-level routes. */
export const valueRoutes: RouteObject[] = [{ path: "/distributions/:id", element: <DistributionPage /> }];
