import { useEffect, useRef, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link, Navigate, NavLink, Outlet, useLocation, useNavigate } from "react-router";
import { apiKey, invalidate } from "../api/query.ts";
import { LanguagePicker } from "../i18n/LanguagePicker.tsx";
import { ApiDocsLink } from "../i18n/tags.tsx";
import { signOut, useSession } from "../session.tsx";
import { Avatar } from "./Avatar.tsx";
import { NotificationBell } from "./notifications/NotificationBell.tsx";

function SignOutButton() {
  const { t } = useTranslation();
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
      {busy ? t("common.nav.signingOut") : t("common.nav.signOut")}
    </button>
  );
}

function TopNav() {
  const { t } = useTranslation();
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
        <nav aria-label={t("common.nav.label")} className="nav">
          <NavLink to="/commons" className="nav-link">
            {t("common.nav.commons")}
          </NavLink>
          <NavLink to="/orgs" end className="nav-link">
            {t("common.nav.organizations")}
          </NavLink>
          <NavLink to="/calls" className="nav-link">
            {t("budgets.nav.calls")}
          </NavLink>
          {me ? (
            <>
              <NavLink to="/orgs/new" className="nav-link">
                {t("common.nav.newOrganization")}
              </NavLink>
              <NavLink to="/me/bookings" className="nav-link">
                {t("sharing.nav.myBookings")}
              </NavLink>
              <NotificationBell key={me.id} />
              <NavLink to="/account" className="nav-link nav-account">
                <Avatar name={me.name} seed={me.handle} size="sm" />
                <span>{me.name}</span>
              </NavLink>
              <SignOutButton />
            </>
          ) : (
            <>
              <NavLink to={`/signin${next}`} className="nav-link">
                {t("common.nav.signIn")}
              </NavLink>
              <NavLink to={`/signup${next}`} className="nav-link nav-cta">
                {t("common.nav.signUp")}
              </NavLink>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}

// The tags the footer's messages may use; Trans fills each with the message's own words.
const FOOTER_TAGS = { strong: <strong />, docs: <ApiDocsLink /> };

/** Every page's frame; sends everyone to the first-run page until the instance is set up. */
export function Layout() {
  const { t } = useTranslation();
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
        {t("common.skipToContent")}
      </a>
      {instance.setUp ? <TopNav /> : null}
      <main id="main" ref={mainRef} tabIndex={-1} className="main">
        <Outlet />
      </main>
      <footer className="footer">
        <p>
          {instance.setUp ? (
            <Trans i18nKey="common.footer.runs" values={{ instance: instance.name }} components={FOOTER_TAGS} />
          ) : (
            <Trans i18nKey="common.footer.software" components={FOOTER_TAGS} />
          )}
        </p>
        <LanguagePicker />
      </footer>
    </>
  );
}
