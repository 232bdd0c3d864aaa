import type { Executor } from "../../db/types.ts";
import { payersOn } from "../affiliations/service.ts";
import type { FUNDINGS } from "./schema.ts";

export interface Credit {
  funding: (typeof FUNDINGS)[number];
  paidById: string | null;
}

/**
 * Who paid for work done on `day`: the enterprise of an affiliation in force that day (a confirmed
 * one before a claimed one), otherwise the author volunteered; with no known author, unknown.
 */
export async function creditFor(db: Executor, authorId: string | null, day: string): Promise<Credit> {
  if (!authorId) return { funding: "unknown", paidById: null };
  const payers = await payersOn(db, authorId, day);
  const payer = payers.find((p) => p.status === "confirmed") ?? payers[0];
  return payer ? { funding: "paid", paidById: payer.enterpriseId } : { funding: "volunteer", paidById: null };
}
