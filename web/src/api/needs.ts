/** Typed calls for the needs board, and the commons and contributions it refers to. */
import type { PageQuery } from "../api.ts";
import type { BoardQuery, CommonsRef, ContributionSummary, Need, NeedInput, NeedItem, NeedPatch } from "../types/needs.ts";
import type { Page } from "../types.ts";
import { del, get, patch, post, seg } from "./client.ts";

const need = (id: string, action = "") => `/needs/${seg(id)}${action}`;

export const needsApi = {
  board: (q: BoardQuery) => get<Page<NeedItem>>("/needs", { ...q }),
  postOnCommons: (slug: string, body: NeedInput) => post<Need>(`/commons/${seg(slug)}/needs`, body),
  need: (id: string) => get<Need>(need(id)),
  edit: (id: string, body: NeedPatch) => patch<Need>(need(id), body),
  takeUp: (id: string) => post<Need>(need(id, "/take-up")),
  stepBack: (id: string) => del<Need>(need(id, "/take-up")),
  report: (id: string, body: string) => post<Need>(need(id, "/updates"), { body }),
  link: (id: string, contribution: string) => post<Need>(need(id, "/links"), { contribution }),
  close: (id: string, note: string) => post<Need>(need(id, "/close"), note ? { note } : {}),
  reopen: (id: string) => post<Need>(need(id, "/reopen")),

  commons: (slug: string) => get<CommonsRef>(`/commons/${seg(slug)}`),
  contributions: (q: PageQuery & { commons?: string; author?: string }) => get<Page<ContributionSummary>>("/contributions", { ...q }),
};
