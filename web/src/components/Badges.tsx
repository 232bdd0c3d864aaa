import { useTranslation } from "react-i18next";
import type { AffiliationStatus, Kind, Ownership, Role } from "../api/schema.ts";
import { AFFILIATION_STATUS_LABEL, KIND_LABEL, OWNERSHIP_LABEL, ROLE_LABEL } from "../format.ts";

export function KindBadge({ kind, ownership }: { kind: Kind; ownership?: Ownership | null | undefined }) {
  useTranslation();
  if (!ownership) return <span className={`badge badge--${kind}`}>{KIND_LABEL[kind]}</span>;
  return (
    <span className="badges">
      <span className={`badge badge--${kind}`}>{KIND_LABEL[kind]}</span>
      <span className="badge badge--ownership">{OWNERSHIP_LABEL[ownership]}</span>
    </span>
  );
}

export function RoleBadge({ role }: { role: Role }) {
  useTranslation();
  return <span className={`badge badge--role-${role}`}>{ROLE_LABEL[role]}</span>;
}

export function AffiliationBadge({ status }: { status: AffiliationStatus }) {
  useTranslation();
  return <span className={`badge badge--${status}`}>{AFFILIATION_STATUS_LABEL[status]}</span>;
}
