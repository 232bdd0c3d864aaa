/** Reciprocity's cache keys, and what a write there refreshes. */
import { activitiesKey } from "../../api/foundation.ts";
import { apiKey, invalidate } from "../../api/query.ts";
import { invalidateTreasury } from "../treasury/queries.ts";

export const agreementKey = (id: string) => apiKey("/api/agreements/{id}", { path: { id } });

/** Every commons' feedback loop (reciprocity, phyle commitments and distributions flow through it). */
export const flowsKey = apiKey("/api/commons/{slug}/flows");

/** After a use is declared or an agreement offered or answered: every list of uses (their compliance and agreement), of agreements, and activity. */
export const invalidateUses = (agreementId?: string) =>
  invalidate(
    apiKey("/api/commons/{slug}/uses"),
    apiKey("/api/organizations/{slug}/uses"),
    apiKey("/api/organizations/{slug}/agreements"),
    ...(agreementId ? [agreementKey(agreementId)] : []),
    activitiesKey,
  );

/** After an invoice is raised or paid: the agreement and the lists above, and the books both sides keep. */
export const invalidateInvoices = (agreementId: string) =>
  Promise.all([invalidateUses(agreementId), invalidateTreasury(), invalidate(flowsKey)]);
