import { useId } from "react";
import { useTranslation } from "react-i18next";
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
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  const chosen = roles ?? [];
  return (
    <fieldset aria-describedby={error ? `${errorId} ${id}-hint` : `${id}-hint`}>
      <legend>{t("decisions.electorateField.legend")}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t("decisions.electorateField.hint")}
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
            <strong>{t("decisions.electorateField.all")}</strong>
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
            <strong>{t("decisions.electorateField.someRoles")}</strong>
          </span>
        </label>
      </div>
      {roles !== null ? (
        <fieldset className="role-choices" aria-label={t("decisions.electorateField.roles")}>
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
