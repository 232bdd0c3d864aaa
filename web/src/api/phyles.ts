/** Typed calls for phyles (an enterprise's charter and periods) and a commons' feedback loop and ValueFlows export. */

import type { PageQuery } from "../api.ts";
import type { CharterInput, CharterView, CommonsFlows, FlowInterval, PeriodInput, PhylePeriod } from "../types/phyles.ts";
import { get, post, put, seg } from "./client.ts";
import type { Page } from "./schema.ts";

const org = (slug: string, rest: string) => `/organizations/${seg(slug)}/${rest}`;

export const phyleApi = {
  charter: (slug: string) => get<CharterView>(org(slug, "phyle-charter")),
  adoptCharter: (slug: string, body: CharterInput) => put<CharterView>(org(slug, "phyle-charter"), body),
  periods: (slug: string, q: PageQuery) => get<Page<PhylePeriod>>(org(slug, "phyle-periods"), { ...q }),
  recordPeriod: (slug: string, body: PeriodInput) => post<PhylePeriod>(org(slug, "phyle-periods"), body),

  flows: (commons: string, q: { from?: string; to?: string; interval?: FlowInterval }) =>
    get<CommonsFlows>(`/commons/${seg(commons)}/flows`, { ...q }),
  /** Where the commons' ValueFlows events download, as JSON-LD. */
  valueflowsHref: (commons: string) => `/api/commons/${seg(commons)}/valueflows.jsonld`,
};
