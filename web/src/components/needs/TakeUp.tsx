import { Trans, useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { Need } from "../../api/schema.ts";
import { useSession } from "../../session.tsx";
import { RemoteAuthor } from "../federation/RemoteAuthor.tsx";
import { PersonLink } from "../PersonLink.tsx";
import { RelativeTime } from "../RelativeTime.tsx";
import { useNeedMutation } from "./queries.ts";

/** "I'm taking this up" or "Step back": people choose their work, several may share it, nobody assigns it. */
function TakeUpAction({ need }: { need: Need }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const on = need.viewer.hasTakenUp;
  const action = useNeedMutation(need.id, () => {
    const init = { params: { path: { id: need.id } } };
    return data(on ? client.DELETE("/api/needs/{id}/take-up", init) : client.POST("/api/needs/{id}/take-up", init));
  });
  if (need.status === "done") return null;
  if (!me) {
    return (
      <p>
        <Trans
          i18nKey="needs.takeUp.signIn"
          components={{ signin: <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`} /> }}
        />
      </p>
    );
  }
  const busy = action.isPending;
  return (
    <div className="take-up">
      {on ? (
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          aria-busy={busy || undefined}
          onClick={() => action.mutate()}
        >
          {busy ? t("needs.takeUp.steppingBack") : t("needs.takeUp.stepBack")}
        </button>
      ) : (
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          aria-busy={busy || undefined}
          onClick={() => action.mutate()}
        >
          {busy ? t("needs.takeUp.busy") : t("needs.takeUp.submit")}
        </button>
      )}
      <p className="field-hint">{on ? t("needs.takeUp.onHint") : t("needs.takeUp.offHint")}</p>
      {action.error ? (
        <p className="field-error" role="alert">
          {action.error.detail}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Who has taken the need up: people here, then people on other instances (by their handle there,
 * marked as such), and the viewer's own take-up action.
 */
export function Takers({ need }: { need: Need }) {
  const { t } = useTranslation();
  const since = (when: string) => (
    <span className="muted small">
      <Trans i18nKey="needs.takers.since" components={{ time: <RelativeTime value={when} /> }} />
    </span>
  );
  return (
    <>
      {need.takers.length + need.remoteTakers.length === 0 ? (
        <p className="muted">{need.status === "done" ? t("needs.takers.noneDone") : t("needs.takers.none")}</p>
      ) : (
        <ul className="takers">
          {need.takers.map((taker) => (
            <li key={taker.handle}>
              <PersonLink person={taker} showHandle={false} />
              {since(taker.since)}
            </li>
          ))}
          {need.remoteTakers.map((taker) => (
            <li key={taker.uri}>
              <RemoteAuthor author={taker} marked />
              {since(taker.since)}
            </li>
          ))}
        </ul>
      )}
      <TakeUpAction need={need} />
    </>
  );
}
