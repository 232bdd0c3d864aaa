import { describe, expect, it } from "vitest";
import { PbFormatError, projectField } from "./instance.ts";
import { parsePb } from "./parse.ts";
import { readSample, SAMPLES } from "./test/samples.ts";

const tiny = (votes: string, extra = "") =>
  [
    "META",
    "key;value",
    "budget;100",
    "vote_type;approval",
    extra,
    "PROJECTS",
    "project_id;cost;name",
    "a;60;Trees",
    "b;40;Benches",
    "VOTES",
    "voter_id;vote",
    votes,
    "",
  ]
    .filter((l, i, all) => l !== "" || i === all.length - 1)
    .join("\n");

describe("reading Pabulib files", () => {
  it.each(SAMPLES)("reads %s with as many projects and votes as its META says", (name) => {
    const pb = parsePb(readSample(name));
    expect(pb.projects).toHaveLength(pb.meta.numProjects!);
    expect(pb.votes).toHaveLength(pb.meta.numVotes!);
    expect(pb.newline).toBe("\r\n");
  });

  it("reads Toulouse's cumulative ballots with their points, and its limits", () => {
    const pb = parsePb(readSample("France_Toulouse_2019"));
    expect(pb.meta.voteType).toBe("cumulative");
    expect(pb.meta.budget).toBe("1000000");
    expect([pb.meta.maxPoints, pb.meta.maxSumPoints, pb.meta.currency]).toEqual([3, 7, "EUR"]);
    expect(pb.votes[0]).toMatchObject({ voterId: "0", projects: ["15", "22", "25", "10"], points: [2, 2, 2, 1] });
    expect(pb.votes.at(-1)).toMatchObject({ voterId: "1493", projects: ["16"], points: [3] });
    const first = pb.projects[0]!;
    expect([first.id, first.costValue, projectField(pb, first, "score"), projectField(pb, first, "subunit")]).toEqual([
      "4",
      390000,
      "1090",
      "PRADETTES",
    ]);
    // The file's score column is what its ballots add up to.
    const points = pb.votes.flatMap((v) => v.projects.map((p, i) => (p === "4" ? v.points![i]! : 0))).reduce((a, b) => a + b, 0);
    expect(points).toBe(1090);
  });

  it("reads Gdańsk's choose-1 limits and keeps the voters' extra columns", () => {
    const pb = parsePb(readSample("Poland_Gdansk_2020"));
    expect([pb.meta.voteType, pb.meta.minLength, pb.meta.maxLength]).toEqual(["choose-1", 1, 1]);
    expect(pb.voteColumns).toEqual(["voter_id", "vote", "age", "sex", "district"]);
    expect(pb.votes[0]).toMatchObject({ voterId: "1", projects: ["16"], points: null, cells: ["1", "16", "20", "M", "Piecki-Migowo"] });
    expect(pb.votes.every((v) => v.projects.length === 1)).toBe(true);
    // A quoted name with doubled quotes inside.
    expect(projectField(pb, pb.projects.find((p) => p.id === "20")!, "name")).toMatch(/^"BEZPIECZNY GDAŃSK" - Zajęcia/);
  });

  it("reads Kraków's ordinal ballots best first, and its selected column", () => {
    const pb = parsePb(readSample("Poland_Krakow_2020_Bienczyce"));
    expect(pb.meta.voteType).toBe("ordinal");
    expect(pb.votes[0]).toMatchObject({ voterId: "E1093491", projects: ["15", "11", "24"], cells: ["E1093491", "15,11,24", "internet"] });
    expect(pb.projects.filter((p) => projectField(pb, p, "selected") === "1")).toHaveLength(10);
  });

  it("reads Amsterdam's budgets per neighbourhood and each project's neighbourhood", () => {
    const pb = parsePb(readSample("Netherlands_Amsterdam_252"));
    expect(pb.meta.maxSumCost).toBe(500000);
    expect(pb.meta.districtBudgets).toEqual([
      { district: "Oostelijke Eilanden", budget: "150000" },
      { district: "Haarlemmerhouttuinen", budget: "100000" },
      { district: "Other", budget: "250000" },
    ]);
    expect(projectField(pb, pb.projects[0]!, "neighborhood")).toBe("Other");
    expect(pb.votes[0]!.projects).toHaveLength(19);
  });

  it("keeps unknown META keys in their order", () => {
    const pb = parsePb(tiny("1;a", "favourite_colour;green"));
    expect(pb.meta.entries.map(([k]) => k)).toEqual(["budget", "vote_type", "favourite_colour"]);
    expect(pb.meta.get("favourite_colour")).toBe("green");
  });

  it("reads files with LF line endings, a byte order mark, blank lines and empty ballots", () => {
    const pb = parsePb(`\ufeff${tiny("1;a,b\n\n2;\n3;b")}`);
    expect(pb.newline).toBe("\n");
    expect(pb.votes.map((v) => v.projects)).toEqual([["a", "b"], [], ["b"]]);
  });

  it("keeps a quoted cell that holds a line reading VOTES as a cell, not a section", () => {
    const text = tiny("1;a").replace("a;60;Trees", 'a;60;"Trees\nVOTES\nand more"');
    const pb = parsePb(text);
    expect(projectField(pb, pb.projects[0]!, "name")).toBe("Trees\nVOTES\nand more");
    expect(pb.votes).toHaveLength(1);
  });

  it.each([
    ["a vote for an unknown project", tiny("1;a,z"), /line 11: voter 1 votes for unknown project "z"/],
    ["a project named twice", tiny("1;a,a"), /names project a twice/],
    ["a voter twice", tiny("1;a\n1;b"), /line 12: voter 1 appears twice/],
    ["a row too long", tiny("1;a;extra"), /line 11: invalid record length/i],
    ["no VOTES section", tiny("1;a").split("VOTES")[0]!, /no VOTES section/],
    ["an unknown vote type", tiny("1;a").replace("approval", "plurality"), /vote_type must be one of/],
    ["no budget", tiny("1;a").replace("budget;100\n", ""), /no budget/],
    [
      "points missing on a cumulative ballot",
      tiny("1;a").replace("approval", "cumulative").replace("voter_id;vote", "voter_id;vote;points"),
      /line 11: invalid record length/i,
    ],
    [
      "fewer points than projects on a cumulative ballot",
      tiny("1;a,b;3").replace("approval", "cumulative").replace("voter_id;vote", "voter_id;vote;points"),
      /line 11: voter 1 gives 1 points to 2 projects/,
    ],
    ["a cost that is not a number", tiny("1;a").replace("a;60;", "a;sixty;"), /project a has no valid cost/],
  ])("refuses %s, naming the line", (_, text, message) => {
    expect(() => parsePb(text)).toThrow(PbFormatError);
    expect(() => parsePb(text)).toThrow(message);
  });
});
