import { describe, expect, it } from "vitest";
import { EmailMap, EmailMapError, parseEmailMap } from "./email-map.ts";

const MAP = `
# gitdm style: address or domain, organization, optional "< end date"
jane@example.org        Jane's Own Shop
example.org             Example Labs < 2024-03-01
example.org             Acme Cooperative   # after the date
old.example.org         Old Division < 2023-01-01
Dev.Example.org         Developer Unit
`;

const map = () => new EmailMap(parseEmailMap(MAP).map((e) => ({ key: e.key, until: e.until, value: e.organization })));

describe("the email map", () => {
  it("reads addresses, domains, organizations with spaces, until dates, comments and blank lines", () => {
    expect(parseEmailMap(MAP)).toEqual([
      { key: "jane@example.org", organization: "Jane's Own Shop", until: null, line: 3 },
      { key: "example.org", organization: "Example Labs", until: "2024-03-01", line: 4 },
      { key: "example.org", organization: "Acme Cooperative", until: null, line: 5 },
      { key: "old.example.org", organization: "Old Division", until: "2023-01-01", line: 6 },
      { key: "dev.example.org", organization: "Developer Unit", until: null, line: 7 },
    ]);
  });

  it("a dated line applies before its date (exclusive), the undated line for the same key after it", () => {
    const m = map();
    expect(m.lookup("someone@example.org", "2024-02-29")).toBe("Example Labs");
    expect(m.lookup("someone@example.org", "2024-03-01")).toBe("Acme Cooperative");
    expect(m.lookup("someone@example.org", "2025-01-01")).toBe("Acme Cooperative");
  });

  it("the full address comes before the domain, case-insensitively", () => {
    expect(map().lookup("Jane@Example.ORG", "2024-01-01")).toBe("Jane's Own Shop");
  });

  it("subdomains: the most specific mapped domain first; a key whose lines all ended falls back to its parent domain", () => {
    const m = map();
    expect(m.lookup("x@dev.example.org", "2024-01-01")).toBe("Developer Unit");
    expect(m.lookup("x@old.example.org", "2022-06-01")).toBe("Old Division");
    expect(m.lookup("x@old.example.org", "2024-06-01")).toBe("Acme Cooperative");
    expect(m.lookup("x@deep.dev.example.org", "2024-06-01")).toBe("Developer Unit");
  });

  it("an address nobody mapped is unknown", () => {
    expect(map().lookup("x@elsewhere.test", "2024-01-01")).toBeNull();
    expect(map().lookup("not-an-address", "2024-01-01")).toBeNull();
  });

  it.each([
    ["example.org", 'line 2: expected "address-or-domain  Organization [< yyyy-mm-dd]"'],
    ["example.org  Acme < 2024-02-30", 'line 2: "2024-02-30" is not a date.'],
    ["example.org  Acme < soon", "line 2: expected"],
    ["localhost  Acme", 'line 2: "localhost" is neither an email address nor a domain.'],
    ["@example.org  Acme", "line 2: "],
    ["example.test  Acme\nEXAMPLE.test  Other", 'line 3: "EXAMPLE.test" is already mapped on line 2.'],
  ])("refuses %j naming the line", (text, message) => {
    const attempt = () => parseEmailMap(`# first line is a comment\n${text}`);
    expect(attempt).toThrow(EmailMapError);
    expect(attempt).toThrow(message);
  });
});
