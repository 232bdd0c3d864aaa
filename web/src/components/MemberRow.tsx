import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { client } from "../api/client.ts";
import { invalidateOrg } from "../api/foundation.ts";
import { data } from "../api/query.ts";
import type { Member, Role } from "../api/schema.ts";
import { formatDate, ROLE_LABEL, ROLES } from "../format.ts";
import { ConfirmButton } from "./ConfirmButton.tsx";
import { Field } from "./Field.tsx";
import { PersonLink } from "./PersonLink.tsx";

/** One active member; stewards can change the role or remove them. */
export function MemberRow({ slug, member, canGovern }: { slug: string; member: Member; canGovern: boolean }) {
  const { t } = useTranslation();
  const path = { slug, handle: member.person.handle };
  const change = useMutation({
    mutationFn: (role: Role | null) =>
      role
        ? data(client.PATCH("/api/organizations/{slug}/members/{handle}", { params: { path }, body: { role } }))
        : data(client.DELETE("/api/organizations/{slug}/members/{handle}", { params: { path } })),
    onSuccess: () => invalidateOrg(slug),
  });
  const busy = change.isPending;

  return (
    <li className="member-row">
      <div className="member-who">
        <PersonLink person={member.person} />
        <span className="muted member-since">{t("orgs.member.since", { date: formatDate(member.since) })}</span>
      </div>
      {canGovern ? (
        <div className="member-actions">
          <Field
            as="select"
            label={t("orgs.member.roleOf", { name: member.person.name })}
            hideLabel
            name="role"
            value={member.role}
            disabled={busy}
            onChange={(e) => change.mutate(e.target.value as Role)}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABEL[r]}
              </option>
            ))}
          </Field>
          <ConfirmButton
            question={t("orgs.member.removeQuestion", { name: member.person.name })}
            confirmLabel={t("orgs.member.remove")}
            busy={busy}
            onConfirm={() => change.mutate(null)}
          >
            {t("orgs.member.remove")}
          </ConfirmButton>
        </div>
      ) : null}
      {change.error ? (
        <p className="field-error member-error" role="alert">
          {change.error.detail}
        </p>
      ) : null}
    </li>
  );
}
