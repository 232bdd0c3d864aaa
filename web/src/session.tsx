/** Who is signed in and which instance this is: two cached queries every page shares. */
import { queryOptions, useQuery } from "@tanstack/react-query";
import { createContext, type ReactNode, useContext, useMemo } from "react";
import { client, setCsrfToken } from "./api/client.ts";
import { apiKey, data, invalidate, queryClient } from "./api/query.ts";
import type { ApiBody, Instance, Me, Session } from "./api/schema.ts";

export interface SessionValue {
  instance: Instance;
  me: Me | null;
  /** Call after editing one's profile; signing in, up or out goes through `authenticate`/`signOut`. */
  setMe: (me: Me | null) => void;
  reloadInstance: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession outside SessionProvider");
  return value;
}

const sessionKey = apiKey("/api/auth/session");
const instanceKey = apiKey("/api/instance");

/** Every session the server answers carries the CSRF token the client sends on writes. */
function remember(session: Session): Session {
  setCsrfToken(session.csrfToken);
  return session;
}

const sessionQuery = queryOptions({
  queryKey: sessionKey,
  queryFn: async ({ signal }) => remember(await data(client.GET("/api/auth/session", { signal }))),
  staleTime: Number.POSITIVE_INFINITY,
});
const instanceQuery = queryOptions({
  queryKey: instanceKey,
  queryFn: ({ signal }) => data(client.GET("/api/instance", { signal })),
  staleTime: 60_000,
});

/** A new session: remembered, shown at once, and every other cached answer refetched as its person sees it. */
async function settle(session: Session): Promise<Session> {
  queryClient.setQueryData(sessionKey, remember(session));
  await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
  return session;
}

type AuthPath = "/api/auth/signin" | "/api/auth/signup" | "/api/setup";

/**
 * Signs in, up, or sets the instance up. Sent with `keepalive`, so leaving the page mid-request
 * does not cancel it.
 */
export async function authenticate<P extends AuthPath>(path: P, body: ApiBody<P, "post">): Promise<Session> {
  const session = await data((client.POST as (p: string, init: object) => Promise<{ data?: Session }>)(path, { body, keepalive: true }));
  return settle(session);
}

export async function signOut(): Promise<void> {
  await data(client.POST("/api/auth/signout"));
  setCsrfToken(null);
  await settle({ person: null, csrfToken: null });
}

type Boot = { state: "loading" } | { state: "failed"; message: string };

export function SessionProvider({ children, fallback }: { children: ReactNode; fallback: (boot: Boot, retry: () => void) => ReactNode }) {
  // Both start at once; neither waits for the other.
  const instance = useQuery(instanceQuery);
  const session = useQuery(sessionQuery);

  const value = useMemo<SessionValue | null>(
    () =>
      instance.data && session.data
        ? {
            instance: instance.data,
            me: session.data.person,
            setMe: (me) => queryClient.setQueryData(sessionKey, (s) => (s ? { ...s, person: me } : s)),
            reloadInstance: () => invalidate(instanceKey).then(() => undefined),
          }
        : null,
    [instance.data, session.data],
  );
  if (value) return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
  const error = instance.error ?? session.error;
  const retry = () => {
    void instance.refetch();
    void session.refetch();
  };
  return fallback(error ? { state: "failed", message: error.message } : { state: "loading" }, retry);
}

export type { Boot };
