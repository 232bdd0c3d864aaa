import { describe, expect, it } from "vitest";
import { codesCsv, isCsvFile, parseIdentifiers } from "./register.ts";

describe("the register's identifiers", () => {
  it("are the lines of pasted text, trimmed, without blanks or repeats", () => {
    expect(parseIdentifiers("R-001\r\n  R-002 \n\nR-001\rR-003\n")).toEqual(["R-001", "R-002", "R-003"]);
    expect(parseIdentifiers("\uFEFFA, B\n")).toEqual(["A, B"]);
  });

  it("are a CSV file's first column, quoted or not", () => {
    expect(parseIdentifiers('R-001,Ada\nR-002;Bob\n"R-003, flat 2","Cara"\n"say ""hi""",x\n', { csv: true })).toEqual([
      "R-001",
      "R-002",
      "R-003, flat 2",
      'say "hi"',
    ]);
  });

  it("come from a CSV file by its name or its type", () => {
    expect(isCsvFile({ name: "voters.CSV", type: "" })).toBe(true);
    expect(isCsvFile({ name: "voters", type: "text/csv" })).toBe(true);
    expect(isCsvFile({ name: "voters.txt", type: "text/plain" })).toBe(false);
  });
});

describe("the codes' CSV", () => {
  it("has a header and quotes the cells that need it", () => {
    expect(
      codesCsv([
        { identifier: "R-001", code: "ABCD-EFGH" },
        { identifier: 'R "2", flat', code: "JKLM-NPQR" },
      ]),
    ).toBe('identifier,code\r\nR-001,ABCD-EFGH\r\n"R ""2"", flat",JKLM-NPQR\r\n');
  });
});
