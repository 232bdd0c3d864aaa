import { describe, expect, it } from "vitest";
import { computeResults } from "../../../../src/modules/budgeting/rules/results.ts";
import { districtOfPart, effectiveSupport, moneyRaised, projectsById, readExplanation } from "./explanation.ts";
import type { Project } from "./labels.ts";

// The hand-worked election of the API test: six voters approve A and B, four approve C; 1,000,000 to share.
const election = {
  budget: 1_000_000,
  currencyUnit: 100,
  voteType: "approval" as const,
  projects: [
    { id: "a", cost: 600_000 },
    { id: "b", cost: 400_000 },
    { id: "c", cost: 400_000 },
  ],
  ballots: [
    { projects: ["a", "b"], count: 6 },
    { projects: ["c"], count: 4 },
  ],
};

const project = (id: string, number: string, district: string | null = null) =>
  ({ id, number, title: `Project ${number}`, district }) as Project;

describe("reading a result's explanation", () => {
  it("reads what the Method of Equal Shares wrote: who paid for each funded project, and where the rest's money went", () => {
    const read = readExplanation(JSON.parse(JSON.stringify(computeResults(election, { rule: "mes", completion: "add1u" }))));
    expect(read?.winners).toEqual(["b", "c"]);
    const [part] = read?.parts ?? [];
    const b = part?.projects.find((p) => p.id === "b");
    const a = part?.projects.find((p) => p.id === "a");
    expect(b).toMatchObject({ status: "funded", by: "mes" });
    expect(moneyRaised(b!)).toBeCloseTo(400_000, 3);
    expect(effectiveSupport(b!)).toBeGreaterThanOrEqual(1);
    expect(a).toMatchObject({ status: "not-funded", reason: "unaffordable" });
    expect(effectiveSupport(a!)).toBeLessThan(1);
    expect(read?.shareOfVotersWithAFundedProject).toBe(1);
  });

  it("reads greedy's: the order, and what did not fit", () => {
    const read = readExplanation(computeResults(election, { rule: "greedy" }));
    expect(read?.winners).toEqual(["b", "a"]);
    expect(read?.parts[0]?.projects.find((p) => p.id === "c")).toMatchObject({ status: "not-funded", reason: "did-not-fit" });
    expect(moneyRaised(read!.parts[0]!.projects[0]!)).toBeNull();
  });

  it("refuses what is not a rules' explanation rather than guess", () => {
    expect(readExplanation({})).toBeNull();
    expect(readExplanation(null)).toBeNull();
    expect(readExplanation({ ...computeResults(election, { rule: "greedy" }), parts: [{ projects: [{ id: 1 }] }] })).toBeNull();
  });

  it("names a part's district by its projects, since the API publishes districts by name only", () => {
    const districted = {
      ...election,
      projects: election.projects.map((p, i) => ({ ...p, district: i < 2 ? "d-north" : "d-south" })),
      districts: [
        { id: "d-north", budget: 600_000 },
        { id: "d-south", budget: 400_000 },
      ],
    };
    const read = readExplanation(computeResults(districted, { rule: "greedy" }));
    const byId = projectsById([project("a", "1", "North"), project("b", "2", "North"), project("c", "3", "South")]);
    expect(read?.parts.map((p) => districtOfPart(p, byId))).toEqual(["North", "South"]);
  });
});
