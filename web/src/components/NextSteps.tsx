import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTitle } from "../hooks.ts";
import { useSession } from "../session.tsx";

/** What sign-up leaves in the home page's history entry, so the home page greets the new person. */
export interface Welcome {
  welcome: true;
  /** Where they were when they chose to sign up, if anywhere but the home page. */
  next: string | null;
}

export function welcomeOf(state: unknown): Welcome | null {
  if (typeof state !== "object" || state === null || !("welcome" in state) || state.welcome !== true) return null;
  const next = "next" in state && typeof state.next === "string" ? state.next : null;
  return { welcome: true, next };
}

/** The three ways into the app for someone who has just signed up: read a commons, propose an edit, join an organization. */
export function NextSteps({ next }: { next: string | null }) {
  const { t } = useTranslation();
  const { instance, me } = useSession();
  useTitle(t("auth.nextSteps.title"));
  return (
    <div className="home next-steps">
      <section className="hero" aria-labelledby="welcome-title">
        <h1 id="welcome-title">{t("auth.nextSteps.heading", { name: me?.name ?? "" })}</h1>
        <p className="hero-text">{t("auth.nextSteps.lede", { instance: instance.name })}</p>
        {next ? (
          <div className="hero-actions">
            <Link to={next} className="button button--primary">
              {t("auth.nextSteps.continue")}
            </Link>
          </div>
        ) : null}
      </section>
      <section aria-label={t("auth.nextSteps.label")}>
        <ol className="pillar-list">
          <li className="pillar pillar--community">
            <h2>{t("auth.nextSteps.commons.title")}</h2>
            <p>{t("auth.nextSteps.commons.text")}</p>
            <p>
              <Link to="/commons">{t("auth.nextSteps.commons.link")}</Link>
            </p>
          </li>
          <li className="pillar pillar--association">
            <h2>{t("auth.nextSteps.edit.title")}</h2>
            <p>{t("auth.nextSteps.edit.text", { button: t("common.action.proposeEdit") })}</p>
          </li>
          <li className="pillar pillar--enterprise">
            <h2>{t("auth.nextSteps.orgs.title")}</h2>
            <p>{t("auth.nextSteps.orgs.text")}</p>
            <p>
              <Link to="/orgs">{t("auth.nextSteps.orgs.link")}</Link>
            </p>
          </li>
        </ol>
        <p>
          <Link to="/">{t("auth.nextSteps.home")}</Link>
        </p>
      </section>
    </div>
  );
}
