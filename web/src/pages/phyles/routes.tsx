import type { RouteObject } from "react-router";
import { FlowsPage } from "./Flows.tsx";
import { PhylePage } from "./Phyle.tsx";

/** Children of /commons/:slug (they read the commons with useCommons()). */
export const commonsFlowRoutes: RouteObject[] = [{ path: "flows", element: <FlowsPage /> }];

/** Children of /orgs/:slug (they read the organization with useOrg()). */
export const orgPhyleRoutes: RouteObject[] = [{ path: "phyle", element: <PhylePage /> }];
