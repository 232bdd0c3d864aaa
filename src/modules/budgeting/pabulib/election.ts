import type { Election } from "../rules/election.ts";
import { PbFormatError, type PbInstance, projectField } from "./instance.ts";

/** A non-negative decimal as written in a file ("1500", "1500.50", or "1500,50" as pabutools also reads it). */
function decimal(text: string, what: string): { digits: bigint; scale: number } {
  const m = /^(\d+)(?:[.,](\d*))?$/.exec(text.trim());
  if (!m) throw new PbFormatError(`${what} is not an amount of money: ${JSON.stringify(text)}`);
  const fraction = (m[2] ?? "").replace(/0+$/, "");
  return { digits: BigInt(m[1]! + fraction), scale: fraction.length };
}

/**
 * The election a file describes, for the rules (rules/election.ts). Amounts become whole minor units:
 * when the budget or a cost has decimals, everything is counted in the smallest unit written and
 * `currencyUnit` records how many of them make one unit of the currency, so Add1 still steps by one
 * currency unit. Districts with budgets of their own come from `budget_per_neighborhood` (see
 * PbMeta.districtBudgets), a project's district from its `neighborhood` or `district` column.
 */
export function electionOf(instance: PbInstance): Election {
  const { meta } = instance;
  const districts = meta.districtBudgets;
  const amounts = [
    decimal(meta.budget, "the budget"),
    ...instance.projects.map((p) => decimal(p.cost, `the cost of project ${p.id}`)),
    ...districts.map((d) => decimal(d.budget, `the budget of district ${d.district}`)),
  ];
  const scale = Math.max(0, ...amounts.map((a) => a.scale));
  const minor = ({ digits, scale: s }: { digits: bigint; scale: number }, what: string): number => {
    const value = digits * 10n ** BigInt(scale - s);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new PbFormatError(`${what} is too large to count exactly`);
    return Number(value);
  };
  const districtOf = (p: (typeof instance.projects)[number]) =>
    districts.length === 0 ? null : (projectField(instance, p, "neighborhood") ?? projectField(instance, p, "district") ?? null);
  return {
    budget: minor(amounts[0]!, "the budget"),
    currencyUnit: 10 ** scale,
    voteType: meta.voteType,
    projects: instance.projects.map((p, i) => ({ id: p.id, cost: minor(amounts[1 + i]!, `the cost of ${p.id}`), district: districtOf(p) })),
    ballots: instance.votes.map((v) => ({ projects: v.projects, points: v.points })),
    districts: districts.map((d, i) => ({ id: d.district, budget: minor(amounts[1 + instance.projects.length + i]!, d.district) })),
  };
}
