import { useId } from "react";
import type { Role } from "../../api/schema.ts";
import { ROLE_PLURAL, ROLES } from "../../format.ts";

/** Who may vote: every active member, or the active members holding some roles. */
export function ElectorateField({
  roles,
  onChange,
  error,
}: {
  /** null: every active member. */
  roles: Role[] | null;
  onChange: (roles: Role[] | null) => void;
  error?: string | undefined;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const chosen = roles ?? [];
  return (
    <fieldset aria-describedby={error ? `${errorId} ${id}-hint` : `${id}-hint`}>
      <legend>Who may vote?</legend>
      <p id={`${id}-hint`} className="field-hint">
        The voters are fixed when voting opens: members who join later cannot vote, and members who leave keep their vote.
      </p>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      <div className="choice-list">
        <label className="choice">
          <input type="radio" name="electorate" value="all" checked={roles === null} onChange={() => onChange(null)} />
          <span>
            <strong>All active members</strong>
          </span>
        </label>
        <label className="choice">
          <input
            type="radio"
            name="electorate"
            value="roles"
            checked={roles !== null}
            onChange={() => onChange(chosen.length ? chosen : ["steward"])}
          />
          <span>
            <strong>Only members with some roles</strong>
          </span>
        </label>
      </div>
      {roles !== null ? (
        <fieldset className="role-choices" aria-label="Roles that may vote">
          {ROLES.map((r, i) => (
            <label key={r} className="checkbox">
              <input
                type="checkbox"
                name="electorateRoles"
                value={r}
                checked={chosen.includes(r)}
                aria-invalid={error && i === 0 ? true : undefined}
                onChange={(e) =>
                  onChange(e.target.checked ? ROLES.filter((x) => x === r || chosen.includes(x)) : chosen.filter((x) => x !== r))
                }
              />
              {ROLE_PLURAL[r]}
            </label>
          ))}
        </fieldset>
      ) : null}
    </fieldset>
  );
}
