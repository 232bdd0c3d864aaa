import { Link, useLocation } from "react-router";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import type { Need } from "../../api/schema.ts";
import { useSession } from "../../session.tsx";
import { PersonLink } from "../PersonLink.tsx";
import { RelativeTime } from "../RelativeTime.tsx";
import { useNeedMutation } from "./queries.ts";

/** "I'm taking this up" or "Step back": people choose their work, several may share it, nobody assigns it. */
function TakeUpAction({ need }: { need: Need }) {
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
        <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`}>Sign in</Link> to take this up.
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
          {busy ? "Stepping back…" : "Step back"}
        </button>
      ) : (
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          aria-busy={busy || undefined}
          onClick={() => action.mutate()}
        >
          {busy ? "Taking it up…" : "I'm taking this up"}
        </button>
      )}
      <p className="field-hint">
        {on ? "You are on this. Step back if you can no longer work on it." : "Say you are working on it. Others may join you."}
      </p>
      {action.error ? (
        <p className="field-error" role="alert">
          {action.error.detail}
        </p>
      ) : null}
    </div>
  );
}

/** Who has taken the need up, and the viewer's own take-up action. */
export function Takers({ need }: { need: Need }) {
  return (
    <>
      {need.takers.length === 0 ? (
        <p className="muted">{need.status === "done" ? "Nobody took this up." : "Nobody has taken this up yet."}</p>
      ) : (
        <ul className="takers">
          {need.takers.map((t) => (
            <li key={t.handle}>
              <PersonLink person={t} showHandle={false} />
              <span className="muted small">
                since <RelativeTime value={t.since} />
              </span>
            </li>
          ))}
        </ul>
      )}
      <TakeUpAction need={need} />
    </>
  );
}
