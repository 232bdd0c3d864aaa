/** Who is signed in and which instance this is, loaded once and shared by every page. */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { api } from "./api.ts";
import type { Instance, Me } from "./types.ts";

export interface SessionValue {
  instance: Instance;
  me: Me | null;
  /** Call after signing in, up or out, or editing one's profile. */
  setMe: (me: Me | null) => void;
  reloadInstance: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession outside SessionProvider");
  return value;
}

type Boot = { state: "loading" } | { state: "failed"; message: string } | { state: "ready"; instance: Instance; me: Me | null };

export function SessionProvider({ children, fallback }: { children: ReactNode; fallback: (boot: Boot, retry: () => void) => ReactNode }) {
  const [boot, setBoot] = useState<Boot>({ state: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    if (attempt > 0) setBoot({ state: "loading" });
    Promise.all([api.instance(), api.session()]).then(
      ([instance, session]) => live && setBoot({ state: "ready", instance, me: session.person }),
      (err: unknown) => live && setBoot({ state: "failed", message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  const setMe = useCallback((me: Me | null) => setBoot((b) => (b.state === "ready" ? { ...b, me } : b)), []);
  const reloadInstance = useCallback(async () => {
    const instance = await api.instance();
    setBoot((b) => (b.state === "ready" ? { ...b, instance } : b));
  }, []);

  const value = useMemo(
    () => (boot.state === "ready" ? { instance: boot.instance, me: boot.me, setMe, reloadInstance } : null),
    [boot, setMe, reloadInstance],
  );
  if (!value) return fallback(boot, () => setAttempt((n) => n + 1));
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export type { Boot };
