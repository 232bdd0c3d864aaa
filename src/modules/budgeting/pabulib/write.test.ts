import { describe, expect, it } from "vitest";
import { pbInstance } from "./instance.ts";
import { parsePb } from "./parse.ts";
import { readSample, SAMPLES } from "./test/samples.ts";
import { writePb } from "./write.ts";

describe("writing Pabulib files", () => {
  it.each(SAMPLES)("writes %s back byte for byte, and parse → write → parse → write changes nothing", (name) => {
    const original = readSample(name);
    const once = writePb(parsePb(original));
    expect(once === original).toBe(true);
    expect(writePb(parsePb(once)) === once).toBe(true);
  });

  it("quotes only the cells that need it, so the file reads back the same", () => {
    const tricky = ["semi;colon", 'say "hi"', "two\nlines", "cr\ronly", " padded ", "", "plain"];
    const pb = pbInstance({
      meta: {
        columns: ["key", "value"],
        rows: [
          ["budget", "10"],
          ["vote_type", "approval"],
          ["note", tricky.join("|")],
        ],
      },
      projects: { columns: ["project_id", "cost", ...tricky.map((_, i) => `c${i}`)], rows: [["p", "5", ...tricky]] },
      votes: { columns: ["voter_id", "vote"], rows: [["v", "p"]] },
      newline: "\n",
    });
    const text = writePb(pb);
    expect(text).toContain('p;5;"semi;colon";"say ""hi""";"two\nlines";"cr\ronly"; padded ;;plain\n');
    expect(parsePb(text).projects[0]!.cells).toEqual(["p", "5", ...tricky]);
    expect(writePb(parsePb(text))).toBe(text);
  });

  it("writes an instance assembled from rows (an export) that pabutools' reader would accept", () => {
    const pb = pbInstance({
      meta: {
        columns: ["key", "value"],
        rows: [
          ["description", "Riverton Decides 2026"],
          ["num_projects", "2"],
          ["num_votes", "2"],
          ["budget", "1000"],
          ["vote_type", "approval"],
        ],
      },
      projects: {
        columns: ["project_id", "cost", "name"],
        rows: [
          ["1", "600", "Trail guide"],
          ["2", "400", "Tool library"],
        ],
      },
      votes: {
        columns: ["voter_id", "vote"],
        rows: [
          ["a", "1,2"],
          ["b", "2"],
        ],
      },
    });
    expect(writePb(pb)).toBe(
      [
        "META",
        "key;value",
        "description;Riverton Decides 2026",
        "num_projects;2",
        "num_votes;2",
        "budget;1000",
        "vote_type;approval",
        "PROJECTS",
        "project_id;cost;name",
        "1;600;Trail guide",
        "2;400;Tool library",
        "VOTES",
        "voter_id;vote",
        "a;1,2",
        "b;2",
        "",
      ].join("\r\n"),
    );
  });
});
