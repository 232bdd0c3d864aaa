import { Trans, useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { Contribution } from "../../api/schema.ts";
import { useSession } from "../../session.tsx";
import { LoadError } from "../States.tsx";
import { useContributionMutation } from "./queries.ts";

/** Support for a proposal: a toggle for signed-in people while it is open, and the count for everyone. */
export function SupportButton({ c }: { c: Contribution }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const supports = c.viewer.supports;
  // The contribution refetches with the new count and the viewer's support before the button is enabled again.
  const toggle = useContributionMutation(c, () => {
    const init = { params: { path: { id: c.id } } };
    return data(supports ? client.DELETE("/api/contributions/{id}/support", init) : client.POST("/api/contributions/{id}/support", init));
  });
  const open = c.status === "pending" || c.status === "conflicted";

  if (!open && c.supportCount === 0) return null;
  if (!open || !me) {
    return (
      <div className="support">
        <p className="support-count">{t("commons.support.count", { count: c.supportCount })}</p>
        {open ? (
          <p className="small">
            <Trans
              i18nKey="commons.support.signIn"
              components={{ signin: <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`} /> }}
            />
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div className="support">
      <button
        type="button"
        className={`button ${supports ? "button--primary" : "button--secondary"}`}
        aria-pressed={supports}
        disabled={toggle.isPending}
        onClick={() => toggle.mutate()}
      >
        {supports ? t("commons.support.supported") : t("commons.support.support")}
      </button>
      <p className="support-count" aria-live="polite">
        {t("commons.support.count", { count: c.supportCount })}
      </p>
      {toggle.error ? <LoadError error={toggle.error} /> : null}
    </div>
  );
}
