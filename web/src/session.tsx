/** Who is signed in and which instance this is: two cached queries every page shares. */
import { queryOptions, useQuery } from "@tanstack/react-query";
import { createContext, type ReactNode, useContext, useMemo } from "react";
import { client, setCsrfToken } from "./api/client.ts";
import { apiKey, data, invalidate, queryClient } from "./api/query.ts";
import type { ApiBody, Instance, Me, Person, Session } from "./api/schema.ts";

export interface SessionValue {
  instance: Instance;
  me: Me | null;
  /** Call after editing one's profile; signing in, up or out goes through `authenticate`/`signOut`. */
  setMe: (me: Me | null) => void;
  reloadInstance: () => Promise<void>;
  /**
   * True while `me` comes from the page's boot data, which leaves the email out: until
   * /api/auth/session answers, `me.email` is empty (and `emailVerified` true, so no notice flashes). RequireSignIn waits for it.
   */
  provisional: boolean;
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

/** What the server wrote into index.html (src/http/boot.ts): the instance and the signed-in person, less their email. */
interface PageBoot {
  instance: Instance;
  person: Person | null;
  csrfToken: string | null;
}

function readBoot(): PageBoot | null {
  const text = typeof document === "undefined" ? null : document.getElementById("boot")?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as PageBoot;
  } catch {
    return null;
  }
}

/** Read once, when the app starts: later pages are the same document, and their answers come from the API. */
const boot = readBoot();
if (boot) setCsrfToken(boot.csrfToken);
const bootedAt = Date.now();

/** The boot person as a session, until the API's answer brings the email. The object's identity marks it provisional. */
const bootSession: Session | undefined = boot
  ? { person: boot.person ? { ...boot.person, email: "", emailVerified: true, language: null } : null, csrfToken: boot.csrfToken }
  : undefined;

const sessionQuery = queryOptions({
  queryKey: sessionKey,
  queryFn: async ({ signal }) => remember(await data(client.GET("/api/auth/session", { signal }))),
  initialData: bootSession,
  // The boot session is shown at once and replaced as soon as the API answers; an answered one stays.
  staleTime: (q) => (q.state.data === bootSession && bootSession?.person ? 0 : Number.POSITIVE_INFINITY),
});
const instanceQuery = queryOptions({
  queryKey: instanceKey,
  queryFn: ({ signal }) => data(client.GET("/api/instance", { signal })),
  initialData: boot?.instance,
  initialDataUpdatedAt: bootedAt,
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
  // Seeded from the page's boot data when it has some, so the first render has them; otherwise both
  // requests start at once and neither waits for the other.
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
            provisional: session.data === bootSession && !!bootSession?.person,
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
