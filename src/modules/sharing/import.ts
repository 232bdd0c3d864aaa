import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { pipeline } from "node:stream";
import { z } from "@hono/zod-openapi";
import { CsvError, parse } from "csv-parse";
import { eq, inArray } from "drizzle-orm";
import { integrityProblem } from "../../db/errors.ts";
import type { Db, Executor } from "../../db/types.ts";
import type { Actor } from "../../http/env.ts";
import { AppError } from "../../http/errors.ts";
import { type Message, rule, ruleMessage, type Translatable } from "../../text/messages.ts";
import { people } from "../accounts/schema.ts";
import { recordActivity } from "../activity/service.ts";
import { minorDigits, toDecimal } from "../ledger/money.ts";
import { t } from "./import/messages.ts";
import { NewResourceTypeInput, NewUnitInput } from "./inputs.ts";
import { findLibrary, libraryStanding } from "./library-service.ts";
import { authorizeRunLibrary } from "./policy.ts";
import { type Library, resourceCategories, resourceTypes, resourceUnits } from "./schema.ts";
import { ACQUISITIONS, CONDITIONS, RESOURCE_KINDS } from "./values.ts";

/**
 * `triarchy import resources`: a library's catalogue (resource types and their units) read from a CSV
 * export, one unit per row; rows with the same type name are units of one type. Every row is checked
 * first, with the rules the API applies to the same fields (inputs.ts) and against the library (its
 * types, their unit codes, the categories, the owners' handles); a file with any problem writes
 * nothing and the report names each problem's row and column. Otherwise everything is written in one
 * transaction, with one activity row.
 */

/** What a row can give, named as in the API (`--map` also takes the short names in FIELD_NAMES). */
export const IMPORT_FIELDS = [
  "name",
  "slug",
  "kind",
  "category",
  "description",
  "careNotes",
  "replacementPrice",
  "code",
  "condition",
  "location",
  "acquisition",
  "owner",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The fields of the type; the others are the unit's (one per row). */
const TYPE_FIELDS = ["slug", "kind", "category", "description", "careNotes", "replacementPrice"] as const;
type TypeField = (typeof TYPE_FIELDS)[number];
const REQUIRED: ImportField[] = ["name", "code"];

/** Every name a field goes by in `--map` and, with no preset, as a column header (compared case-insensitively). */
const FIELD_NAMES: Record<string, ImportField> = {
  ...Object.fromEntries(IMPORT_FIELDS.map((f) => [f.toLowerCase(), f])),
  care: "careNotes",
  "care-notes": "careNotes",
  "care notes": "careNotes",
  price: "replacementPrice",
  "replacement-price": "replacementPrice",
  "replacement price": "replacementPrice",
};

/** For each field, the headers it may be read from (the first one the file has). */
export interface ColumnMapping {
  columns: Partial<Record<ImportField, readonly string[]>>;
  /** The description and care notes carry line breaks as `<br>` (Lend Engine writes them so). */
  breaks?: boolean;
}

/**
 * The exports of two lending-library tools. Fields a preset leaves out take their defaults (kind
 * `tool`, condition `good`, acquisition `bought`, slug from the name); `--map field=Header` adds or
 * replaces a field's column, and `--map field=` leaves a field out.
 */
export const PRESETS = {
  /**
   * Lend Engine's "Export items" (items.csv, admin/export/items/ in lend-engine-app's
   * ItemExportController): `Id, Type, Added on, Code, Name, Type, Serial number, Condition, Tags,
   * Location, Brand, Price paid, Value (RRP), Shown on website, Loan fee, Loan period, Short description,
   * Long description, Components, Care information, Keywords, Owned by, Donated by`, then one column per
   * custom field (older versions lack `Id` and the first `Type`). Read here: Name, Code, Tags (its
   * categories, comma-separated: the first one known here is used), Long description (line breaks written
   * as <br>), Care information, Value (RRP) (the replacement value; Price paid is what the library paid),
   * Condition and Location. Lend Engine's conditions are each library's own names: a cell that is not one
   * of new, good, fair, worn, damaged is refused, so map them first or leave them out (`--map condition=`).
   * Its `Type` columns (loan / kit / stock, and the item's sector) are not our kinds, and `Owned by` /
   * `Donated by` hold contact names, not handles: both are left out.
   */
  "lend-engine": {
    columns: {
      name: ["Name"],
      code: ["Code"],
      category: ["Tags"],
      description: ["Long description"],
      careNotes: ["Care information"],
      replacementPrice: ["Value (RRP)"],
      condition: ["Condition"],
      location: ["Location"],
    },
    breaks: true,
  },
  /**
   * myTurn's inventory export. NOT VERIFIED against a real export: myTurn's help pages name the fields
   * Item ID, Name, Description, Location Code, Condition and the item's categories, but the exact
   * header spellings, and whether the replacement value and the categories are exported under these
   * names, could not be checked. Each field therefore lists the spellings likely used; when a file
   * differs, `--map` names the right column.
   */
  myturn: {
    columns: {
      name: ["Name", "Item Name"],
      code: ["Item ID", "Item Id", "ID"],
      category: ["Categories", "Category"],
      description: ["Description"],
      careNotes: ["Care Instructions", "Care Notes"],
      replacementPrice: ["Replacement Value", "Replacement Cost", "Value"],
      condition: ["Condition"],
      location: ["Location Code", "Location"],
    },
  },
} as const satisfies Record<string, ColumnMapping>;
export type Preset = keyof typeof PRESETS;
export const PRESET_NAMES = Object.keys(PRESETS) as Preset[];

/** Headers are compared trimmed, with runs of spaces as one, case-insensitively. */
const norm = (s: string) => s.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();

/**
 * The mapping to read a file with: a preset's (or, with none, columns named like the fields), with
 * `--map`'s entries on top. Returns the fields `--map` named, whose columns must exist.
 */
export function columnMapping(preset: Preset | undefined, map: string | undefined): { mapping: ColumnMapping; named: Set<ImportField> } {
  const base: ColumnMapping = preset
    ? PRESETS[preset]
    : {
        columns: Object.fromEntries(
          IMPORT_FIELDS.map((f) => [
            f,
            Object.entries(FIELD_NAMES)
              .filter(([, field]) => field === f)
              .map(([name]) => name),
          ]),
        ),
      };
  const columns: ColumnMapping["columns"] = { ...base.columns };
  const named = new Set<ImportField>();
  const mentioned = new Set<ImportField>();
  for (const entry of (map ?? "").split(",")) {
    if (!entry.trim()) continue;
    const at = entry.indexOf("=");
    if (at < 0) throw AppError.validation("map", t("mapEntry", { entry: entry.trim() }));
    const key = entry.slice(0, at).trim();
    const field = FIELD_NAMES[key.toLowerCase()];
    if (!field) throw AppError.validation("map", t("unknownField", { field: key, fields: IMPORT_FIELDS.join(", ") }));
    if (mentioned.has(field)) throw AppError.validation("map", t("fieldTwice", { field }));
    mentioned.add(field);
    const header = entry.slice(at + 1).trim();
    if (header) {
      columns[field] = [header];
      named.add(field);
    } else delete columns[field];
  }
  return { mapping: { ...base, columns }, named };
}

/** One reason a file is refused: the row (the header is row 1, as a spreadsheet numbers them) and the column's header. */
export interface ImportProblem {
  row: number;
  column: string | null;
  message: Translatable;
}

export interface ResourceImportOptions {
  /** The library's slug. */
  library: string;
  /** The CSV file. */
  file: string;
  preset?: Preset;
  /** `field=Header,field=Header`: columns for fields, over the preset's. */
  map?: string;
  /** The cell separator: `,` by default; `;` for many spreadsheets in Europe, `\t` for tab-separated files. */
  delimiter?: string;
  /** Rows per INSERT statement. */
  batchSize?: number;
  /** Called before reading the rows (counted first) and before writing the units. */
  onStart?: (phase: "rows" | "units", total: number) => void;
  onProgress?: (done: number) => void;
}

interface Named {
  slug: string;
  name: string;
}

export type ResourceImportReport = { library: Named; file: string; rowsRead: number } & (
  | { ok: true; typesCreated: Named[]; typesExtended: Named[]; unitsCreated: number }
  | { ok: false; problems: ImportProblem[] }
);

/**
 * A decimal amount in major units ("129.90") as exact minor units of `currency` (12990n for EUR), or
 * the reason it is not one. Digits past the currency's minor unit are accepted only as zeros.
 */
export function minorUnitsOf(text: string, currency: string): bigint | Message {
  const digits = minorDigits(currency);
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return t("price");
  const whole = m[1] ?? "0";
  const fraction = m[2] ?? "";
  if (/[^0]/.test(fraction.slice(digits))) return t("priceDigits", { value: text.trim(), currency, digits });
  return BigInt(whole) * 10n ** BigInt(digits) + BigInt(fraction.slice(0, digits).padEnd(digits, "0") || "0");
}

/** A name as a slug: accents dropped, anything else than letters and digits a hyphen, at most 50 characters. */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, 50).replace(/-+$/, "") || "resource";
}

/** `base`, else `base-2`, `base-3`… (cut to stay within 50 characters), the first not taken. */
function uniqueSlug(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const slug = `${base.slice(0, 50 - suffix.length).replace(/-+$/, "")}${suffix}`;
    if (!taken.has(slug)) return slug;
  }
}

interface Category {
  id: string;
  slug: string;
  name: string;
}
type Kind = (typeof RESOURCE_KINDS)[number];
type Condition = (typeof CONDITIONS)[number];
type Acquisition = (typeof ACQUISITIONS)[number];

/** The values of one row, each checked; a field missing here was empty or refused. */
interface Values {
  name?: string;
  slug?: string;
  kind?: Kind;
  category?: Category;
  description?: string;
  careNotes?: string;
  replacementPrice?: bigint;
  code?: string;
  condition?: Condition;
  location?: string;
  acquisition?: Acquisition;
  owner?: string;
}

/** A refusal raised inside a zod transform, keeping its message (with its values) for the report. */
function refuse(ctx: z.RefinementCtx, text: Message): never {
  ctx.addIssue({ code: "custom", message: text.toString(), params: { text } });
  return z.NEVER as never;
}

/** One of `values`, in any case. */
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(values, { error: rule(t("oneOf", { values: values.join(", ") })) }));

const present = () => z.string({ error: rule(t("required")) });

/** The API's rule for a replacement price: whole minor units, from 0 to its maximum. */
const PRICE_RULE = NewResourceTypeInput.shape.replacementPrice.unwrap();

/** Each field's rule: the API's own for the same field (NewResourceTypeInput, NewUnitInput) wherever it has one. */
function fieldRules(currency: string, categoryOf: (cell: string) => Category | undefined) {
  const type = NewResourceTypeInput.shape;
  const unit = NewUnitInput.shape;
  return {
    name: present().pipe(type.name),
    slug: type.slug.optional(),
    kind: oneOf(RESOURCE_KINDS).optional(),
    category: z
      .string()
      .transform((cell, ctx) => categoryOf(cell) ?? refuse(ctx, t("unknownCategory", { value: cell })))
      .optional(),
    description: type.description,
    careNotes: type.careNotes,
    replacementPrice: z
      .string()
      .transform((cell, ctx) => {
        const minor = minorUnitsOf(cell, currency);
        return typeof minor === "bigint" ? Number(minor) : refuse(ctx, minor);
      })
      .pipe(PRICE_RULE)
      .transform((n) => BigInt(n))
      .optional(),
    code: present().pipe(unit.code),
    condition: oneOf(CONDITIONS).optional(),
    location: unit.location,
    acquisition: oneOf(ACQUISITIONS).optional(),
    owner: unit.owner,
  } satisfies Record<ImportField, z.ZodType>;
}

/** The reason a field's rule gave: its catalogue message, a shared field rule's, or (for zod's own checks) `fallback`. */
function reasonOf(issue: z.core.$ZodIssue | undefined, fallback: Translatable): Translatable {
  const own = (issue as { params?: { text?: Message } } | undefined)?.params?.text;
  return own ?? (issue ? ruleMessage(issue.message) : undefined) ?? fallback;
}

/** The taxonomy by slug, or by name in any case; a cell listing several (Lend Engine's tags) takes the first one known. */
function categoryFinder(categories: Category[]) {
  const bySlug = new Map(categories.map((c) => [c.slug, c]));
  const byName = new Map(categories.map((c) => [norm(c.name), c]));
  const one = (s: string) => bySlug.get(s.trim().toLowerCase()) ?? byName.get(norm(s));
  return (cell: string) => {
    const tags = cell.split(",");
    return one(cell) ?? (tags.length > 1 ? tags.map(one).find((c) => c !== undefined) : undefined);
  };
}

/** The file's records as arrays of cells, streamed. */
async function* records(file: string, delimiter: string): AsyncGenerator<string[]> {
  const parser = parse({ bom: true, delimiter, relax_column_count: true, skip_empty_lines: false });
  pipeline(createReadStream(file), parser, () => {});
  for await (const record of parser) yield record as string[];
}

async function countRows(file: string, delimiter: string): Promise<number> {
  let n = -1;
  try {
    for await (const cells of records(file, delimiter)) if (cells.some((c) => c.trim())) n++;
  } catch {
    // The reading pass reports what is wrong with the file.
  }
  return Math.max(n, 0);
}

interface Row {
  row: number;
  values: Values;
}

type TypeValues = Pick<Values, TypeField>;

interface Group {
  name: string;
  firstRow: number;
  /** The type's fields, each from the first row that gives it, and that row. */
  fields: TypeValues;
  givenAt: Partial<Record<TypeField, number>>;
  rows: Row[];
  /** Where its units go: an existing type, or a new one at this slug. */
  target?: { existing: Named & { id: string } } | { slug: string };
}

const sameValue = (a: TypeValues[TypeField], b: TypeValues[TypeField]) =>
  typeof a === "object" && typeof b === "object" ? a.id === b.id : a === b;
const shown = (v: TypeValues[TypeField], currency: string) =>
  typeof v === "object" ? v.name : typeof v === "bigint" ? toDecimal(v, currency) : String(v);

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

type Columns = Partial<Record<ImportField, { index: number; name: string }>>;

/** By row, then in the order of the file's columns. */
function sorted(problems: ImportProblem[], header: string[]): ImportProblem[] {
  const position = (column: string | null) => (column === null ? -1 : header.indexOf(column));
  return [...problems].sort((a, b) => a.row - b.row || position(a.column) - position(b.column));
}

/**
 * Imports a CSV catalogue into a library, acting as `actor` (a steward of the library's organization).
 * Refusals of the whole import (no such library, not a steward, an unreadable file, a bad `--map`)
 * throw an AppError; a file with problems returns `ok: false` with every problem found, and writes nothing.
 */
export async function importResources(db: Db, actor: Actor | null, opts: ResourceImportOptions): Promise<ResourceImportReport> {
  const delimiter = opts.delimiter ?? ",";
  if ([...delimiter].length !== 1 || /[\r\n"]/.test(delimiter)) throw AppError.validation("delimiter", t("delimiter"));
  const { mapping, named } = columnMapping(opts.preset, opts.map);
  const library = await findLibrary(db, opts.library);
  // Checked before the file is read; the write checks it again, locked, in its transaction.
  authorizeRunLibrary(actor, await libraryStanding(db, library, actor, false));
  let reason = "EISDIR";
  const isFile = await stat(opts.file).then(
    (s) => s.isFile(),
    (err: NodeJS.ErrnoException) => {
      reason = err.code ?? err.message;
      return false;
    },
  );
  if (!isFile) throw AppError.validation("file", t("unreadable", { file: opts.file, reason }));

  const categories = await db
    .select({ id: resourceCategories.id, slug: resourceCategories.slug, name: resourceCategories.name })
    .from(resourceCategories);
  const rules = fieldRules(library.currency, categoryFinder(categories));
  const file = basename(opts.file);
  const problems: ImportProblem[] = [];
  let header: string[] = [];
  let rowsRead = 0;
  const refused = (found = problems): ResourceImportReport => ({
    library: { slug: library.slug, name: library.name },
    file,
    rowsRead,
    ok: false,
    problems: sorted(found, header),
  });
  if (opts.onStart) opts.onStart("rows", await countRows(opts.file, delimiter));

  // Every row is read and checked before anything is written.
  const rows: Row[] = [];
  const columns: Columns = {};
  let recordNo = 0;
  try {
    for await (const cells of records(opts.file, delimiter)) {
      recordNo++;
      if (recordNo === 1) {
        header = cells.map((h) => h.trim());
        problems.push(...findColumns(header, mapping, named, columns));
        if (problems.length) return refused();
        continue;
      }
      if (!cells.some((c) => c.trim())) continue;
      rowsRead++;
      opts.onProgress?.(rowsRead);
      if (cells.slice(header.length).some((c) => c.trim())) {
        problems.push({ row: recordNo, column: null, message: t("tooManyCells", { cells: cells.length, columns: header.length }) });
        continue;
      }
      rows.push({ row: recordNo, values: readRow(recordNo, cells, columns, rules, mapping, library.currency, problems) });
    }
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    problems.push({ row: recordNo + 1, column: null, message: t("malformed", { reason: err.message }) });
    return refused();
  }
  if (recordNo === 0) {
    problems.push({ row: 1, column: null, message: t("noHeader") });
    return refused();
  }
  const col = (field: ImportField) => columns[field]?.name ?? null;

  // Rows of one type name are one type: each of its fields is given once, or alike wherever repeated.
  const groups = new Map<string, Group>();
  for (const r of rows) {
    if (r.values.name === undefined) continue;
    const key = norm(r.values.name);
    let g = groups.get(key);
    if (!g) {
      g = { name: r.values.name, firstRow: r.row, fields: {}, givenAt: {}, rows: [] };
      groups.set(key, g);
    }
    g.rows.push(r);
    for (const f of TYPE_FIELDS) {
      const value = r.values[f];
      if (value === undefined) continue;
      const first = g.fields[f];
      if (first === undefined) {
        (g.fields as Record<TypeField, unknown>)[f] = value;
        g.givenAt[f] = r.row;
      } else if (!sameValue(first, value)) {
        problems.push({
          row: r.row,
          column: col(f),
          message: t("differs", { row: g.givenAt[f] ?? g.firstRow, value: shown(first, library.currency) }),
        });
      }
    }
  }

  const batchSize = opts.batchSize ?? 1_000;
  try {
    return await db.transaction(async (tx): Promise<ResourceImportReport> => {
      const me = authorizeRunLibrary(actor, await libraryStanding(tx, library, actor));
      const checked = await checkAgainstLibrary(tx, library, groups, rows, col);
      if (problems.length || checked.problems.length) return refused([...problems, ...checked.problems]);
      const { owners } = checked;

      const fresh = [...groups.values()].flatMap((g) => (g.target && "slug" in g.target ? [{ group: g, slug: g.target.slug }] : []));
      const typeIds = new Map<Group, string>();
      for (const batch of chunks(fresh, batchSize)) {
        const inserted = await tx
          .insert(resourceTypes)
          .values(
            batch.map(({ group: { name, fields }, slug }) => ({
              libraryId: library.id,
              slug,
              name,
              kind: fields.kind ?? "tool",
              categoryId: fields.category?.id ?? null,
              description: fields.description ?? "",
              careNotes: fields.careNotes ?? "",
              replacementPrice: fields.replacementPrice ?? null,
            })),
          )
          .returning({ id: resourceTypes.id, slug: resourceTypes.slug });
        const ids = new Map(inserted.map((r) => [r.slug, r.id]));
        for (const { group, slug } of batch) typeIds.set(group, ids.get(slug) ?? "");
      }
      // A type the file names twice (by its slug, and by its name in rows with no slug) is listed once.
      const extended = new Map<string, Named>();
      for (const g of groups.values()) {
        if (!g.target || !("existing" in g.target)) continue;
        const { id, slug, name } = g.target.existing;
        typeIds.set(g, id);
        extended.set(id, { slug, name });
      }
      const typesExtended = [...extended.values()];

      const units = [...groups.values()].flatMap((g) =>
        g.rows.map(({ values: v }) => ({
          typeId: typeIds.get(g) ?? "",
          code: v.code ?? "",
          condition: v.condition ?? "good",
          location: v.location ?? "",
          acquisition: v.acquisition ?? (v.owner ? "lent" : "bought"),
          ownerPersonId: v.owner ? (owners.get(v.owner) ?? null) : null,
          stewardPersonId: me.id,
        })),
      );
      opts.onStart?.("units", units.length);
      for (const [i, batch] of chunks(units, batchSize).entries()) {
        await tx.insert(resourceUnits).values(batch);
        opts.onProgress?.(Math.min(units.length, (i + 1) * batchSize));
      }

      const typesCreated = fresh.map(({ group, slug }) => ({ slug, name: group.name }));
      // One row for the whole import: a row per type would tell each follower of the organization
      // of every type of a large catalogue one by one (notifications' "followed" rule). A file with
      // a header and no rows changes nothing, and says nothing.
      if (units.length) {
        await recordActivity(tx, {
          actorId: me.id,
          verb: "resources.imported",
          objectType: "library",
          objectId: library.id,
          organizationId: library.organizationId,
          data: {
            library: library.slug,
            name: library.name,
            file,
            rows: rowsRead,
            typesCreated: typesCreated.length,
            typesExtended: typesExtended.length,
            unitsCreated: units.length,
            // The first hundred, so that a large catalogue's row stays small.
            types: typesCreated.slice(0, 100).map((x) => x.slug),
          },
        });
      }
      return {
        library: { slug: library.slug, name: library.name },
        file,
        rowsRead,
        ok: true,
        typesCreated,
        typesExtended,
        unitsCreated: units.length,
      };
    });
  } catch (err) {
    // A unit code or a slug taken by a change that committed after the checks above.
    const conflict = { path: "file", message: t("changedMeanwhile") };
    throw integrityProblem(err, { resource_units_type_code_key: conflict, resource_types_library_slug_key: conflict }) ?? err;
  }
}

/** Where each mapped field is in the header (a header named twice: its first column); the problems of the mapping. */
function findColumns(header: string[], mapping: ColumnMapping, named: Set<ImportField>, columns: Columns): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const at = new Map<string, number>();
  header.forEach((h, i) => {
    if (!at.has(norm(h))) at.set(norm(h), i);
  });
  for (const field of IMPORT_FIELDS) {
    const candidates = mapping.columns[field] ?? [];
    const index = candidates.map((h) => at.get(norm(h))).find((i) => i !== undefined);
    if (index !== undefined) columns[field] = { index, name: header[index] ?? "" };
    else if (named.has(field)) problems.push({ row: 1, column: candidates[0] ?? null, message: t("noSuchColumn", { field }) });
    else if (REQUIRED.includes(field)) problems.push({ row: 1, column: null, message: t("fieldUnmapped", { field }) });
  }
  return problems;
}

/** Reads and checks one row's cells; each refusal is added to `problems` with its column. */
function readRow(
  row: number,
  cells: string[],
  columns: Columns,
  rules: ReturnType<typeof fieldRules>,
  mapping: ColumnMapping,
  currency: string,
  problems: ImportProblem[],
): Values {
  const values: Values = {};
  const refused = new Set<ImportField>();
  for (const field of IMPORT_FIELDS) {
    const column = columns[field];
    if (!column) continue;
    let cell: string | undefined = (cells[column.index] ?? "").trim();
    if (mapping.breaks && (field === "description" || field === "careNotes")) cell = cell.replace(/<br\s*\/?>/gi, "\n");
    if (cell === "") cell = undefined;
    const parsed = rules[field].safeParse(cell);
    if (parsed.success) {
      if (parsed.data !== undefined) (values as Record<ImportField, unknown>)[field] = parsed.data;
      continue;
    }
    refused.add(field);
    const issue = parsed.error.issues[0];
    const fallback: Translatable =
      field === "replacementPrice"
        ? t("priceTooLarge", { max: toDecimal(BigInt(PRICE_RULE.maxValue ?? 0), currency) })
        : { in: () => issue?.message ?? "" };
    problems.push({ row, column: column.name, message: reasonOf(issue, fallback) });
  }
  // As the API's addUnit: an owner makes a unit lent, and a lent unit needs one.
  if (!refused.has("acquisition") && !refused.has("owner")) {
    const acquisition = values.acquisition ?? (values.owner ? "lent" : "bought");
    const column = columns.owner?.name ?? columns.acquisition?.name ?? null;
    if (acquisition === "lent" && !values.owner) problems.push({ row, column, message: t("lentNeedsOwner") });
    else if (acquisition !== "lent" && values.owner) problems.push({ row, column, message: t("ownerOnlyWhenLent") });
  }
  return values;
}

/**
 * What only the library can tell, read in the writing transaction: which types exist already (by
 * slug, or by name when the file gives no slug), the slugs new types take, the unit codes each type
 * has, and the owners' handles; and what it finds wrong.
 */
async function checkAgainstLibrary(
  tx: Executor,
  library: Library,
  groups: Map<string, Group>,
  rows: Row[],
  col: (field: ImportField) => string | null,
) {
  const problems: ImportProblem[] = [];
  const existing = await tx
    .select({ id: resourceTypes.id, slug: resourceTypes.slug, name: resourceTypes.name })
    .from(resourceTypes)
    .where(eq(resourceTypes.libraryId, library.id));
  const bySlug = new Map(existing.map((e) => [e.slug, e]));
  const byName = new Map(existing.map((e) => [norm(e.name), e]));
  const taken = new Set(existing.map((e) => e.slug));

  // The slugs the file gives come first, so that a slug made from a name never takes one of them.
  const givenBy = new Map<string, Group>();
  for (const g of groups.values()) {
    const slug = g.fields.slug;
    if (slug === undefined) continue;
    const other = givenBy.get(slug);
    if (other) {
      problems.push({
        row: g.givenAt.slug ?? g.firstRow,
        column: col("slug"),
        message: t("slugTwice", { row: other.givenAt.slug ?? other.firstRow, slug }),
      });
      continue;
    }
    givenBy.set(slug, g);
    const found = bySlug.get(slug);
    g.target = found ? { existing: found } : { slug };
    taken.add(slug);
  }
  for (const g of groups.values()) {
    if (g.fields.slug !== undefined) continue;
    const found = byName.get(norm(g.name));
    const slug = found ? undefined : uniqueSlug(slugify(g.name), taken);
    if (slug) taken.add(slug);
    g.target = found ? { existing: found } : { slug: slug ?? "" };
  }

  // Unit codes: once per type, in the file and beside the units the type already has.
  const existingIds = [...new Set([...groups.values()].flatMap((g) => (g.target && "existing" in g.target ? [g.target.existing.id] : [])))];
  const held = new Set<string>();
  for (const ids of chunks(existingIds, 1_000)) {
    const units = await tx
      .select({ typeId: resourceUnits.typeId, code: resourceUnits.code })
      .from(resourceUnits)
      .where(inArray(resourceUnits.typeId, ids));
    for (const u of units) held.add(`${u.typeId}\u0000${u.code}`);
  }
  const seen = new Map<string, number>();
  for (const g of groups.values()) {
    if (!g.target) continue;
    const type = "existing" in g.target ? g.target.existing.id : `new\u0000${g.target.slug}`;
    const slug = "existing" in g.target ? g.target.existing.slug : g.target.slug;
    for (const r of g.rows) {
      const code = r.values.code;
      if (code === undefined) continue;
      const key = `${type}\u0000${code}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) problems.push({ row: r.row, column: col("code"), message: t("codeTwice", { row: earlier, code }) });
      else if (held.has(key)) problems.push({ row: r.row, column: col("code"), message: t("codeTaken", { slug, code }) });
      if (earlier === undefined) seen.set(key, r.row);
    }
  }

  // The owners of lent units, by handle.
  const handles = [...new Set(rows.flatMap((r) => (r.values.owner ? [r.values.owner] : [])))];
  const owners = new Map<string, string>();
  for (const batch of chunks(handles, 1_000)) {
    const found = await tx.select({ id: people.id, handle: people.handle }).from(people).where(inArray(people.handle, batch));
    for (const p of found) owners.set(p.handle, p.id);
  }
  for (const r of rows) {
    if (r.values.owner && !owners.has(r.values.owner)) {
      problems.push({ row: r.row, column: col("owner"), message: t("unknownOwner", { handle: r.values.owner }) });
    }
  }
  return { owners, problems };
}
