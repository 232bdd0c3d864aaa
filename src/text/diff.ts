import { diffLines, diffWordsWithSpace } from "diff";

export interface Segment {
  text: string;
  /** Set on the words that changed within a changed line. */
  changed?: true;
}

export interface DiffLine {
  op: "same" | "add" | "del";
  /** Line numbers in the old and new text (1-based), where the line exists. */
  old?: number;
  new?: number;
  segments: Segment[];
}

export interface Hunk {
  oldStart: number;
  newStart: number;
  lines: DiffLine[];
}

export interface TextDiff {
  added: number;
  removed: number;
  hunks: Hunk[];
  /** True when the texts were too different to diff line by line in time and are shown as replaced. */
  replacedWhole: boolean;
}

const CONTEXT = 3;
// Word highlighting is for reading; a very long line is shown changed as a whole.
const MAX_WORD_DIFF_CHARS = 4000;
const DIFF_TIMEOUT_MS = 1500;

const splitLines = (text: string) => {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
};

/** How many lines a text has (a final newline ends the last line, it does not start another). */
export const lineCount = (text: string) => splitLines(text).length;

/** Line counts only: what a contribution's size is made of. */
export function lineStats(before: string, after: string): { added: number; removed: number } {
  const changes = diffLines(before, after, { timeout: DIFF_TIMEOUT_MS });
  if (!changes) return { added: splitLines(after).length, removed: splitLines(before).length };
  let added = 0;
  let removed = 0;
  for (const c of changes) {
    if (c.added) added += c.count ?? 0;
    else if (c.removed) removed += c.count ?? 0;
  }
  return { added, removed };
}

function wordSegments(oldLine: string, newLine: string): [Segment[], Segment[]] {
  if (oldLine.length + newLine.length > MAX_WORD_DIFF_CHARS) return [[{ text: oldLine }], [{ text: newLine }]];
  const oldSegs: Segment[] = [];
  const newSegs: Segment[] = [];
  for (const part of diffWordsWithSpace(oldLine, newLine)) {
    if (part.removed) oldSegs.push({ text: part.value, changed: true });
    else if (part.added) newSegs.push({ text: part.value, changed: true });
    else {
      oldSegs.push({ text: part.value });
      newSegs.push({ text: part.value });
    }
  }
  return [oldSegs, newSegs];
}

/** Every line of both texts in order, with removed/added runs paired line by line for word highlighting. */
function allLines(before: string, after: string): { lines: DiffLine[]; replacedWhole: boolean } {
  const computed = diffLines(before, after, { timeout: DIFF_TIMEOUT_MS });
  const replacedWhole = computed === undefined;
  const changes = computed ?? [
    { value: before, removed: true, added: false, count: splitLines(before).length },
    { value: after, added: true, removed: false, count: splitLines(after).length },
  ];
  const lines: DiffLine[] = [];
  let oldNo = 1;
  let newNo = 1;
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i];
    if (!c) continue;
    const text = splitLines(c.value);
    if (!c.added && !c.removed) {
      for (const t of text) lines.push({ op: "same", old: oldNo++, new: newNo++, segments: [{ text: t }] });
      continue;
    }
    const next = changes[i + 1];
    if (c.removed && next?.added) {
      const added = splitLines(next.value);
      const pairs = Math.min(text.length, added.length);
      const dels: DiffLine[] = [];
      const adds: DiffLine[] = [];
      for (let k = 0; k < Math.max(text.length, added.length); k++) {
        const o = text[k];
        const n = added[k];
        if (k < pairs && o !== undefined && n !== undefined) {
          const [os, ns] = wordSegments(o, n);
          dels.push({ op: "del", old: oldNo++, segments: os });
          adds.push({ op: "add", new: newNo++, segments: ns });
        } else if (o !== undefined) dels.push({ op: "del", old: oldNo++, segments: [{ text: o }] });
        else if (n !== undefined) adds.push({ op: "add", new: newNo++, segments: [{ text: n }] });
      }
      lines.push(...dels, ...adds);
      i++;
      continue;
    }
    for (const t of text) {
      lines.push(c.added ? { op: "add", new: newNo++, segments: [{ text: t }] } : { op: "del", old: oldNo++, segments: [{ text: t }] });
    }
  }
  return { lines, replacedWhole };
}

/** A line-level diff in unified hunks (three lines of context), with the changed words marked. */
export function textDiff(before: string, after: string): TextDiff {
  const { lines, replacedWhole } = allLines(before, after);
  const hunks: Hunk[] = [];
  let added = 0;
  let removed = 0;
  let current: Hunk | undefined;
  let lastChange = -Infinity;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as DiffLine;
    if (line.op === "same") continue;
    if (line.op === "add") added++;
    else removed++;
    const from = Math.max(i - CONTEXT, 0);
    if (!current || from > lastChange + CONTEXT + 1) {
      if (current) current.lines.push(...lines.slice(lastChange + 1, Math.min(lastChange + 1 + CONTEXT, lines.length)));
      const first = lines[from] as DiffLine;
      current = { oldStart: first.old ?? nearestOld(lines, from), newStart: first.new ?? nearestNew(lines, from), lines: [] };
      hunks.push(current);
      current.lines.push(...lines.slice(from, i));
    } else {
      current.lines.push(...lines.slice(lastChange + 1, i));
    }
    current.lines.push(line);
    lastChange = i;
  }
  if (current) current.lines.push(...lines.slice(lastChange + 1, Math.min(lastChange + 1 + CONTEXT, lines.length)));
  return { added, removed, hunks, replacedWhole };
}

function nearestOld(lines: DiffLine[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const o = lines[i]?.old;
    if (o !== undefined) return o;
  }
  return 1;
}
function nearestNew(lines: DiffLine[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const n = lines[i]?.new;
    if (n !== undefined) return n;
  }
  return 1;
}
