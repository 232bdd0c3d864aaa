import { useOutletContext } from "react-router";
import type { Call } from "./labels.ts";
import { PHASES } from "./labels.ts";

export interface CallContext {
  call: Call;
}

/** The call whose page frames this one (pages/budgets/CallLayout.tsx). */
export function useCall(): Call {
  return useOutletContext<CallContext>().call;
}

/** Whether a call has reached a phase (its stored phase, moved on by the server's clock). */
export const reached = (call: Pick<Call, "phase">, phase: Call["phase"]): boolean => PHASES.indexOf(call.phase) >= PHASES.indexOf(phase);

/** The call's page, or one of its pages. */
export const callPath = (slug: string, rest = ""): string => `/calls/${encodeURIComponent(slug)}${rest ? `/${rest}` : ""}`;
export const projectPath = (slug: string, number: string, rest = ""): string =>
  callPath(slug, `projects/${encodeURIComponent(number)}${rest ? `/${rest}` : ""}`);
