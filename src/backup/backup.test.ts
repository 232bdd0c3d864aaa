import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { eq, max, sql } from "drizzle-orm";
import { type AnyPgColumn, integer, pgTable, text } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../db/client.ts";
import { migrate } from "../db/migrate.ts";
import { rowsOf } from "../db/rows.ts";
import { activities, people } from "../db/schema.ts";
import type { Executor } from "../db/types.ts";
import { DEMO_PASSWORD } from "../demo/accounts.ts";
import { loadDemoWorld } from "../demo/world.ts";
import { signIn } from "../modules/accounts/service.ts";
import { recordActivity } from "../modules/activity/service.ts";
import { fanOut } from "../modules/notifications/fanout.ts";
import { createOrganization } from "../modules/organizations/service.ts";
import { createTestDatabase } from "../test/database.ts";
import { dumpDatabase } from "./dump.ts";
import { restoreDatabase } from "./restore.ts";
import { ident } from "./sql.ts";
import { backupTables } from "./tables.ts";

/** Every row of every table, as PostgreSQL renders it, in primary-key order. */
async function snapshot(database: Database): Promise<Record<string, string[]>> {
  return database.db.transaction(async (tx: Executor) => {
    await tx.execute(sql`set local timezone to 'UTC'`);
    const out: Record<string, string[]> = {};
    for (const t of backupTables()) {
      const order = t.primaryKey.map((c) => `"_row".${ident(c)}`).join(", ");
      const rows = await rowsOf<{ r: string }>(tx, sql.raw(`select to_jsonb("_row")::text as r from ${t.sql} "_row" order by ${order}`));
      out[t.name] = rows.map((r) => r.r);
    }
    // Derived tables are not in the backup; the restore rebuilds them from their sources.
    const credit = await rowsOf<{ r: string }>(tx, sql.raw(`select to_jsonb(d)::text as r from credit_days d order by d::text`));
    out.credit_days = credit.map((r) => r.r);
    return out;
  });
}

const isEmpty = (s: Record<string, string[]>) => Object.values(s).every((rows) => rows.length === 0);

const lines = async (file: string) =>
  gunzipSync(await readFile(file))
    .toString("utf8")
    .split("\n")
    .slice(0, -1);
const writeLines = (file: string, content: string[]) => writeFile(file, gzipSync(`${content.join("\n")}\n`));

async function pglite(): Promise<Database> {
  const database = await openDatabase({ kind: "pglite" });
  await migrate(database);
  return database;
}

let dir: string;
let source: Database;
let file: string;
let expected: Record<string, string[]>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "triarchy-backup-"));
  source = await createTestDatabase();
  await loadDemoWorld(source.db);
  // The demo's people told of its story, so the backup carries notifications and their unread counts.
  await fanOut(source.db);
  file = join(dir, "demo.jsonl.gz");
  // Small batches, so the cursor and the inserts go round many times even on the small demo world.
  await dumpDatabase(source, file, { batchSize: 7 });
  expected = await snapshot(source);
});
afterAll(async () => {
  await source?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("backup", () => {
  it("writes a header with every table's row count and the applied migrations, then one line per row", async () => {
    const [head, ...rows] = await lines(file);
    const header = JSON.parse(head ?? "");
    expect(header).toMatchObject({ format: "triarchy-backup", version: 1, source: source.kind });
    expect(header.migrations.length).toBeGreaterThanOrEqual(2);
    expect(header.tables.map((t: { name: string }) => t.name)).toEqual(backupTables().map((t) => t.name));
    for (const { name, rows: n } of header.tables) expect(n, name).toBe(expected[name]?.length);
    const { credit_days: derived, ...backedUp } = expected;
    expect(derived?.length).toBeGreaterThan(0);
    expect(rows.length).toBe(Object.values(backedUp).flat().length);
  });

  it("is one snapshot: writes made while it runs are not in it", async () => {
    const [before] = await source.db.select({ n: sql<number>`count(*)::int` }).from(activities);
    const writes: Promise<void>[] = [];
    const actorId = (await source.db.select({ id: people.id }).from(people).limit(1))[0]?.id ?? null;
    const during = join(dir, "during.jsonl.gz");
    await dumpDatabase(source, during, {
      batchSize: 5,
      progress: {
        begin() {},
        end() {},
        // Another connection writes between batches; on PGlite it waits for the snapshot to end.
        update() {
          writes.push(recordActivity(source.db, { actorId, verb: "test.during_backup", objectType: "person", objectId: actorId ?? "" }));
        },
      },
    });
    await Promise.all(writes);
    const activityLines = (await lines(during)).filter((l) => l.startsWith('{"t":"activities"'));
    expect(activityLines.length).toBe(before?.n);
    expect(activityLines.some((l) => l.includes("test.during_backup"))).toBe(false);
    expect(writes.length).toBeGreaterThan(0);
  });

  it("says so when it cannot write the file, and leaves nothing behind", async () => {
    await expect(dumpDatabase(source, join(dir, "no-such-dir", "x.gz"))).rejects.toThrow(/Cannot write .*no-such-dir/);
    const failing = join(dir, "failing.jsonl.gz");
    const boom = {
      begin() {},
      update() {},
      end() {
        throw new Error("disk on fire");
      },
    };
    await expect(dumpDatabase(source, failing, { progress: boom })).rejects.toThrow(/disk on fire/);
    expect((await readdir(dir)).filter((f) => f.startsWith("failing"))).toEqual([]);
  });
});

describe("restore", () => {
  let target: Database;
  /** What the restore brought back, read before any test writes to the restored database. */
  let restored: Record<string, string[]>;
  beforeAll(async () => {
    target = await createTestDatabase();
    await restoreDatabase(target, file, { batchSize: 5 });
    restored = await snapshot(target);
  });
  afterAll(async () => {
    await target?.close();
  });

  it("brings back every row of every table exactly", async () => {
    expect(expected.notifications?.length).toBeGreaterThan(0);
    expect(restored).toEqual(expected);
  });

  it("tells nobody again of the history it brought back, and keeps the unread counts", async () => {
    expect(await fanOut(target.db)).toBe(0);
    const counts = async (d: Database) =>
      rowsOf<{ r: string }>(d.db, sql`select person_id::text || ':' || unread as r from notification_unread where unread > 0 order by 1`);
    expect(await counts(target)).toEqual(await counts(source));
  });

  it("leaves a database that takes new writes: identities continue after the restored rows", async () => {
    const [restored] = await target.db.select({ id: max(activities.id) }).from(activities);
    const [ada] = await target.db.select().from(people).where(eq(people.handle, "ada"));
    if (!ada || !restored?.id) throw new Error("the demo world is missing");
    const { person } = await signIn(target.db, { email: ada.email, password: DEMO_PASSWORD }, 1);
    expect(person.id).toBe(ada.id);
    const actor = { id: ada.id, handle: ada.handle, name: ada.name, isAdmin: ada.isAdmin };
    const org = await createOrganization(target.db, actor, { slug: "seed-library", name: "Riverton Seed Library", kind: "community" });
    const created = await target.db.select().from(activities).where(eq(activities.objectId, org.id));
    expect(created.map((a) => a.verb)).toEqual(["organization.created"]);
    expect(created[0]?.id).toBeGreaterThan(restored.id);
  });

  it("refuses a database that is not empty, and changes nothing", async () => {
    const before = await snapshot(target);
    await expect(restoreDatabase(target, file)).rejects.toThrow(/not empty/);
    expect(await snapshot(target)).toEqual(before);
  });
});

describe("restoring a damaged or foreign file", () => {
  let target: Database;
  beforeAll(async () => {
    target = await createTestDatabase();
  });
  afterAll(async () => {
    await target?.close();
  });

  const refuses = async (name: string, content: Buffer | string[], message: RegExp) => {
    const bad = join(dir, name);
    if (Array.isArray(content)) await writeLines(bad, content);
    else await writeFile(bad, content);
    await expect(restoreDatabase(target, bad, { batchSize: 5 })).rejects.toThrow(message);
    expect(isEmpty(await snapshot(target))).toBe(true);
  };

  it("refuses a file that is not gzip", async () => {
    await refuses("plain.txt", Buffer.from("hello, this is not a backup\n"), /not gzip/);
  });

  it("refuses an empty file", async () => {
    await refuses("empty.gz", Buffer.alloc(0), /is empty/);
  });

  it("refuses a missing file", async () => {
    await expect(restoreDatabase(target, join(dir, "nowhere.gz"))).rejects.toThrow(/no file/);
  });

  it("refuses gzip that is not a Triarchy backup", async () => {
    await refuses("other.gz", ['{"format":"something-else","version":1}'], /not a Triarchy backup/);
    await refuses("not-json.gz", ["id,name", "1,Ada"], /not JSON/);
  });

  it("refuses a file cut off in the middle of its compressed data", async () => {
    const whole = await readFile(file);
    await refuses("cut.gz", whole.subarray(0, Math.floor(whole.length * 0.6)), /truncated/);
  });

  it("refuses a file missing its last rows, after loading the others, and rolls them back", async () => {
    await refuses("short.gz", (await lines(file)).slice(0, -3), /truncated or damaged: it holds \d+ rows of [a-z_]+/);
  });

  it("refuses a damaged row line", async () => {
    const content = await lines(file);
    content[5] = '{"t":"people","r":{"id": "oops"';
    await refuses("garbled.gz", content, /damaged at line 6/);
  });

  it("refuses a backup whose rows the database rejects", async () => {
    const content = await lines(file);
    const i = content.findIndex((l) => l.startsWith('{"t":"memberships"'));
    content[i] = (content[i] ?? "").replace(/"organization_id": "[^"]+"/, '"organization_id": "00000000-0000-0000-0000-000000000000"');
    await refuses("orphan.gz", content, /Could not restore memberships/);
  });

  it("refuses a backup made with different migrations", async () => {
    const [head = "", ...rest] = await lines(file);
    const header = JSON.parse(head);
    header.migrations.push({ hash: "f".repeat(64), createdAt: "1900000000000" });
    await refuses("newer.gz", [JSON.stringify(header), ...rest], /different|migrations/);
  });

  it("still restores the good file after refusing a damaged one: the refusal left the database untouched", async () => {
    // A database of its own, so that the refusals above find theirs empty whatever order they run in.
    const fresh = await createTestDatabase();
    try {
      const short = join(dir, "short-then-good.gz");
      await writeLines(short, (await lines(file)).slice(0, -3));
      await expect(restoreDatabase(fresh, short, { batchSize: 5 })).rejects.toThrow(/truncated or damaged/);
      await restoreDatabase(fresh, file);
      expect(await snapshot(fresh)).toEqual(expected);
    } finally {
      await fresh.close();
    }
  });
});

describe("a table whose rows point to rows of the same table", () => {
  // Such as a fork's origin: in primary-key order a child can come before its parent.
  const lineage = pgTable("lineage", {
    id: integer("id").primaryKey(),
    parentId: integer("parent_id").references((): AnyPgColumn => lineage.id),
    name: text("name").notNull(),
  });
  const tables = [...backupTables(), ...backupTables([lineage])];

  it("restores whatever order the rows come in, across batches", async () => {
    const from = await createTestDatabase();
    const to = await createTestDatabase();
    try {
      for (const d of [from, to])
        await d.exec("create table lineage (id integer primary key, parent_id integer references lineage (id), name text not null)");
      await from.exec(
        "insert into lineage values (5, null, 'root'), (4, 5, 'fork'), (3, 4, 'fork of fork'), (2, 3, 'deeper'), (1, 2, 'deepest')",
      );
      const lineageFile = join(dir, "lineage.jsonl.gz");
      await dumpDatabase(from, lineageFile, { batchSize: 2, tables });
      await restoreDatabase(to, lineageFile, { batchSize: 2, tables });
      const read = (d: Database) => rowsOf<{ r: string }>(d.db, sql`select to_jsonb(l)::text as r from lineage l order by id`);
      expect(await read(to)).toEqual(await read(from));
      expect((await read(to)).length).toBe(5);
    } finally {
      await from.close();
      await to.close();
    }
  }, 90_000);
});

describe("across backends", () => {
  const serverUrl = process.env.TEST_DATABASE_URL;
  it.skipIf(!serverUrl)(
    "moves a PostgreSQL backup into PGlite and back unchanged (needs TEST_DATABASE_URL)",
    async () => {
      // With TEST_DATABASE_URL set, `source` is on PostgreSQL.
      const embedded = await pglite();
      const server = await createTestDatabase();
      try {
        await restoreDatabase(embedded, file);
        expect(await snapshot(embedded)).toEqual(expected);
        const fromEmbedded = join(dir, "from-pglite.jsonl.gz");
        await dumpDatabase(embedded, fromEmbedded);
        await restoreDatabase(server, fromEmbedded);
        expect(server.kind).toBe("postgres");
        expect(await snapshot(server)).toEqual(expected);
      } finally {
        await embedded.close();
        await server.close();
      }
    },
    90_000,
  );
});
