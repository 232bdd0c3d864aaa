import { type Election, ElectionError } from "./election.ts";

export interface ElectionPart {
  readonly district: string | null;
  readonly election: Election;
}

/**
 * An election whose districts have budgets of their own is decided district by district, as cities
 * that pre-divide their budget do (equalshares.net, "City districts"): each district's projects, its
 * budget, and as its voters those whose ballot names one of its projects, each ballot cut down to the
 * district's projects. Projects with no district are decided together with what the districts leave
 * of the budget (a city-wide part).
 *
 * Amsterdam's files give `budget_per_neighborhood` as an upper bound on what the rule may spend in a
 * neighbourhood, and those bounds add up to the whole budget. Deciding each neighbourhood within its
 * bound is then exactly greedy with the bounds as constraints (the total can never bind), and for the
 * Method of Equal Shares it is the pre-divided reading: voters' shares are shares of a neighbourhood's
 * money. District budgets that add up to more than the budget are refused: no pre-division honours both.
 */
export function splitByDistrict(election: Election): ElectionPart[] {
  const districts = election.districts ?? [];
  if (districts.length === 0) return [{ district: null, election }];
  const allotted = districts.reduce((sum, d) => sum + d.budget, 0);
  if (allotted > election.budget) {
    throw new ElectionError(`the districts' budgets add up to ${allotted}, more than the budget of ${election.budget}`);
  }
  const known = new Set(districts.map((d) => d.id));
  const districtOf = (p: { district?: string | null }) => (p.district != null && known.has(p.district) ? p.district : null);
  const part = (district: string | null, budget: number): ElectionPart => {
    const projects = election.projects.filter((p) => districtOf(p) === district);
    const here = new Set(projects.map((p) => p.id));
    const ballots = election.ballots.flatMap((b) => {
      const kept = b.projects.flatMap((id, i) => (here.has(id) ? [i] : []));
      if (kept.length === 0) return [];
      return [{ projects: kept.map((i) => b.projects[i]!), points: b.points ? kept.map((i) => b.points![i]!) : null, count: b.count }];
    });
    return { district, election: { ...election, budget, projects, ballots, districts: [] } };
  };
  const parts = districts.map((d) => part(d.id, d.budget));
  if (election.projects.some((p) => districtOf(p) === null)) parts.push(part(null, election.budget - allotted));
  return parts;
}
