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
});
