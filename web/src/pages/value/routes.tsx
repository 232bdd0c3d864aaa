import type { RouteObject } from "react-router";

/** Children of /commons/:slug (they read the commons with useCommons()). */
export const commonsValueRoutes: RouteObject[] = [];

/** Children of /orgs/:slug (they read the organization with useOrg()). */
export const orgValueRoutes: RouteObject[] = [];

/** Top-level routes. */
export const valueRoutes: RouteObject[] = [];
