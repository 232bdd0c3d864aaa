import { Link, useLocation } from "react-router";
import { needsApi } from "../../api/needs.ts";
import { useAction } from "../../hooks.ts";
import { useSession } from "../../session.tsx";
import type { Need } from "../../types/needs.ts";
import { PersonLink } from "../PersonLink.tsx";
import { RelativeTime } from "../RelativeTime.tsx";

const noop = () => undefined;

/** "I'm taking this up" or "Step back": people choose their work, several may share it, nobody assigns it. */
function TakeUpAction({ need, onChange }: { need: Need; onChange: (need: Need) => void }) {
  const { me } = useSession();
  const location = useLocation();
  const action = useAction(noop);
  if (need.status === "done") return null;
  if (!me) {
    return (
      <p>
        <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`}>Sign in</Link> to take this up.
      </p>
    );
  }
  const on = need.viewer.hasTakenUp;
  return (
    <div className="take-up">
      {on ? (
        <button
          type="button"
          className="button button--secondary"
          disabled={action.busy}
          aria-busy={action.busy || undefined}
          onClick={() => action.run(async () => onChange(await needsApi.stepBack(need.id)))}
        >
          {action.busy ? "Stepping back…" : "Step back"}
        </button>
      ) : (
        <button
          type="button"
          className="button button--primary"
          disabled={action.busy}
          aria-busy={action.busy || undefined}
          onClick={() => action.run(async () => onChange(await needsApi.takeUp(need.id)))}
        >
          {action.busy ? "Taking it up…" : "I'm taking this up"}
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
export function Takers({ need, onChange }: { need: Need; onChange: (need: Need) => void }) {
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
      <TakeUpAction need={need} onChange={onChange} />
    </>
  );
}
