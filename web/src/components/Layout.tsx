import { useEffect, useRef, useState } from "react";
import { Link, Navigate, NavLink, Outlet, useLocation, useNavigate } from "react-router";
import { apiKey, invalidate } from "../api/query.ts";
import { signOut, useSession } from "../session.tsx";
import { Avatar } from "./Avatar.tsx";

function SignOutButton() {
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="nav-button"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          await signOut();
        } catch {
          // Signed out elsewhere already: the session is refetched as it is.
          void invalidate(apiKey("/api/auth/session"));
        }
        setBusy(false);
        navigate("/");
      }}
    >
      {busy ? "Signing out…" : "Sign out"}
    </button>
  );
}

function TopNav() {
  const { instance, me } = useSession();
  const location = useLocation();
  const next = location.pathname === "/" || location.pathname.startsWith("/sign") ? "" : `?next=${encodeURIComponent(location.pathname)}`;
  return (
    <header className="topbar">
      <div className="topbar-inner">
        <Link to="/" className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>{instance.name}</span>
        </Link>
        <nav aria-label="Main" className="nav">
          <NavLink to="/commons" className="nav-link">
            Commons
          </NavLink>
          <NavLink to="/orgs" end className="nav-link">
            Organizations
          </NavLink>
          {me ? (
            <>
              <NavLink to="/orgs/new" className="nav-link">
                New organization
              </NavLink>
              <NavLink to="/account" className="nav-link nav-account">
                <Avatar name={me.name} seed={me.handle} size="sm" />
                <span>{me.name}</span>
              </NavLink>
              <SignOutButton />
            </>
          ) : (
            <>
              <NavLink to={`/signin${next}`} className="nav-link">
                Sign in
              </NavLink>
              <NavLink to={`/signup${next}`} className="nav-link nav-cta">
                Sign up
              </NavLink>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}

/** Every page's frame; sends everyone to the first-run page until the instance is set up. */
export function Layout() {
  const { instance } = useSession();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);

  // After moving to another page, start keyboard and screen-reader users at its content.
  useEffect(() => {
    if (pathname !== firstPath.current) {
      firstPath.current = "";
      mainRef.current?.focus({ preventScroll: true });
    }
  }, [pathname]);

  if (!instance.setUp && pathname !== "/setup") return <Navigate to="/setup" replace />;
  if (instance.setUp && pathname === "/setup") return <Navigate to="/" replace />;
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      {instance.setUp ? <TopNav /> : null}
      <main id="main" ref={mainRef} tabIndex={-1} className="main">
        <Outlet />
      </main>
      <footer className="footer">
        <p>
          {instance.setUp ? `${instance.name} runs ` : null}
          <strong>Triarchy</strong>, free software for commons-based peer production. <a href="/api/docs">API documentation</a>
        </p>
      </footer>
    </>
  );
}
