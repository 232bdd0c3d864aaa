import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The order test files start in. The end-to-end and CLI files are the long chains (a server and a
 * browser, or child processes, for half a minute to a minute and a half each), so they start first,
 * alternating, and the many short database and unit files fill the other worker around them; the
 * run no longer ends with one long file alone on one core.
 *
 * With TEST_SHUFFLE=1, files are shuffled (seeded by TEST_SEED) within each of those two bands, so
 * order-dependent tests are still found.
 */
const LONG = ["e2e", "cli"];

/** A seeded shuffle (mulberry32), so a failing order can be replayed with its seed. */
function shuffle<T>(items: T[], seed: number): T[] {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function alternate<T>(lists: T[][]): T[] {
  const out: T[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length) out.push(l[i] as T);
  return out;
}

export class LongFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const shuffled = process.env.TEST_SHUFFLE === "1";
    const ordered = shuffled ? shuffle(files, this.ctx.config.sequence.seed) : await super.sort(files);
    const long = LONG.map((name) => ordered.filter((f) => f.project.name === name));
    return [...alternate(long), ...ordered.filter((f) => !LONG.includes(f.project.name))];
  }
}
