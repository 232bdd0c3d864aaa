import { describe, expect, it } from "vitest";
import { profileOf } from "../rules/profile.ts";
import { electionOf } from "./election.ts";
import { PbFormatError, projectField } from "./instance.ts";
import { parsePb } from "./parse.ts";
import { readSample, SAMPLES } from "./test/samples.ts";

const file = (budget: string, costs: string[]) =>
  [
    "META",
    "key;value",
    `budget;${budget}`,
    "vote_type;approval",
    "PROJECTS",
    "project_id;cost",
    ...costs.map((c, i) => `p${i};${c}`),
    "VOTES",
    "voter_id;vote",
    "1;p0",
    "",
  ].join("\n");

describe("the election a Pabulib file describes", () => {
  it.each(SAMPLES)("counts in %s the votes (and points) its own votes and score columns record", (name) => {
    const pb = parsePb(readSample(name));
    const profile = profileOf(electionOf(pb));
    expect(profile.votes.map(String)).toEqual(pb.projects.map((p) => projectField(pb, p, "votes")));
    if (pb.meta.voteType === "cumulative") expect(profile.scores.map(String)).toEqual(pb.projects.map((p) => projectField(pb, p, "score")));
  });

  it("counts whole amounts in currency units", () => {
    const e = electionOf(parsePb(file("1000", ["600", "400"])));
    expect(e).toMatchObject({ budget: 1000, currencyUnit: 1, projects: [{ cost: 600 }, { cost: 400 }] });
  });

  it("counts decimal amounts in the smallest unit written, and says how many make a currency unit", () => {
    const e = electionOf(parsePb(file("4", ["1", "0.9", "2", "1,09"])));
    expect(e.currencyUnit).toBe(100);
    expect(e.budget).toBe(400);
    expect(e.projects.map((p) => p.cost)).toEqual([100, 90, 200, 109]);
  });

  it("refuses an amount that is not money", () => {
    expect(() => electionOf(parsePb(file("1e6", ["1"])))).toThrow(PbFormatError);
  });

  it("takes Amsterdam's neighbourhoods as districts with budgets of their own", () => {
    const e = electionOf(parsePb(readSample("Netherlands_Amsterdam_252")));
    expect(e.districts).toEqual([
      { id: "Oostelijke Eilanden", budget: 150000 },
      { id: "Haarlemmerhouttuinen", budget: 100000 },
      { id: "Other", budget: 250000 },
    ]);
    expect(e.projects[0]).toEqual({ id: "35071", cost: 40000, district: "Other" });
    expect(e.ballots).toHaveLength(8520);
  });

  it("gives points to cumulative ballots and none to ordinal ones", () => {
    const toulouse = electionOf(parsePb(readSample("France_Toulouse_2019")));
    expect(toulouse.ballots[0]).toEqual({ projects: ["15", "22", "25", "10"], points: [2, 2, 2, 1] });
    const krakow = electionOf(parsePb(readSample("Poland_Krakow_2020_Bienczyce")));
    expect(krakow).toMatchObject({ voteType: "ordinal", districts: [] });
    expect(krakow.ballots[0]).toEqual({ projects: ["15", "11", "24"], points: null });
  });
});
