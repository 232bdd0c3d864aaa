/** Typed calls for proposals and votes. */
import type { PageQuery } from "../api.ts";
import type { MyVote, NewProposal, Proposal, ProposalItem, ProposalQuery, VoteInput, VoteRow } from "../types/decisions.ts";
import { get, post, put, seg } from "./client.ts";
import type { Page } from "./schema.ts";

const proposal = (id: string, action = "") => `/proposals/${seg(id)}${action}`;

export const decisionsApi = {
  /** Newest first; `awaiting: "me"` keeps the open ones the viewer may vote on and has not. */
  list: (q: ProposalQuery) => get<Page<ProposalItem>>("/proposals", { ...q }),
  create: (slug: string, body: NewProposal) => post<Proposal>(`/organizations/${seg(slug)}/proposals`, body),
  proposal: (id: string) => get<Proposal>(proposal(id)),
  /** Casts or changes the viewer's vote. */
  vote: (id: string, body: VoteInput) => put<MyVote>(proposal(id, "/vote"), body),
  /** Earliest first. */
  votes: (id: string, q: PageQuery) => get<Page<VoteRow>>(proposal(id, "/votes"), { ...q }),
  cancel: (id: string, reason: string) => post<Proposal>(proposal(id, "/cancel"), { reason }),
};
