import { useTranslation } from "react-i18next";
import { Outlet, ScrollRestoration } from "react-router";
import { SessionProvider } from "./session.tsx";

/**
 * The instance and session every page needs. They come with the page (index.html's boot data, read by
 * session.tsx), so this fallback shows only without it (Vite's dev server) while the API answers, or
 * says plainly that the server cannot be reached.
 */
export function Root() {
  const { t } = useTranslation();
  return (
    <SessionProvider
      fallback={(boot, retry) =>
        boot.state === "failed" ? (
          <main className="boot">
            <div className="alert alert--error" role="alert">
              <strong>{t("orgs.boot.failed")}</strong>
              <p>{boot.message}</p>
              <button type="button" className="button button--primary" onClick={retry}>
                {t("common.action.retry")}
              </button>
            </div>
          </main>
        ) : (
          <main className="boot" aria-busy="true">
            <p className="state state--loading" role="status">
              <span className="spinner" aria-hidden="true" />
              {t("common.loading")}
            </p>
          </main>
        )
      }
    >
      <ScrollRestoration />
      <Outlet />
    </SessionProvider>
  );
}
