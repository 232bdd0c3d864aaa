import { describe, expect, it } from "vitest";
import { conflictSummary } from "./labels.ts";

describe("a conflicted proposal's banner", () => {
  it("names the document's revision now, the one the conflict view shows (it named the older one)", () => {
    expect(conflictSummary(8, 10, 2)).toBe(
      "Revisions 9–10 changed the same lines as this proposal in 2 places. Update the proposal on revision 10.",
    );
    expect(conflictSummary(8, 9, 1)).toBe(
      "Revision 9 changed the same lines as this proposal in one place. Update the proposal on revision 9.",
    );
    expect(conflictSummary(8, 9, null)).toBe("Revision 9 changed the same lines as this proposal. Update the proposal on revision 9.");
  });

  it("reads the same in French, with French plural rules", () => {
    expect(conflictSummary(8, 10, 2, "fr")).toBe(
      "Les révisions 9 à 10 ont modifié les mêmes lignes que cette proposition à 2 endroits. Mettez la proposition à jour sur la révision 10.",
    );
    expect(conflictSummary(8, 9, 1, "fr")).toBe(
      "La révision 9 a modifié les mêmes lignes que cette proposition à un endroit. Mettez la proposition à jour sur la révision 9.",
    );
  });
});
