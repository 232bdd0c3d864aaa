/**
 * The git import test: `triarchy import git` (the real CLI, as an operator runs it) importing a
 * 50,000-commit repository into a fresh commons on the bench database. Target: under 60 s.
 *
 * The repository is generated into `dir` with git fast-import (bench/git-repo.ts) unless one is
 * already there. Half its authors are bench people (matched by email, some of them affiliated,
 * most volunteering), half strangers whose domains an email map gives to two enterprises (one
 * with an "until" date) or to nobody (unknown), so every credit path is exercised.
 */
import { execFile } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { type GitAuthor, makeGitRepo } from "./git-repo.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const GIT_IMPORT_COMMITS = 50_000;

export interface GitImportResult {
  commits: number;
  seconds: number;
  added: number;
}

async function prepare(databaseUrl: string) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows: people } = await db.query<{ name: string; email: string }>(
      `select name, email from people where handle like 'person-%' order by handle limit 20`,
    );
    const { rows: enterprises } = await db.query<{ slug: string }>(
      `select slug from organizations where kind = 'enterprise' order by slug limit 2`,
    );
    let { rows: communities } = await db.query<{ id: string; founder: string }>(
      `select id, created_by as founder from organizations where kind = 'community' order by slug limit 1`,
    );
    if (!communities.length) {
      // A bare database (the test run on its own): a founder and a community to hold the commons.
      const { rows } = await db.query<{ id: string }>(
        `insert into people (handle, name, email, password_hash) values ('git-bench', 'Git Bench', 'git-bench@bench.invalid', '!') returning id`,
      );
      const founder = rows[0]?.id;
      communities = (
        await db.query<{ id: string; founder: string }>(
          `insert into organizations (slug, name, kind, join_policy, created_by) values ('git-bench-community', 'Git bench', 'community', 'open', $1)
           returning id, created_by as founder`,
          [founder],
        )
      ).rows;
    }
    const community = communities[0];
    if (!community) throw new Error("no community to hold the commons");
    const slug = `bench-git-${Date.now().toString(36)}`;
    await db.query(
      `insert into commons (slug, title, licence, community_id, created_by) values ($1, 'Imported history', 'CC-BY-SA-4.0', $2, $3)`,
      [slug, community.id, community.founder],
    );
    return { slug, people, enterprises: enterprises.map((e) => e.slug) };
  } finally {
    await db.end();
  }
}

function runCli(args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [join(ROOT, "bin", "triarchy.mjs"), ...args], { env, maxBuffer: 16 << 20 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) || 1 : 0, stdout, stderr }),
    );
  });
}

/** Builds the repository if needed, then times the CLI importing it. */
export async function benchGitImport(databaseUrl: string, dir: string, commits = GIT_IMPORT_COMMITS): Promise<GitImportResult> {
  const { slug, people, enterprises } = await prepare(databaseUrl);
  const strangers: GitAuthor[] = Array.from({ length: 20 }, (_, i) => ({ name: `Stranger ${i}`, email: `dev${i}@corp${i % 4}.test` }));
  if (!existsSync(join(dir, "HEAD")) && !existsSync(join(dir, ".git"))) {
    await makeGitRepo(dir, commits, { authors: [...people.map((p) => ({ name: p.name, email: p.email })), ...strangers] });
  }
  const args = ["import", "git", dir, "--commons", slug];
  if (enterprises.length === 2) {
    const map = join(dir, "..", `${slug}.email-map`);
    writeFileSync(map, `corp0.test  ${enterprises[0]} < 2025-01-01\ncorp0.test  ${enterprises[1]}\ncorp1.test  ${enterprises[1]}\n`);
    args.push("--email-map", map);
  }
  const started = performance.now();
  const run = await runCli(args, { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" });
  const seconds = Math.round(performance.now() - started) / 1000;
  if (run.code !== 0) throw new Error(`triarchy import git failed (${run.code}): ${run.stderr.trim() || run.stdout.trim()}`);
  const count = (label: string) =>
    Number(/\s+(\S+)\s*$/.exec(run.stdout.split("\n").find((l) => l.trim().startsWith(label)) ?? "")?.[1]?.replace(/,/g, "") ?? NaN);
  return { commits: count("commits read:"), seconds, added: count("added:") };
}
