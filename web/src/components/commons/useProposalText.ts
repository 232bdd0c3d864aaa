import { api } from "../../api.ts";
import { type Resource, useResource } from "../../hooks.ts";
import type { Contribution, ContributionChanges } from "../../types/commons.ts";
import { applyDiff, type Rebased, rebase } from "./text.ts";

export interface ProposalText {
  /** The text as proposed. */
  proposed: string;
  /** When the document moved on: the proposal carried onto the newest revision, and that revision's number. */
  rebased: (Rebased & { head: number }) | null;
}

/** The proposal's whole text, rebuilt from its base revision and its diff, and rebased when the document moved on. */
export function useProposalText(c: Contribution, changes: ContributionChanges): Resource<ProposalText> {
  const key = `proposal-text:${c.id}:${c.updatedAt}:${changes.merge?.head ?? ""}`;
  return useResource(key, async () => {
    const path = c.document?.path;
    const base = c.type === "edit" && path && c.baseRevision ? (await api.document(c.commons.slug, path, c.baseRevision)).content : "";
    const proposed = applyDiff(base, changes.diff);
    const merge = changes.merge;
    if (!merge || !path) return { proposed, rebased: null };
    const head = await api.document(c.commons.slug, path, merge.head);
    return { proposed, rebased: { ...rebase(base, head.content, proposed), head: merge.head } };
  });
}
