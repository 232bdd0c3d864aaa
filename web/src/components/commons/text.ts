/**
 * Rebuilding a proposal's text on the client. The API shows a proposal as a diff against its
 * base revision; applying that diff to the base gives back the proposed text, and a three-way
 * merge with the newest revision gives the text to start resolving conflicts from.
 */
import { diff3Merge } from "node-diff3";
import type { Diff } from "../../types/commons.ts";

const lineText = (segments: { text: string }[]) => segments.map((s) => s.text).join("");

/** The base's lines, without the empty string a final newline leaves (as the server's diff counts them). */
function splitLines(text: string): string[] {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

/** The text a diff turns `base` into. Whether it ends with a newline follows the base (or, for a new document, yes). */
export function applyDiff(base: string, diff: Diff): string {
  const old = splitLines(base);
  const out: string[] = [];
  let at = 0; // index into old
  for (const hunk of diff.hunks) {
    const start = Math.max(0, hunk.oldStart - 1);
    // A hunk that starts with added lines names the old line after them; copy only what precedes it.
    const firstOld = hunk.lines.find((l) => l.old !== undefined)?.old;
    const copyTo = firstOld !== undefined ? firstOld - 1 : start;
    while (at < copyTo && at < old.length) out.push(old[at++] as string);
    for (const line of hunk.lines) {
      if (line.op === "add") out.push(lineText(line.segments));
      else if (line.op === "same") out.push(old[at++] ?? lineText(line.segments));
      else at++;
    }
  }
  while (at < old.length) out.push(old[at++] as string);
  const endsWithNewline = base === "" || base.endsWith("\n");
  return out.join("\n") + (endsWithNewline && out.length > 0 ? "\n" : "");
}

export interface Rebased {
  text: string;
  /** How many places needed a choice: there the text holds the proposal's lines. */
  conflicts: number;
}

/**
 * The proposal carried onto the newest text: changes that do not overlap merge, and where both
 * changed the same lines the proposal's lines are kept, for the author to reconcile by hand.
 */
export function rebase(base: string, current: string, proposed: string): Rebased {
  const regions = diff3Merge(current.split("\n"), base.split("\n"), proposed.split("\n"), { excludeFalseConflicts: true });
  const merged: string[] = [];
  let conflicts = 0;
  for (const r of regions) {
    if (r.ok) merged.push(...r.ok);
    else if (r.conflict) {
      conflicts++;
      merged.push(...r.conflict.b);
    }
  }
  return { text: merged.join("\n"), conflicts };
}
