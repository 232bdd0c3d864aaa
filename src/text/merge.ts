import { diff3Merge } from "node-diff3";

export interface MergeConflict {
  /** Lines as they are now (the document's head), as they were (the proposal's base), and as proposed. */
  current: string[];
  base: string[];
  proposed: string[];
  /** 1-based line in the head where the conflict sits. */
  line: number;
}

export type MergeOutcome =
  | { clean: true; content: string }
  | {
      clean: false;
      conflicts: MergeConflict[];
      /** Everything that merged, with the proposal's lines where both sides changed: where an author starts resolving. */
      proposalFirst: string;
    };

const lines = (text: string) => text.split("\n");

/**
 * Three-way merge of a proposal made against `base` into a document that has since become `current`.
 * Changes that do not overlap merge; overlapping ones are returned as conflicts.
 */
export function threeWayMerge(base: string, current: string, proposed: string): MergeOutcome {
  if (current === base) return { clean: true, content: proposed };
  if (proposed === base || proposed === current) return { clean: true, content: current };
  const regions = diff3Merge(lines(current), lines(base), lines(proposed), { excludeFalseConflicts: true });
  const merged: string[] = [];
  const conflicts: MergeConflict[] = [];
  for (const r of regions) {
    if (r.ok) merged.push(...r.ok);
    else if (r.conflict) {
      conflicts.push({ current: r.conflict.a, base: r.conflict.o, proposed: r.conflict.b, line: r.conflict.aIndex + 1 });
      merged.push(...r.conflict.b);
    }
  }
  return conflicts.length ? { clean: false, conflicts, proposalFirst: merged.join("\n") } : { clean: true, content: merged.join("\n") };
}
