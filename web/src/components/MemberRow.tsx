import { api } from "../api.ts";
import { formatDate, ROLE_LABEL } from "../format.ts";
import { useAction } from "../hooks.ts";
import { type Member, ROLES, type Role } from "../types.ts";
import { ConfirmButton } from "./ConfirmButton.tsx";
import { Field } from "./Field.tsx";
import { PersonLink } from "./PersonLink.tsx";

/** One active member; stewards can change the role or remove them. */
export function MemberRow({
  slug,
  member,
  canGovern,
  onChange,
}: {
  slug: string;
  member: Member;
  canGovern: boolean;
  onChange: () => void;
}) {
  const { busy, error, run } = useAction(onChange);

  return (
    <li className="member-row">
      <div className="member-who">
        <PersonLink person={member.person} />
        <span className="muted member-since">since {formatDate(member.since)}</span>
      </div>
      {canGovern ? (
        <div className="member-actions">
          <Field
            as="select"
            label={`Role of ${member.person.name}`}
            hideLabel
            name="role"
            value={member.role}
            disabled={busy}
            onChange={(e) => run(() => api.changeRole(slug, member.person.handle, e.target.value as Role))}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABEL[r]}
              </option>
            ))}
          </Field>
          <ConfirmButton
            question={`Remove ${member.person.name}?`}
            confirmLabel="Remove"
            busy={busy}
            onConfirm={() => run(() => api.removeMember(slug, member.person.handle))}
          >
            Remove
          </ConfirmButton>
        </div>
      ) : null}
      {error ? (
        <p className="field-error member-error" role="alert">
          {error.detail}
        </p>
      ) : null}
    </li>
  );
}
