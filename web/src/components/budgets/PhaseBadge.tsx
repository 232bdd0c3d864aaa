import type { CallPhase, GrantStatus, ProjectStatus } from "./labels.ts";
import { GRANT_STATUS_LABEL, PHASE_LABEL, PROJECT_STATUS_LABEL } from "./labels.ts";

export function PhaseBadge({ phase }: { phase: CallPhase }) {
  return <span className={`badge pb-badge pb-badge--phase-${phase}`}>{PHASE_LABEL[phase]}</span>;
}

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  return <span className={`badge pb-badge pb-badge--status-${status}`}>{PROJECT_STATUS_LABEL[status]}</span>;
}

export function GrantStatusBadge({ status }: { status: GrantStatus }) {
  return <span className={`badge pb-badge pb-badge--grant-${status}`}>{GRANT_STATUS_LABEL[status]}</span>;
}
