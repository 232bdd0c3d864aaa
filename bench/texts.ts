/**
 * Generated document texts for the commons tests: a large Markdown document and a copy with
 * scattered line edits (the diff test), a history document's successive versions (one line
 * changes per revision) and a small document for proposals. All from a seeded generator.
 */
import { AUDIENCES, PLACES, TOPICS, VERBS } from "./words.ts";

export type Rand = () => number;

/** mulberry32: small, fast, and the same text every run. */
export function rng(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);

function sentence(r: Rand): string {
  const n = 1 + Math.floor(r() * 3);
  const topics = Array.from({ length: n }, () => pick(r, TOPICS)).join(", ");
  return `${cap(pick(r, AUDIENCES))} in ${pick(r, PLACES)} ${pick(r, VERBS)} ${topics} with ${Math.floor(r() * 90) + 10} mm of clearance.`;
}

/** A paragraph wrapped at about 100 characters, as people write Markdown in an editor. */
function paragraph(r: Rand): string[] {
  const words = Array.from({ length: 3 + Math.floor(r() * 4) }, () => sentence(r))
    .join(" ")
    .split(" ");
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    if (line && line.length + w.length + 1 > 100) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}

function block(r: Rand, i: number): string[] {
  const kind = r();
  if (kind < 0.55) return paragraph(r);
  if (kind < 0.8) return Array.from({ length: 3 + Math.floor(r() * 5) }, () => `- ${sentence(r)}`);
  if (kind < 0.92) {
    const rows = Array.from(
      { length: 3 + Math.floor(r() * 6) },
      (_, k) => `| ${k + 1} | ${cap(pick(r, TOPICS))} | ${Math.floor(r() * 500)} mm | ${pick(r, PLACES)} |`,
    );
    return ["| # | Part | Size | Source |", "| --- | --- | --- | --- |", ...rows];
  }
  return [
    "```",
    ...Array.from({ length: 2 + Math.floor(r() * 6) }, (_, k) => `set ${pick(r, TOPICS)}_${i}_${k} = ${Math.floor(r() * 1000)}`),
    "```",
  ];
}

/** Markdown of about `bytes` bytes: sections with paragraphs, lists, tables and code blocks. */
export function markdownDocument(r: Rand, bytes: number): string {
  const lines = ["# Bench handbook", ""];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const add =
      i % 6 === 0 ? [`## ${i / 6 + 1}. ${cap(pick(r, TOPICS))} and ${pick(r, TOPICS)}`, "", ...block(r, i), ""] : [...block(r, i), ""];
    for (const l of add) size += Buffer.byteLength(l) + 1;
    lines.push(...add);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * The same text with `edits` scattered line edits: most change a word or two in a line, some
 * insert a new line after it, some delete it. Returns the new text and how many of each.
 */
export function scatterEdits(r: Rand, text: string, edits: number) {
  const lines = text.split("\n");
  const chosen = new Set<number>();
  while (chosen.size < edits) chosen.add(2 + Math.floor(r() * (lines.length - 3)));
  const counts = { changed: 0, inserted: 0, deleted: 0 };
  const out: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (!chosen.has(i) || line === "") {
      out.push(line);
      continue;
    }
    const what = r();
    if (what < 0.7) {
      const words = line.split(" ");
      const k = Math.floor(r() * words.length);
      words[k] = `${pick(r, TOPICS)}`;
      out.push(words.join(" "));
      counts.changed++;
    } else if (what < 0.85) {
      out.push(line, sentence(r));
      counts.inserted++;
    } else counts.deleted++;
  }
  return { text: out.join("\n"), ...counts };
}

/** A small document (about 1.5 KB), the base of every proposal in the propose test. */
export function smallDocument(r: Rand): string {
  const lines = ["# Calibration notes", ""];
  for (let i = 0; i < 4; i++) lines.push(...paragraph(r), "");
  return `${lines.join("\n")}\n`;
}

/** Revision `n` of the history document: a fixed body of 40 lines where revision n rewrites line n mod 40. */
export function historyVersion(base: string[], n: number): string {
  const lines = [...base];
  lines[n % lines.length] = `Line ${n % lines.length} as of revision ${n}: checked and adjusted by the maintainers.`;
  return `${lines.join("\n")}\n`;
}
