import { inArray } from "drizzle-orm";
import { dayOfTimestamp } from "../../calendar.ts";
import type { Db } from "../../db/types.ts";
import { AppError } from "../../http/errors.ts";
import { now } from "../../now.ts";
import { recordActivity } from "../activity/service.ts";
import { findCommons } from "../commons/service.ts";
import { contributions } from "../contributions/schema.ts";
import { organizations } from "../organizations/schema.ts";
import { AuthorDirectory, resolveEmailMap } from "./authors.ts";
import { EmailMapError, parseEmailMap } from "./email-map.ts";
import { type GitCommit, openRepository, readGitLog } from "./git-log.ts";
import { ImportTally } from "./tally.ts";

export interface GitImportOptions {
  commons: string;
  /** The repository's directory. */
  path: string;
  /** The revision whose history to import; HEAD by default. */
  rev?: string;
  /** The text of a gitdm-style email map. */
  emailMap?: string;
  /** Rows per INSERT statement (and per transaction). */
  batchSize?: number;
  /** Called once the commits are counted, with the total. */
  onStart?: (total: number) => void;
  /** Called after each batch is written, with the commits written so far. */
  onProgress?: (done: number) => void;
}

const TITLE_MAX = 200;
const DESCRIPTION_MAX = 20_000;
const DOCUMENTATION = /(^|\/)docs?\/|\.(md|markdown|rst|txt|adoc|asciidoc)$/i;

/**
 * A commit is documentation when every file it touches is: a text or markup document (.md, .rst,
 * .txt, .adoc) or anything under a doc/ or docs/ folder. A commit touching no file is code.
 */
export const isDocumentation = (files: string[]) => files.length > 0 && files.every((f) => DOCUMENTATION.test(f));

const clip = (text: string, max: number) => {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
};

/** The UTC day a commit was authored; a date git wrote that does not parse keeps its first ten characters. */
const utcDay = (authorDate: string) => dayOfTimestamp(authorDate) ?? authorDate.slice(0, 10);

export type GitImportReport = ReturnType<ImportTally["report"]> & {
  commons: { slug: string; title: string };
  rev: string;
  read: number;
  added: number;
  alreadyImported: number;
  skippedMerges: number;
};

/**
 * Records a git repository's history as the commons' contributions: one accepted contribution per
 * commit (merges are skipped: their changes are their parents'), credited from the author's
 * affiliations or the email map. Idempotent: a commit already imported into the commons (the
 * unique (commons, external id) key) is left as it is, so importing again adds only new commits.
 *
 * Everything that can be refused (the commons, the email map, the repository) is checked before
 * the first write. The rows go in batches, each one INSERT in its own transaction, while git goes
 * on producing the next batch; an import cut short keeps its finished batches, and running it
 * again completes it. One activity row tells what the import added.
 */
export async function importGit(db: Db, opts: GitImportOptions): Promise<GitImportReport> {
  const target = await findCommons(db, opts.commons);
  let entries: ReturnType<typeof parseEmailMap> = [];
  try {
    entries = opts.emailMap ? parseEmailMap(opts.emailMap) : [];
  } catch (err) {
    if (err instanceof EmailMapError) throw AppError.validation("emailMap", err.detail);
    throw err;
  }
  const emailMap = await resolveEmailMap(db, entries);
  const repo = await openRepository(opts.path, opts.rev);
  opts.onStart?.(repo.commits);

  const authors = new AuthorDirectory(db, emailMap);
  const tally = new ImportTally();
  const importedAt = now();
  const batchSize = opts.batchSize ?? 1_000;
  let read = 0;
  let written = 0;
  let added = 0;

  const write = async (batch: GitCommit[]) => {
    await authors.learn(batch.map((c) => c.authorEmail));
    const rows = batch.map((c) => {
      const day = utcDay(c.authorDate);
      const credit = authors.creditOf(c.authorEmail, day);
      return {
        commit: c,
        credit,
        values: {
          commonsId: target.id,
          type: "commit" as const,
          kind: isDocumentation(c.files) ? ("documentation" as const) : ("code" as const),
          status: "accepted" as const,
          authorId: credit.authorId,
          title: clip(c.subject.trim() || `Commit ${c.sha.slice(0, 10)}`, TITLE_MAX),
          description: clip(c.body.trim(), DESCRIPTION_MAX),
          performedOn: day,
          externalId: c.sha,
          externalAuthor: c.authorName,
          linesAdded: c.linesAdded,
          linesRemoved: c.linesRemoved,
          size: c.linesAdded + c.linesRemoved,
          reviewedAt: importedAt,
          funding: credit.funding,
          paidById: credit.paidById,
          createdAt: importedAt,
          updatedAt: importedAt,
        },
      };
    });
    const inserted = await db.transaction((tx) =>
      tx
        .insert(contributions)
        .values(rows.map((r) => r.values))
        .onConflictDoNothing()
        .returning({ sha: contributions.externalId }),
    );
    const fresh = new Set(inserted.map((r) => r.sha));
    for (const r of rows) if (fresh.has(r.commit.sha)) tally.add(r.commit, r.credit);
    added += fresh.size;
    written += batch.length;
    opts.onProgress?.(written);
  };

  // One batch is written while git and the parser fill the next.
  let pending: Promise<void> = Promise.resolve();
  let batch: GitCommit[] = [];
  const flush = async () => {
    await pending;
    const full = batch;
    batch = [];
    pending = write(full);
    pending.catch(() => {});
  };
  for await (const commit of readGitLog(repo)) {
    batch.push(commit);
    read++;
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length) await flush();
  await pending;

  const payers = tally.payerIds();
  const names = payers.length
    ? await db
        .select({ id: organizations.id, slug: organizations.slug, name: organizations.name })
        .from(organizations)
        .where(inArray(organizations.id, payers))
    : [];
  const summary = tally.report(names);
  if (added > 0) {
    await db.transaction((tx) =>
      recordActivity(tx, {
        actorId: null,
        verb: "commons.imported",
        objectType: "commons",
        objectId: target.id,
        organizationId: target.communityId,
        data: {
          slug: target.slug,
          title: target.title,
          source: "git",
          commits: read,
          added,
          skippedMerges: repo.merges,
          byFunding: summary.byFunding,
        },
      }),
    );
  }
  return {
    commons: { slug: target.slug, title: target.title },
    rev: repo.rev,
    read,
    added,
    alreadyImported: read - added,
    skippedMerges: repo.merges,
    ...summary,
  };
}
