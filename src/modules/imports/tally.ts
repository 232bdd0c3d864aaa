import type { Credit } from "../contributions/credit.ts";
import type { FUNDINGS } from "../contributions/schema.ts";
import type { GitCommit } from "./git-log.ts";

type Funding = (typeof FUNDINGS)[number];

interface Count {
  commits: number;
  lines: number;
}

/** "jane.doe@example.org" → "j…@example.org": enough to write an email map line, not enough to mail anyone. */
export const maskEmail = (email: string) => {
  const at = email.lastIndexOf("@");
  return at < 1 ? "…" : `${email.slice(0, 1)}…${email.slice(at).toLowerCase()}`;
};

/** What an import added, summed as it goes: by funding, by paying enterprise, and the authors nobody could place. */
export class ImportTally {
  private readonly funding: Record<Funding, Count> = {
    paid: { commits: 0, lines: 0 },
    volunteer: { commits: 0, lines: 0 },
    unknown: { commits: 0, lines: 0 },
  };
  private readonly payers = new Map<string, Count>();
  private readonly unknown = new Map<string, { name: string; address: string; commits: number }>();

  add(commit: GitCommit, credit: Credit) {
    const lines = commit.linesAdded + commit.linesRemoved;
    const f = this.funding[credit.funding];
    f.commits++;
    f.lines += lines;
    if (credit.paidById) {
      const p = this.payers.get(credit.paidById) ?? { commits: 0, lines: 0 };
      p.commits++;
      p.lines += lines;
      this.payers.set(credit.paidById, p);
    }
    if (credit.funding === "unknown") {
      const key = commit.authorEmail.toLowerCase();
      const u = this.unknown.get(key) ?? { name: commit.authorName, address: maskEmail(key), commits: 0 };
      u.commits++;
      this.unknown.set(key, u);
    }
  }

  payerIds(): string[] {
    return [...this.payers.keys()];
  }

  report(enterprises: { id: string; slug: string; name: string }[]) {
    return {
      byFunding: this.funding,
      byEnterprise: enterprises
        .map((e) => ({ enterprise: { slug: e.slug, name: e.name }, ...(this.payers.get(e.id) ?? { commits: 0, lines: 0 }) }))
        .sort((a, b) => b.commits - a.commits || a.enterprise.name.localeCompare(b.enterprise.name)),
      unknownAuthors: [...this.unknown.values()].sort((a, b) => b.commits - a.commits || a.name.localeCompare(b.name)),
    };
  }
}
