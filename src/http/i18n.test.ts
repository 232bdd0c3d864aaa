import { describe, expect, it } from "vitest";
import { negotiateLanguage } from "./i18n.ts";

describe("negotiateLanguage", () => {
  it("takes the first supported language in the header's order of preference", () => {
    expect(negotiateLanguage("fr-FR,fr;q=0.9")).toBe("fr");
    expect(negotiateLanguage("de-DE,fr;q=0.8,en;q=0.5")).toBe("fr");
    expect(negotiateLanguage("de, en-GB;q=0.9, fr;q=0.8")).toBe("en");
  });

  it("orders by weight, not by position, and keeps the header's order between equal weights", () => {
    expect(negotiateLanguage("en;q=0.2, fr;q=0.9")).toBe("fr");
    expect(negotiateLanguage("fr-CA;q=0.5, en-US;q=0.5")).toBe("fr");
  });

  it("skips what is refused (q=0) or malformed, and reads tags case-insensitively", () => {
    expect(negotiateLanguage("fr;q=0, en")).toBe("en");
    expect(negotiateLanguage("fr;q=2, en;q=0.1")).toBe("en");
    expect(negotiateLanguage("FR-be")).toBe("fr");
  });

  it("answers in English when the header is absent, empty, a wildcard or names nothing supported", () => {
    expect(negotiateLanguage(undefined)).toBe("en");
    expect(negotiateLanguage("")).toBe("en");
    expect(negotiateLanguage("*")).toBe("en");
    expect(negotiateLanguage("de-DE, ja;q=0.5")).toBe("en");
  });
});
