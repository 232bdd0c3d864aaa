import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export interface Author {
  name: string;
  email: string;
}

/** A real git repository the tests write commit by commit, with the author and date each commit says. */
export class TestRepo {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
    this.git(["init", "--quiet", "--initial-branch=main"]);
  }

  git(args: string[], env: Record<string, string> = {}): string {
    return execFileSync("git", args, {
      cwd: this.dir,
      encoding: "utf8",
      env: {
        ...process.env,
        GIT_CONFIG_GLOBAL: "/dev/null",
        GIT_CONFIG_NOSYSTEM: "1",
        GIT_AUTHOR_NAME: "Nobody",
        GIT_AUTHOR_EMAIL: "nobody@example.invalid",
        GIT_COMMITTER_NAME: "Nobody",
        GIT_COMMITTER_EMAIL: "nobody@example.invalid",
        ...env,
      },
    });
  }

  /** Writes (a string or bytes) or removes (null) files, then commits them as `author` on `date`; returns the sha. */
  commit(author: Author, date: string, message: string, files: Record<string, string | Buffer | null>): string {
    for (const [path, content] of Object.entries(files)) {
      const full = join(this.dir, path);
      if (content === null) rmSync(full);
      else {
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, content);
      }
    }
    this.git(["add", "--all"]);
    this.git(["commit", "--quiet", "--allow-empty", "-m", message], this.envFor(author, date));
    return this.git(["rev-parse", "HEAD"]).trim();
  }

  /** Merges `branch` into the current branch with a merge commit; returns its sha. */
  merge(author: Author, date: string, branch: string): string {
    this.git(["merge", "--quiet", "--no-ff", "-m", `Merge ${branch}`, branch], this.envFor(author, date));
    return this.git(["rev-parse", "HEAD"]).trim();
  }

  private envFor(author: Author, date: string) {
    return {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_NAME: author.name,
      GIT_COMMITTER_EMAIL: author.email,
      GIT_COMMITTER_DATE: date,
    };
  }
}
