import { execFile, spawn } from "node:child_process";
import { statSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import { AppError } from "../../http/errors.ts";
import { t } from "./messages.ts";

/** One commit as `git log --numstat` tells it. */
export interface GitCommit {
  sha: string;
  authorName: string;
  authorEmail: string;
  /** The author date, ISO 8601 with the author's offset. */
  authorDate: string;
  subject: string;
  body: string;
  linesAdded: number;
  linesRemoved: number;
  /** The paths the commit touches (after a rename, the new path). */
  files: string[];
}

const RS = "\x1e";
/**
 * Each commit starts with a record separator, then six NUL-terminated fields: git never puts a NUL
 * in a commit's text, so a subject or body can hold any other character, even the separator.
 * The numstat lines follow; git quotes paths holding control characters, so a line can never start
 * with the separator.
 */
const FORMAT = `--format=${RS}%H%x00%an%x00%ae%x00%aI%x00%s%x00%b%x00`;
const FIELDS = 6;

/** Incremental parser: feed it text as it arrives, take the commits it completes. */
export class GitLogParser {
  private buf = "";
  private current: GitCommit | null = null;

  push(text: string): GitCommit[] {
    this.buf += text;
    const done: GitCommit[] = [];
    let pos = 0;
    for (;;) {
      if (this.buf[pos] === RS) {
        const fields: string[] = [];
        let at = pos + 1;
        for (let i = 0; i < FIELDS; i++) {
          const end = this.buf.indexOf("\0", at);
          if (end < 0) break;
          fields.push(this.buf.slice(at, end));
          at = end + 1;
        }
        if (fields.length < FIELDS) break;
        if (this.current) done.push(this.current);
        const [sha = "", authorName = "", authorEmail = "", authorDate = "", subject = "", body = ""] = fields;
        this.current = { sha, authorName, authorEmail, authorDate, subject, body, linesAdded: 0, linesRemoved: 0, files: [] };
        pos = at;
        continue;
      }
      // git ends each commit's header with a newline (--format is a terminator), so a record
      // always starts at the beginning of a line: only line starts need a look.
      const newline = this.buf.indexOf("\n", pos);
      if (newline < 0) break;
      this.numstat(this.buf.slice(pos, newline));
      pos = newline + 1;
    }
    this.buf = this.buf.slice(pos);
    return done;
  }

  /** The last commit, once the output has ended. */
  end(): GitCommit[] {
    if (this.buf.length) this.numstat(this.buf);
    this.buf = "";
    const last = this.current;
    this.current = null;
    return last ? [last] : [];
  }

  private numstat(line: string) {
    if (!line || !this.current) return;
    const first = line.indexOf("\t");
    const second = line.indexOf("\t", first + 1);
    if (first < 0 || second < 0) return;
    // Binary files show "-" for both counts: they count as no lines.
    this.current.linesAdded += Number(line.slice(0, first)) || 0;
    this.current.linesRemoved += Number(line.slice(first + 1, second)) || 0;
    this.current.files.push(renamedTo(unquote(line.slice(second + 1))));
  }
}

function unquote(path: string): string {
  return path.length > 1 && path.startsWith('"') && path.endsWith('"') ? path.slice(1, -1).replace(/\\(.)/g, "$1") : path;
}

/** "docs/{a => b}/x.md" and "a.md => b.md" name where the file went. */
function renamedTo(path: string): string {
  const braces = /\{([^{}]*) => ([^{}]*)\}/;
  if (braces.test(path)) return path.replace(braces, "$2").replace(/\/\/+/g, "/");
  const arrow = path.indexOf(" => ");
  return arrow < 0 ? path : path.slice(arrow + 4);
}

function git(dir: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile("git", ["-C", dir, ...args], { maxBuffer: 1 << 20, env: gitEnv() }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) || 1 : 0, stdout, stderr }),
    );
  });
}

/**
 * The user's git configuration may not change what the import reads (a pager, colours, a replaced
 * object), nor may a GIT_DIR inherited from a hook point git at another repository than the one named.
 */
function gitEnv(): NodeJS.ProcessEnv {
  const { GIT_DIR: _dir, GIT_WORK_TREE: _tree, GIT_INDEX_FILE: _index, ...env } = process.env;
  return { ...env, GIT_PAGER: "cat", GIT_NO_REPLACE_OBJECTS: "1", LC_ALL: "C" };
}

export interface Repository {
  dir: string;
  rev: string;
  /** Commits that are not merges, reachable from the revision. */
  commits: number;
  merges: number;
}

/** Checks that `dir` is a git repository with commits at `rev`, and counts them; refuses anything else with one clear sentence. */
export async function openRepository(dir: string, rev = "HEAD"): Promise<Repository> {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {}
  if (!isDir) throw AppError.validation("path", t("notDirectory", { dir }));
  if ((await git(dir, ["rev-parse", "--git-dir"])).code !== 0) throw AppError.validation("path", t("notRepository", { dir }));
  if (rev.startsWith("-")) throw AppError.validation("rev", t("notRevision", { rev }));
  const resolved = await git(dir, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]);
  if (resolved.code !== 0) {
    const empty = rev === "HEAD" && (await git(dir, ["rev-list", "-n", "1", "--all"])).stdout.trim() === "";
    throw empty ? AppError.validation("path", t("emptyRepository", { dir })) : AppError.validation("rev", t("notCommit", { rev, dir }));
  }
  const count = async (flag: string) => Number((await git(dir, ["rev-list", "--count", flag, rev])).stdout.trim());
  const [commits, merges] = await Promise.all([count("--no-merges"), count("--merges")]);
  return { dir, rev, commits, merges };
}

/**
 * Streams the repository's history, newest first, without merges: `git log` runs as a child and
 * its output is parsed as it arrives, so no more than a chunk and the caller's batch is in memory.
 */
export async function* readGitLog(repo: Pick<Repository, "dir" | "rev">): AsyncGenerator<GitCommit> {
  const child = spawn(
    "git",
    ["-C", repo.dir, "-c", "core.quotePath=false", "log", "--no-merges", "--numstat", "--no-color", FORMAT, repo.rev, "--"],
    { env: gitEnv(), stdio: ["ignore", "pipe", "pipe"] },
  );
  let stderr = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (d: string) => {
    if (stderr.length < 4096) stderr += d;
  });
  const exited = new Promise<number>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve(code ?? 1));
  });
  const decoder = new StringDecoder("utf8");
  const parser = new GitLogParser();
  let finished = false;
  try {
    for await (const chunk of child.stdout) yield* parser.push(decoder.write(chunk as Buffer));
    yield* parser.push(decoder.end());
    yield* parser.end();
    finished = true;
  } finally {
    if (!finished) child.kill();
  }
  const code = await exited;
  if (code !== 0) throw new AppError(500, "internal", t("gitLogFailed", { reason: stderr.trim().split("\n")[0] ?? `exit code ${code}` }));
}
