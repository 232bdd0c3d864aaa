// A Pabulib instance as read from a `.pb` file (pabulib.org's format): the META key/value pairs, the
// PROJECTS and VOTES tables. Every cell is kept as written, in its order, so that writing the instance
// again loses nothing (unknown META keys, extra project and voter columns, the file's line endings);
// the typed views (a project's cost, a ballot's projects and points, the budget, the ballot limits)
// are read from those cells once, when the instance is built, by the one function that builds it.

import { VOTE_TYPES, type VoteType } from "../rules/election.ts";

export { VOTE_TYPES, type VoteType };

/** A file that cannot be read as a Pabulib instance, with the line (1-based, of the whole file) at fault when known. */
export class PbFormatError extends Error {
  readonly line: number | null;
  constructor(message: string, line: number | null = null) {
    super(line === null ? message : `line ${line}: ${message}`);
    this.name = "PbFormatError";
    this.line = line;
  }
}

/** One table of the file: its header as written and its rows, each cell as written. */
export interface PbTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** The file line a row ends on, for messages (worked out only when one is needed); absent for built instances. */
  readonly lineOf?: (row: number) => number;
}

export interface PbProject {
  readonly id: string;
  /** The cost as written (trimmed); `costValue` is its number. */
  readonly cost: string;
  readonly costValue: number;
  /** Every cell of the project's row, aligned with `PbInstance.projectColumns`. */
  readonly cells: readonly string[];
}

export interface PbVote {
  readonly voterId: string;
  /** The projects the ballot names, in its order (best first for ordinal ballots). */
  readonly projects: readonly string[];
  /** Points given to each named project, aligned with `projects` (cumulative and scoring ballots). */
  readonly points: readonly number[] | null;
  /** Every cell of the vote's row, aligned with `PbInstance.voteColumns`. */
  readonly cells: readonly string[];
}

/** A district (or neighbourhood) with a budget of its own, as the META section declares it. */
export interface PbDistrictBudget {
  readonly district: string;
  readonly budget: string;
}

export interface PbInstance {
  readonly meta: PbMeta;
  readonly projectColumns: readonly string[];
  readonly projects: readonly PbProject[];
  readonly voteColumns: readonly string[];
  readonly votes: readonly PbVote[];
  /** The line ending the file used ("\r\n" for Pabulib's own files); a written instance uses it again. */
  readonly newline: "\r\n" | "\n";
}

const int = (key: string, value: string | undefined): number | null => {
  if (value === undefined || value.trim() === "" || value.trim().toLowerCase() === "none") return null;
  const n = Number(value.trim());
  if (!Number.isFinite(n)) throw new PbFormatError(`META ${key} is not a number: ${JSON.stringify(value)}`);
  return n;
};

/** Splits a multi-valued cell ("a,b,c"); an empty cell is an empty list. */
export function splitList(cell: string): string[] {
  const trimmed = cell.trim();
  if (trimmed === "") return [];
  const items = trimmed.split(",");
  for (let i = 0; i < items.length; i++) items[i] = items[i]!.trim();
  return items;
}

/** The META section: its pairs in the file's order, and typed readings of the keys the rules and ballots use. */
export class PbMeta {
  readonly header: readonly [string, string];
  readonly entries: readonly (readonly [string, string])[];
  readonly #index: Map<string, string>;

  constructor(header: readonly [string, string], entries: readonly (readonly [string, string])[]) {
    this.header = header;
    this.entries = entries;
    this.#index = new Map(entries.map(([k, v]) => [k.trim(), v.trim()]));
  }

  /** The value of a key, trimmed, or undefined. */
  get(key: string): string | undefined {
    return this.#index.get(key);
  }

  get budget(): string {
    const b = this.get("budget");
    if (b === undefined || b === "") throw new PbFormatError("META has no budget");
    return b;
  }
  get voteType(): VoteType {
    const t = this.get("vote_type");
    if (!VOTE_TYPES.includes(t as VoteType)) {
      throw new PbFormatError(`META vote_type must be one of ${VOTE_TYPES.join(", ")}, not ${JSON.stringify(t ?? "")}`);
    }
    return t as VoteType;
  }
  get rule(): string | undefined {
    return this.get("rule");
  }
  get numProjects(): number | null {
    return int("num_projects", this.get("num_projects"));
  }
  get numVotes(): number | null {
    return int("num_votes", this.get("num_votes"));
  }
  get minLength(): number | null {
    return int("min_length", this.get("min_length"));
  }
  get maxLength(): number | null {
    return int("max_length", this.get("max_length"));
  }
  get minSumCost(): number | null {
    return int("min_sum_cost", this.get("min_sum_cost"));
  }
  get maxSumCost(): number | null {
    return int("max_sum_cost", this.get("max_sum_cost"));
  }
  get minPoints(): number | null {
    return int("min_points", this.get("min_points"));
  }
  get maxPoints(): number | null {
    return int("max_points", this.get("max_points"));
  }
  get minSumPoints(): number | null {
    return int("min_sum_points", this.get("min_sum_points"));
  }
  /** The most points a ballot may give in all (Pabulib's `max_sum_points`). */
  get maxSumPoints(): number | null {
    return int("max_sum_points", this.get("max_sum_points"));
  }
  /** The score a project needs to be funded at all (Warsaw's threshold; `min_project_score_threshold`). */
  get scoreThreshold(): number | null {
    return int("min_project_score_threshold", this.get("min_project_score_threshold"));
  }
  get currency(): string | undefined {
    return this.get("currency");
  }

  /**
   * Districts with budgets of their own: `neighborhoods` (or `districts`) and `budget_per_neighborhood`
   * (or `budget_per_district`), two comma-separated lists read in step, as Amsterdam's files write them.
   * Empty when the file declares none.
   */
  get districtBudgets(): PbDistrictBudget[] {
    for (const [namesKey, budgetsKey] of [
      ["neighborhoods", "budget_per_neighborhood"],
      ["districts", "budget_per_district"],
    ] as const) {
      const budgets = this.get(budgetsKey);
      if (budgets === undefined) continue;
      const names = splitList(this.get(namesKey) ?? "");
      const amounts = splitList(budgets);
      if (names.length !== amounts.length) {
        throw new PbFormatError(`META ${namesKey} names ${names.length} districts but ${budgetsKey} has ${amounts.length} budgets`);
      }
      return names.map((district, i) => ({ district, budget: amounts[i]! }));
    }
    return [];
  }
}

/** The raw material of an instance: what the parser reads, or what an export assembles. */
export interface PbSections {
  readonly meta: PbTable;
  readonly projects: PbTable;
  readonly votes: PbTable;
  readonly newline?: "\r\n" | "\n";
}

const columnIndex = (table: PbTable, section: string, name: string, required: boolean): number => {
  const i = table.columns.findIndex((c) => c.trim() === name);
  if (i < 0 && required) throw new PbFormatError(`${section} has no ${name} column`);
  return i;
};

const lineOf = (table: PbTable, row: number): number | null => table.lineOf?.(row) ?? null;

function checkWidth(table: PbTable, section: string) {
  for (let r = 0; r < table.rows.length; r++) {
    const width = table.rows[r]!.length;
    if (width !== table.columns.length)
      throw new PbFormatError(`${section} row has ${width} cells for ${table.columns.length} columns`, lineOf(table, r));
  }
}

function readMeta(table: PbTable): PbMeta {
  const [k, v] = table.columns;
  if (table.columns.length !== 2 || k?.trim() !== "key" || v?.trim() !== "value") {
    throw new PbFormatError('META must begin with the header "key;value"');
  }
  checkWidth(table, "META");
  return new PbMeta([k, v], table.rows as [string, string][]);
}

function readProjects(table: PbTable): PbProject[] {
  checkWidth(table, "PROJECTS");
  const idAt = columnIndex(table, "PROJECTS", "project_id", true);
  const costAt = columnIndex(table, "PROJECTS", "cost", true);
  const seen = new Set<string>();
  return table.rows.map((cells, r) => {
    const id = cells[idAt]!.trim();
    const cost = cells[costAt]!.trim();
    const costValue = Number(cost.replace(",", "."));
    if (id === "") throw new PbFormatError("a project has no project_id", lineOf(table, r));
    if (seen.has(id)) throw new PbFormatError(`project ${id} appears twice`, lineOf(table, r));
    if (cost === "" || !Number.isFinite(costValue) || costValue < 0) {
      throw new PbFormatError(`project ${id} has no valid cost: ${JSON.stringify(cost)}`, lineOf(table, r));
    }
    seen.add(id);
    return { id, cost, costValue, cells };
  });
}

function readVotes(table: PbTable, voteType: VoteType, projectIds: ReadonlySet<string>): PbVote[] {
  checkWidth(table, "VOTES");
  const voterAt = columnIndex(table, "VOTES", "voter_id", true);
  const voteAt = columnIndex(table, "VOTES", "vote", true);
  const withPoints = voteType === "cumulative" || voteType === "scoring";
  const pointsAt = columnIndex(table, "VOTES", "points", withPoints);
  const voters = new Set<string>();
  // Plain loops: a file holds up to a hundred thousand ballots, and this is most of reading one.
  const votes: PbVote[] = new Array(table.rows.length);
  for (let r = 0; r < table.rows.length; r++) {
    const cells = table.rows[r]!;
    const voterId = cells[voterAt]!.trim();
    if (voters.has(voterId)) throw new PbFormatError(`voter ${voterId} appears twice`, lineOf(table, r));
    voters.add(voterId);
    const projects = splitList(cells[voteAt]!);
    for (let i = 0; i < projects.length; i++) {
      const p = projects[i]!;
      if (!projectIds.has(p)) throw new PbFormatError(`voter ${voterId} votes for unknown project ${JSON.stringify(p)}`, lineOf(table, r));
      // Ballots are short: a scan finds a repeat without building a set for each of them.
      if (projects.indexOf(p) !== i) throw new PbFormatError(`voter ${voterId} names project ${p} twice`, lineOf(table, r));
    }
    let points: number[] | null = null;
    if (withPoints) {
      points = splitList(cells[pointsAt]!).map(Number);
      if (points.length !== projects.length || points.some((x) => !Number.isFinite(x))) {
        throw new PbFormatError(`voter ${voterId} gives ${points.length} points to ${projects.length} projects`, lineOf(table, r));
      }
    }
    votes[r] = { voterId, projects, points, cells };
  }
  return votes;
}

/** Builds an instance from its three sections, checking what the rules rely on (see PbFormatError). */
export function pbInstance(sections: PbSections): PbInstance {
  const meta = readMeta(sections.meta);
  const voteType = meta.voteType;
  // A file without a budget is refused now, not when the rules first ask for it.
  if (!meta.get("budget")) throw new PbFormatError("META has no budget");
  const projects = readProjects(sections.projects);
  const votes = readVotes(sections.votes, voteType, new Set(projects.map((p) => p.id)));
  return {
    meta,
    projectColumns: sections.projects.columns,
    projects,
    voteColumns: sections.votes.columns,
    votes,
    newline: sections.newline ?? "\r\n",
  };
}

/** A project's cell in the named column, trimmed, or undefined when the file has no such column. */
export function projectField(instance: PbInstance, project: PbProject, column: string): string | undefined {
  const i = instance.projectColumns.findIndex((c) => c.trim() === column);
  return i < 0 ? undefined : project.cells[i]!.trim();
}
