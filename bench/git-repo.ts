/**
 * Builds a git repository of N commits in seconds by streaming them into `git fast-import` (no
 * working tree, no per-commit process): for the import bench (50,000 commits) and, small, for tests.
 *
 * Each commit rewrites one of a few hundred small source files (one line changed, one added), every
 * tenth commit edits only docs/guide.md, and authors take turns; dates advance by `stepMinutes`.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync } from "node:fs";

export interface GitAuthor {
  name: string;
  email: string;
}

export interface GitRepoOptions {
  /** Who writes the commits, in turn; by default five authors at example domains. */
  authors?: GitAuthor[];
  /** The first commit's date; 2024-01-01 by default. */
  start?: Date;
  stepMinutes?: number;
  /** How many source files the commits rotate over. */
  files?: number;
}

export const defaultAuthors = (n = 5): GitAuthor[] =>
  Array.from({ length: n }, (_, i) => ({ name: `Author ${i + 1}`, email: `author${i + 1}@example${(i % 3) + 1}.test` }));

function gitCommand(args: string[], cwd: string, input?: (write: (s: string) => Promise<void>) => Promise<void>) {
  const child = spawn("git", args, { cwd, stdio: [input ? "pipe" : "ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (d) => {
    stderr += d;
  });
  const done = new Promise<void>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`git ${args[0]} failed (${code}): ${stderr.trim()}`))));
  });
  if (!input || !child.stdin) return done;
  const stdin = child.stdin;
  const write = async (s: string) => {
    if (!stdin.write(s)) await once(stdin, "drain");
  };
  return input(write).then(
    () => {
      stdin.end();
      return done;
    },
    (err) => {
      stdin.destroy();
      throw err;
    },
  );
}

const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;

function fileText(index: number, version: number): string {
  const lines = [`// file ${index}`, `export const version = ${version};`];
  for (let i = 0; i < version % 20; i++) lines.push(`export const line${i} = ${i};`);
  return `${lines.join("\n")}\n`;
}

/** Creates `dir` as a git repository whose main branch holds `commits` commits (no merges). */
export async function makeGitRepo(dir: string, commits: number, opts: GitRepoOptions = {}): Promise<void> {
  const authors = opts.authors ?? defaultAuthors();
  const start = Math.floor((opts.start ?? new Date("2024-01-01T09:00:00Z")).getTime() / 1000);
  const step = (opts.stepMinutes ?? 37) * 60;
  const files = opts.files ?? 200;
  mkdirSync(dir, { recursive: true });
  await gitCommand(["init", "--quiet", "--initial-branch=main", "."], dir);
  const versions = new Map<number, number>();
  let docVersion = 0;
  await gitCommand(["fast-import", "--quiet", "--done"], dir, async (write) => {
    for (let i = 1; i <= commits; i++) {
      const author = authors[(i - 1) % authors.length] as GitAuthor;
      const when = `${start + i * step} +0000`;
      const docs = i % 10 === 0;
      let change: string;
      let subject: string;
      if (docs) {
        docVersion++;
        change = `M 100644 inline docs/guide.md\n${data(`# Guide\n\nEdition ${docVersion}.\n`)}`;
        subject = `Update the guide (${docVersion})`;
      } else {
        const file = i % files;
        const version = (versions.get(file) ?? 0) + 1;
        versions.set(file, version);
        change = `M 100644 inline src/file${file}.ts\n${data(fileText(file, version))}`;
        subject = `Change file ${file} to version ${version}`;
      }
      const message = i % 3 === 0 ? `${subject}\n\nWhy: commit ${i} of ${commits}.\n` : `${subject}\n`;
      await write(
        `commit refs/heads/main\nmark :${i}\n` +
          `author ${author.name} <${author.email}> ${when}\ncommitter ${author.name} <${author.email}> ${when}\n` +
          data(message) +
          (i > 1 ? `from :${i - 1}\n` : "") +
          change,
      );
    }
    await write("done\n");
  });
  await gitCommand(["symbolic-ref", "HEAD", "refs/heads/main"], dir);
}
