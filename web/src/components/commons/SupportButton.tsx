import { useState } from "react";
import { Link, useLocation } from "react-router";
import { api } from "../../api.ts";
import { useAction } from "../../hooks.ts";
import { useSession } from "../../session.tsx";
import type { Contribution } from "../../types/commons.ts";
import { LoadError } from "../States.tsx";

const people = (n: number) => (n === 0 ? "No supporters yet" : n === 1 ? "1 person supports this" : `${n} people support this`);

/** Support for a proposal: a toggle for signed-in people while it is open, and the count for everyone. */
export function SupportButton({ c }: { c: Contribution }) {
  const { me } = useSession();
  const location = useLocation();
  const [state, setState] = useState({ id: c.id, supports: c.viewer.supports, count: c.supportCount });
  const current = state.id === c.id ? state : { id: c.id, supports: c.viewer.supports, count: c.supportCount };
  const action = useAction(() => undefined);
  const open = c.status === "pending" || c.status === "conflicted";

  if (!open && current.count === 0) return null;
  if (!open || !me) {
    return (
      <div className="support">
        <p className="support-count">{people(current.count)}</p>
        {open ? (
          <p className="small">
            <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`}>Sign in</Link> to support it.
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div className="support">
      <button
        type="button"
        className={`button ${current.supports ? "button--primary" : "button--secondary"}`}
        aria-pressed={current.supports}
        disabled={action.busy}
        onClick={() =>
          action.run(async () => {
            const next = !current.supports;
            const { supportCount } = await api.support(c.id, next);
            setState({ id: c.id, supports: next, count: supportCount });
          })
        }
      >
        {current.supports ? "Supported" : "Support"}
      </button>
      <p className="support-count" aria-live="polite">
        {people(current.count)}
      </p>
      {action.error ? <LoadError error={action.error} /> : null}
    </div>
  );
}
