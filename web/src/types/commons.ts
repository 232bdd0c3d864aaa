/**
 * DEPRECATED: the commons area's types come from api/schema.ts and its value lists from its label
 * maps (components/commons/labels.ts). Kept only for the value and reciprocity areas (types/value.ts,
 * types/reciprocity.ts, value/EquationEditor.tsx) until they are converted; then delete this file.
 */
export type { ContributionKind, LicenceFamily } from "../api/schema.ts";
export { CONTRIBUTION_KINDS } from "../components/commons/labels.ts";
