/** Typed calls for the needs board, and the commons and contributions it refers to. */

/** Where needs are posted: a commons, or an organization. */
export interface BoardScope {
  kind: "commons" | "organization";
  slug: string;
}

import type { PageQuery } from "../api.ts";
import type { BoardQuery, CommonsRef, ContributionSummary, Need, NeedInput, NeedItem, NeedPatch } from "../types/needs.ts";
import { del, get, patch, post, seg } from "./client.ts";
import type { Page } from "./schema.ts";

const need = (id: string, action = "") => `/needs/${seg(id)}${action}`;

export const needsApi = {
  board: (q: BoardQuery) => get<Page<NeedItem>>("/needs", { ...q }),
  post: (scope: BoardScope, body: NeedInput) =>
    post<Need>(`/${scope.kind === "commons" ? "commons" : "organizations"}/${seg(scope.slug)}/needs`, body),
  need: (id: string) => get<Need>(need(id)),
  edit: (id: string, body: NeedPatch) => patch<Need>(need(id), body),
  takeUp: (id: string) => post<Need>(need(id, "/take-up")),
  stepBack: (id: string) => del<Need>(need(id, "/take-up")),
  report: (id: string, body: string) => post<Need>(need(id, "/updates"), { body }),
  link: (id: string, contribution: string) => post<Need>(need(id, "/links"), { contribution }),
  close: (id: string, note: string) => post<Need>(need(id, "/close"), note ? { note } : {}),
  reopen: (id: string) => post<Need>(need(id, "/reopen")),

  commons: (slug: string) => get<CommonsRef>(`/commons/${seg(slug)}`),
  /** The name a board is headed with: the commons' title or the organization's name. */
  scopeTitle: async (scope: BoardScope) =>
    scope.kind === "commons"
      ? (await get<{ title: string }>(`/commons/${seg(scope.slug)}`)).title
      : (await get<{ name: string }>(`/organizations/${seg(scope.slug)}`)).name,
  contributions: (q: PageQuery & { commons?: string; author?: string }) => get<Page<ContributionSummary>>("/contributions", { ...q }),
};
