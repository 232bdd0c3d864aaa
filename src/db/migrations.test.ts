import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../test/database.ts";
import type { Database } from "./client.ts";
import { MIGRATIONS_FOLDER, migrate } from "./migrate.ts";
import { rowsOf } from "./rows.ts";

/**
 * The SHA-256 of each migration as committed. A migration that has run is never run again, so an edit
 * reaches only the databases created after it: a committed migration is never changed, and a change
 * goes in a new migration (`npx drizzle-kit generate --custom --name <what>`), whose hash is added here.
 */
const COMMITTED: Record<string, string> = {
  "0000_foundation": "f4dceb202ad84b0ab0eacce95dc767eecafdd0cf9882b738412f15ec99927785",
  "0001_invariants": "bd2343b5d28987138b6df943a94a8bb51dd298086558d17aa6d2bf6cf062cf72",
  "0002_commons": "7b84cd3a7f0738ec9225765fdcc06faa975f918cff98c7a80b1cf63a13e0d913",
  "0003_commons_invariants": "02f68ba91cb30c76d09796373cf37decdef5d0ea9cc87cf90f009024361193ba",
  "0004_activity_subjects": "ef1ea983878e54bc2d041587702a1beeca3efa5f6977c16520d1d19a88c5a032",
  "0005_thread_keyset": "f808dfadf3ec3d1699a8884b67f9037d698e6820af8e2d2067e535b62247830f",
  "0006_credit_days": "7a389b462457c0081d3e1b61325ecf3c9e252579ea874402401685dcd1cc236e",
  "0007_credit_rollup": "32cf152aa970e0770a0ebad7d23233bcf251618b7f39be84d2905d58b8b55b56",
  "0008_drop_credit_index": "2f8e438b7ab4193fc276ef9c2bf0988f64013f7ba3cde6c0fc690cd824d15e95",
  "0009_association": "660036d9330f3fd15fe761a87cf27214c0188d1a350fa313bb861d532bc5c736",
  "0010_association_invariants": "139c2558d81c6f548af9d9fdccae66921e8464253eb2447b101833c1a675824e",
  "0011_ledger_guards": "8f6de1523a2242098156f9d2660c2340072dbce3f12ac4f0cf71aedfa9ddeb2b",
  "0012_coalition": "8f171ef03c3274b091ef1546e92ed811e5c221dcf8f464142c8355b74b90df7e",
  "0013_coalition_invariants": "f3a7eb0aa8d11d2c9ce472cea875ce596a1167a2dcb14c574ea8cc18068e3c81",
  "0014_rollup_per_statement": "2fa5a990d0bc8c410205003a4ff3175e06dd52126d79fbf816146c6926c0bb90",
  "0015_reapply_edited_migrations": "450d6f6e3de71423c7138d0671e4552eae24658980e6a6a4ab1e9802fb23c331",
  "0016_test_clock": "6e3610ebd3d897645bdd25099ad0ee0f340040728277b9f8462537bfaad57f64",
  "0017_ordered_ledger_locks": "26de5ee4cc5f7f00765951e154cce41d611c18323a64193934c281b2dd8d8f68",
  "0018_phyle_transfers": "54b47eb6cb5f24f2e24070e7c9b136374a880b6e91b15e8fe29e8aea033fcbdd",
  "0019_secret_vote_activity": "13ea36904caba162b94b3e6c8882a80e6799e13468664b62eb413335b8c449e4",
  "0020_replay_clock": "cdb2053ab73c56964cb1244fe914cd23efdce790a59702fd97e996086118e40f",
  "0021_replay_defaults": "0e7f92bcda93a3bb2ae0e37136019c8816a624e893181d6068da11842184e76a",
  "0022_organization_list": "d567bec78112417f958107ca2a034baae5aca1d930ac6b73ec567d037a6c761a",
  "0023_notifications": "23dcb44b04035a2971731515b42af7b333012b100e2679eb926794c41b19a0f1",
  "0024_notification_unread": "94785af0cd8e03cafe221ef811868708325e3b354279c401139397828e0fee58",
  "0025_invoice_overdue": "d79dfaf1eb195273c3299ef590a6b7950784cfd18bb3b4887f46ab5c95c25c2c",
  "0026_mail": "8f125227d1f65773f0e74f00a8857f6fade07d85a595302ecbf2d416df6b6200",
  "0027_sharing": "1d3a590eb3e538500917c1db51223de5b90f09d160a3221ef3f5b7a1a3c69717",
  "0028_sharing_invariants": "a02637913cad9b4425a39aa1b8dac8889e05a63424c298501d226eb775a5820d",
  "0029_shared_resource_notices": "e01e3736b7729af34bcd877436bf2e3d34f219e0d1da4df2ee3a4ebc760f4569",
  "0030_loan_rollups": "73435f3894b2dccba5e6ba13d46de23f4c1fcaf58bd4164dadae084e87a880a8",
  "0031_rental_kinds": "bab289e14f3d089303c61942e50320e971fd35b0763b575ece1a35b88ccd26fa",
  "0032_borrower_counts": "a34821c51b534ad065e26afeb742263e19a0243d33f89101d98696f08ded3f9c",
  "0033_participatory_budgets": "5aa56fbd12df6f2babae5ec63e4bf1e79a82641ca749f9607fca0fb32dfd8a1c",
  "0034_project_threads": "6f86912aba4f5f871c28db7484f7ed309da2032d5bf926d48af3250387253310",
  "0035_budget_restore": "b5af44d7a8d8f508a5886ff043240c825b671266db94721cb21b4e7168d50773",
  "0036_sign_in_changes": "29322f42cc177523dd0b25ad4a9640332cb4f1eb805c4a15c1203511caf877d0",
  "0037_federation": "7075f53ad91ae4cbdcd8fd84aefc31dcdacda35be7042f9bb43f0d66a1605dbd",
  "0038_federation_blocks": "b544145f779f6272209812a1f0c2b77e9a72c64dde17dc581d7056c00a109f1d",
  "0039_federation_posts": "486446eaffe99c70d97224832f1c705f5cfe6c427a4e95a058d1ef46e6f788c3",
  "0040_federated_forks": "d4c3a65e70373ab1b94c4f730b0979f65c145ce70ebef66cbfd179bc2606f00f",
  "0041_need_remote_takers": "92843ab586bb6752b3a5f5f1df2b5a2372c8716d6abd406ec275ee414fb99057",
  "0042_remote_take_ups": "82086afae89bc66a694297fd1af166416c1c95d678f5047be95ba1178e62b0ef",
};

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}
const journal = (): Journal => JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8"));
const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("committed migrations", () => {
  it("are never edited: each keeps the hash it was committed with", () => {
    const problems: string[] = [];
    const tags = journal().entries.map((e) => e.tag);
    for (const tag of tags) {
      const hash = sha256(join(MIGRATIONS_FOLDER, `${tag}.sql`));
      if (!COMMITTED[tag]) problems.push(`drizzle/${tag}.sql is new: record its hash in COMMITTED (src/db/migrations.test.ts): "${hash}"`);
      else if (COMMITTED[tag] !== hash) {
        problems.push(
          `drizzle/${tag}.sql changed after it was committed; databases that already ran it will never see the change. ` +
            "Restore it and add a new migration instead (npx drizzle-kit generate --custom --name <what>).",
        );
      }
    }
    for (const tag of Object.keys(COMMITTED)) if (!tags.includes(tag)) problems.push(`drizzle/${tag}.sql left the journal`);
    const files = readdirSync(MIGRATIONS_FOLDER).filter((f) => f.endsWith(".sql"));
    for (const f of files) if (!tags.includes(f.slice(0, -4))) problems.push(`drizzle/${f} is not in the journal, so it never runs`);
    expect(problems).toEqual([]);
  });

  it("run in the journal's order: each one's time is later than the one before", () => {
    // The migrator applies only the migrations whose time is later than the last one a database ran.
    const entries = journal().entries;
    for (const [i, e] of entries.entries()) {
      expect(e.idx, e.tag).toBe(i);
      if (i > 0) expect(e.when, `${e.tag} must be later than ${entries[i - 1]?.tag}`).toBeGreaterThan(entries[i - 1]?.when ?? 0);
    }
  });
});

/** What a database's schema holds, object by object: enough to tell two histories apart. */
async function catalog(database: Database): Promise<Map<string, string>> {
  const rows = await rowsOf<{ name: string; def: string }>(
    database.db,
    sql`select 'function ' || p.oid::regprocedure::text as name, pg_get_functiondef(p.oid) as def
          from pg_proc p
         where p.pronamespace = 'public'::regnamespace and p.prokind = 'f'
           and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
        union all
        select 'trigger ' || t.tgrelid::regclass::text || '.' || t.tgname, pg_get_triggerdef(t.oid)
          from pg_trigger t join pg_class c on c.oid = t.tgrelid
         where not t.tgisinternal and c.relnamespace = 'public'::regnamespace
        union all
        select 'constraint ' || c.conrelid::regclass::text || '.' || c.conname, pg_get_constraintdef(c.oid)
          from pg_constraint c where c.connamespace = 'public'::regnamespace
        union all
        select 'index ' || indexname, indexdef from pg_indexes where schemaname = 'public'
        union all
        select 'column ' || table_name || '.' || column_name,
               concat_ws(' ', data_type, udt_name, is_nullable, column_default, is_generated, generation_expression)
          from information_schema.columns where table_schema = 'public'
        union all
        select 'sequence ' || c.relname, '' from pg_class c where c.relkind = 'S' and c.relnamespace = 'public'::regnamespace`,
  );
  return new Map(rows.map((r) => [r.name, r.def]));
}

const differing = (a: Map<string, string>, b: Map<string, string>) =>
  [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).sort();

/**
 * Empties a database: what the migrations made goes, extensions included, and the migrator's record of
 * them. Cheaper than a new one, which on PGlite means an initdb.
 */
async function wipe(database: Database) {
  await database.exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public; DROP SCHEMA IF EXISTS drizzle CASCADE;");
}

/**
 * Migrations as they were first committed, before they were edited: 0003, 0010, 0013 and 0014, copied
 * from git history into src/db/fixtures/original-migrations.
 */
const ORIGINALS = join(import.meta.dirname, "fixtures", "original-migrations");

describe("a database migrated before the edits to 0003, 0010, 0013 and 0014", () => {
  const opened: Database[] = [];
  const folder = mkdtempSync(join(tmpdir(), "triarchy-history-"));
  afterAll(async () => {
    for (const d of opened) await d.close();
    rmSync(folder, { recursive: true, force: true });
  });

  /** A migrations folder with the original texts, whose journal ends at `lastIdx`. */
  function history(lastIdx: number) {
    mkdirSync(join(folder, "meta"), { recursive: true });
    for (const f of readdirSync(MIGRATIONS_FOLDER)) if (f.endsWith(".sql")) copyFileSync(join(MIGRATIONS_FOLDER, f), join(folder, f));
    for (const f of readdirSync(ORIGINALS)) copyFileSync(join(ORIGINALS, f), join(folder, f));
    const j = journal();
    writeFileSync(join(folder, "meta", "_journal.json"), JSON.stringify({ ...j, entries: j.entries.filter((e) => e.idx <= lastIdx) }));
  }

  it("ends with the same definitions as one migrated from scratch, once the later migrations run", async () => {
    // One database: its catalog as migrated from scratch (the test template), then emptied and migrated again from the originals.
    const old = await createTestDatabase();
    opened.push(old);
    const target = await catalog(old);
    await wipe(old);
    expect(await catalog(old)).toEqual(new Map());

    history(14);
    await migrate(old, folder);
    // The original texts left the old definitions behind, which 0015 re-applies (0016 then adds the clock, 0017 orders the rollup's locks, and 0018 moves phyle transfer ids to commitments).
    // 0020 and 0021 (the replay clock) add two functions and give every creation and update time a new default.
    const replayClock = (k: string) =>
      /^function triarchy_(replayed|written)_at\(\)$/.test(k) ||
      (k.startsWith("column ") && (target.get(k) ?? "").includes("triarchy_written_at()"));
    // 0022 adds the organizations list's generation and member counts (two tables, their trigger functions and triggers);
    // 0023 the notifications (their tables, and the column and index that order the activity log by transaction);
    // 0026 the mail outbox, its key, used reply addresses, account tokens, people's verified address and language, the instance's setting;
    // 0027 and 0028 the shared resources (libraries, their catalogue, bookings, loans, waitlists, problem reports) and their guards;
    // 0029 the activity log's audience (who else a private row concerns) and the shared resources' notification kinds;
    // 0033 the participatory budgets (pb_ tables, types and guards) and 0034 their projects' threads;
    // 0036 the triggers that tell every process of a change to sign-ins; 0037 federation (Fedify's store and queue, keys, followers) and 0038 its blocks;
    // 0039 posts from elsewhere, remote authors of comments and the outbox's place in the log; 0040 forks across instances and the changes
    // offered back (remote authors of revisions and contributions); 0041 remote takers of needs; 0042 needs elsewhere taken up from here.
    const listGeneration = (k: string) =>
      /organizations?_(list|member_counts)|memberships_(counted|cleared)|notification|follows|activities(\.|_)xact|mail_|account_token|instance.require_verified|people(\.|_)(email_verified_at|language)|librar(y|ies)|resource_|activities(\.|_)audience|loan_|unit_borrowers|unit_people|library_borrowers|vehicle_survey|bookings?(\.|_)|borrowing_approvals|calendar_feed|loans|waitlist|problem_|unit_|without_loan|pb_|thread_subject|sign_ins_moved|federation_|actor_keys|remote_(follow|posts|forks|author|uri|offer|take_ups)|upstream_(offers|uri)|need_remote_takers|forked_from_uri|commons_(one_origin|fork_lineage)/.test(
        k,
      );
    expect(differing(await catalog(old), target).filter((k) => !replayClock(k) && !listGeneration(k))).toEqual([
      "column phyle_commitments.transfer_id",
      "column phyle_periods.transfer_id",
      "function distributions_exact()",
      "function phyle_beneficiaries_whole()",
      "function phyle_commitments_exact()",
      "function postings_check()",
      "function postings_rollup()",
      "function proposals_guard()",
      "function revisions_sequence()",
      "function triarchy_now()",
      "function votes_window()",
      "sequence triarchy_clock_offset_ms",
      "trigger account_balances.account_balances_guard",
      "trigger ledger_months.ledger_months_guard",
      "trigger postings.postings_check",
    ]);

    history(Number.MAX_SAFE_INTEGER);
    await migrate(old, folder);
    expect(differing(await catalog(old), target)).toEqual([]);

    // Running 0015 again changes nothing: it only replaces and recreates.
    await old.exec(readFileSync(join(MIGRATIONS_FOLDER, "0015_reapply_edited_migrations.sql"), "utf8"));
    expect(differing(await catalog(old), target)).toEqual([]);
  });
});
