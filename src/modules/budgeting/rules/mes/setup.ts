import type { Profile } from "../profile.ts";
import { BudgetClasses } from "./budget-classes.ts";

/**
 * The memory runs work in, kept from one run to the next (an Add1 count runs the method hundreds of
 * times, and allocating it afresh each time made the garbage collector a third of the work): each
 * group's class, the classes, and scratch space indexed by class.
 */
export class Workspace {
  readonly cls: Int32Array;
  readonly classes = new BudgetClasses();
  acc = new Float64Array(0);
  touched = new Int32Array(0);
  gathered = new Float64Array(0);
  poorMark = new Uint8Array(0);
  transition = new Int32Array(0);
  payment = new Float64Array(0);

  constructor(groups: number) {
    this.cls = new Int32Array(groups);
  }

  /** Makes the scratch space as large as the classes can be. */
  fit(): void {
    const n = this.classes.value.length;
    if (this.acc.length >= n) return;
    this.acc = new Float64Array(n);
    this.touched = new Int32Array(n);
    this.gathered = new Float64Array(n);
    this.poorMark = new Uint8Array(n);
    this.transition = new Int32Array(n);
    this.payment = new Float64Array(n);
  }
}

/** What every run of an election shares, whatever the endowment: its candidates, who supports each, and the memory. */
export interface MesSetup {
  readonly profile: Profile;
  readonly workspace: Workspace;
  /** Projects that cost something and that someone voted for. */
  readonly candidates: readonly number[];
  /** For each project, the groups (indices into profile.groups) that vote for it. */
  readonly supporters: readonly Int32Array[];
  /** Each group's number of voters. */
  readonly counts: Float64Array;
}

export function mesSetup(profile: Profile): MesSetup {
  const lists = profile.ids.map(() => [] as number[]);
  profile.groups.forEach((g, i) => {
    for (const p of g.projects) lists[p]!.push(i);
  });
  return {
    profile,
    candidates: profile.ids.map((_, p) => p).filter((p) => profile.costs[p]! > 0 && profile.votes[p]! > 0),
    supporters: lists.map((l) => Int32Array.from(l)),
    counts: Float64Array.from(profile.groups, (g) => g.count),
    workspace: new Workspace(profile.groups.length),
  };
}
