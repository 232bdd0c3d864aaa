import { and, inArray, ne, or, sql } from "drizzle-orm";
import type { Executor } from "../../db/types.ts";
import { AppError } from "../../http/errors.ts";
import { people } from "../accounts/schema.ts";
import { affiliations } from "../affiliations/schema.ts";
import type { Credit } from "../contributions/credit.ts";
import { organizations } from "../organizations/schema.ts";
import { EmailMap, type EmailMapEntry } from "./email-map.ts";
import { t } from "./messages.ts";

export interface Enterprise {
  id: string;
  slug: string;
  name: string;
}

/**
 * The email map's organizations as enterprises, matched by name or slug (case-insensitive). An
 * organization that is not one enterprise is an error naming its first line, before anything is written.
 */
export async function resolveEmailMap(db: Executor, entries: EmailMapEntry[]): Promise<EmailMap<Enterprise>> {
  const names = [...new Set(entries.map((e) => e.organization.toLowerCase()))];
  const found = names.length
    ? await db
        .select({ id: organizations.id, slug: organizations.slug, name: organizations.name, kind: organizations.kind })
        .from(organizations)
        .where(or(inArray(sql`lower(${organizations.name})`, names), inArray(organizations.slug, names)))
    : [];
  const resolved = new Map<string, Enterprise>();
  for (const entry of entries) {
    const wanted = entry.organization.toLowerCase();
    if (resolved.has(wanted)) continue;
    const bySlug = found.filter((o) => o.slug === wanted);
    const matches = bySlug.length ? bySlug : found.filter((o) => o.name.toLowerCase() === wanted);
    const problem =
      matches.length === 0
        ? t("noOrganization", { name: entry.organization })
        : matches.length > 1
          ? t("severalOrganizations", { name: entry.organization })
          : matches[0]?.kind !== "enterprise"
            ? t("notEnterprise", { name: entry.organization })
            : null;
    if (problem) throw AppError.validation("emailMap", t("emailMapLine", { line: entry.line, problem }));
    const { id, slug, name } = matches[0] as Enterprise;
    resolved.set(wanted, { id, slug, name });
  }
  return new EmailMap(
    entries.map((e) => ({ key: e.key, until: e.until, value: resolved.get(e.organization.toLowerCase()) as Enterprise })),
  );
}

interface Affiliation {
  enterpriseId: string;
  confirmed: boolean;
  startsOn: string;
  endsOn: string | null;
}

export interface AuthorCredit extends Credit {
  authorId: string | null;
}

/**
 * Who each commit's author is and who paid for the work that day, decided in memory: the people and
 * their affiliations are loaded once per new address, not once per commit. The rule is creditFor's
 * (contributions/credit.ts) with the email map between affiliations and volunteering:
 * an affiliation in force that day (a confirmed one before a claimed one; disputed ones never count);
 * else the email map; else a known person volunteered; else unknown.
 */
export class AuthorDirectory {
  private readonly personByEmail = new Map<string, string | null>();
  private readonly affiliationsOf = new Map<string, Affiliation[]>();

  private readonly db: Executor;
  private readonly emailMap: EmailMap<Enterprise>;

  constructor(db: Executor, emailMap: EmailMap<Enterprise>) {
    this.db = db;
    this.emailMap = emailMap;
  }

  /** Loads the people behind the addresses not seen before, and their affiliations. */
  async learn(emails: Iterable<string>): Promise<void> {
    const fresh = [...new Set([...emails].map((e) => e.toLowerCase()))].filter((e) => !this.personByEmail.has(e));
    if (!fresh.length) return;
    for (const e of fresh) this.personByEmail.set(e, null);
    // Accounts keep their email lower-cased (http/fields.ts Email), so the unique index answers.
    const found = await this.db.select({ id: people.id, email: people.email }).from(people).where(inArray(people.email, fresh));
    for (const p of found) this.personByEmail.set(p.email.toLowerCase(), p.id);
    if (!found.length) return;
    const rows = await this.db
      .select({
        personId: affiliations.personId,
        enterpriseId: affiliations.enterpriseId,
        status: affiliations.status,
        startsOn: affiliations.startsOn,
        endsOn: affiliations.endsOn,
      })
      .from(affiliations)
      .where(
        and(
          inArray(
            affiliations.personId,
            found.map((p) => p.id),
          ),
          ne(affiliations.status, "disputed"),
        ),
      );
    for (const r of rows) {
      const list = this.affiliationsOf.get(r.personId) ?? [];
      list.push({ enterpriseId: r.enterpriseId, confirmed: r.status === "confirmed", startsOn: r.startsOn, endsOn: r.endsOn });
      this.affiliationsOf.set(r.personId, list);
    }
  }

  /** The credit of work by `email` on `day`; call learn() with the address first. */
  creditOf(email: string, day: string): AuthorCredit {
    const authorId = this.personByEmail.get(email.toLowerCase()) ?? null;
    const payer = authorId ? this.payerOn(authorId, day) : null;
    if (authorId && payer) return { authorId, funding: "paid", paidById: payer };
    const mapped = this.emailMap.lookup(email, day);
    if (mapped) return { authorId, funding: "paid", paidById: mapped.id };
    return { authorId, funding: authorId ? "volunteer" : "unknown", paidById: null };
  }

  private payerOn(personId: string, day: string): string | null {
    const inForce = (this.affiliationsOf.get(personId) ?? []).filter((a) => a.startsOn <= day && (a.endsOn === null || a.endsOn >= day));
    // The most recent first among equals, so the choice does not depend on the order rows come back in.
    inForce.sort((a, b) => Number(b.confirmed) - Number(a.confirmed) || b.startsOn.localeCompare(a.startsOn));
    return inForce[0]?.enterpriseId ?? null;
  }
}
