import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GitLogParser, readGitLog } from "./git-log.ts";
import { TestRepo } from "./test-repo.ts";

const scratch = mkdtempSync(join(tmpdir(), "triarchy-git-log-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const RS = "\x1e";
const header = (sha: string, subject: string, body: string) =>
  `${RS}${sha}\x00Zoë Ñame\x00zoe@example.test\x002024-01-02T03:04:05+01:00\x00${subject}\x00${body}\x00\n`;
const OUTPUT =
  header("a".repeat(40), "First, with a \x1e in it", "Body\n\nwith lines\n") +
  "\n3\t1\tsrc/a.ts\n-\t-\tlogo.png\n2\t0\tdocs/{old => new}/guide.md\n1\t1\told.md => new.md\n" +
  header("b".repeat(40), "Empty", "") +
  header("c".repeat(40), "Last", "") +
  '\n5\t0\t"quoted\\ttab.txt"\n';

describe("the git log parser", () => {
  it("reads the same commits whether the output comes whole or one character at a time", () => {
    const whole = new GitLogParser();
    const all = [...whole.push(OUTPUT), ...whole.end()];
    const slow = new GitLogParser();
    const bits = [...OUTPUT].flatMap((ch) => slow.push(ch));
    expect([...bits, ...slow.end()]).toEqual(all);
    expect(all).toEqual([
      {
        sha: "a".repeat(40),
        authorName: "Zoë Ñame",
        authorEmail: "zoe@example.test",
        authorDate: "2024-01-02T03:04:05+01:00",
        subject: "First, with a \x1e in it",
        body: "Body\n\nwith lines\n",
        linesAdded: 6,
        linesRemoved: 2,
        files: ["src/a.ts", "logo.png", "docs/new/guide.md", "new.md"],
      },
      expect.objectContaining({ sha: "b".repeat(40), subject: "Empty", linesAdded: 0, files: [] }),
      expect.objectContaining({ sha: "c".repeat(40), linesAdded: 5, files: ["quotedttab.txt"] }),
    ]);
  });

  it("streams a real repository newest first, with renames, binary files and no merges", async () => {
    const repo = new TestRepo(join(scratch, "repo"));
    const me = { name: "Me", email: "me@example.test" };
    repo.commit(me, "2024-01-01T00:00:00Z", "one", { "a.md": "x\ny\n", "b.bin": Buffer.from([0, 1, 0, 2]) });
    repo.commit(me, "2024-01-02T00:00:00Z", "two", { "a.md": null, "docs/a.md": "x\ny\n" });
    const seen = [];
    for await (const c of readGitLog({ dir: repo.dir, rev: "HEAD" })) seen.push(c);
    expect(seen.map((c) => [c.subject, c.linesAdded, c.linesRemoved, c.files])).toEqual([
      ["two", 0, 0, ["docs/a.md"]],
      ["one", 2, 0, ["a.md", "b.bin"]],
    ]);
  });
});
