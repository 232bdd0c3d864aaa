import type { RouteObject } from "react-router";

/** Children of /commons/:slug (they read the commons with useCommons()). */
export const commonsFlowRoutes: RouteObject[] = [];

/** Children of /orgs/:slug (they read the organization with useOrg()). */
export const orgPhyleRoutes: RouteObject[] = [];
