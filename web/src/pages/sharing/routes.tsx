import { type ComponentType, lazy, type ReactNode, Suspense } from "react";
import type { RouteObject } from "react-router";
import { RequireSignIn } from "../../components/RequireSignIn.tsx";
import { Loading } from "../../components/States.tsx";

/*
 * The libraries' pages are loaded when first visited: with their calendar, forms and the server's
 * request schemas they would take the app's one bundle past its size limit (vite.config.ts).
 */
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

const LibraryPage = page(() => import("./Library.tsx"), "LibraryPage");
const ResourcePage = page(() => import("./Resource.tsx"), "ResourcePage");
const ImpactPage = page(() => import("./Impact.tsx"), "ImpactPage");
const DeskPage = page(() => import("./Desk.tsx"), "DeskPage");
const MyBookingsPage = page(() => import("./MyBookings.tsx"), "MyBookingsPage");

const loaded = (children: ReactNode) => <Suspense fallback={<Loading />}>{children}</Suspense>;

/** Top-level routes: the libraries of shared resources, and one's own bookings and loans. */
export const sharingRoutes: RouteObject[] = [
  { path: "/libraries/:slug", element: loaded(<LibraryPage />) },
  { path: "/libraries/:slug/resources/:type", element: loaded(<ResourcePage />) },
  { path: "/libraries/:slug/impact", element: loaded(<ImpactPage />) },
  { path: "/libraries/:slug/desk", element: <RequireSignIn>{loaded(<DeskPage />)}</RequireSignIn> },
  { path: "/me/bookings", element: <RequireSignIn>{loaded(<MyBookingsPage />)}</RequireSignIn> },
];
