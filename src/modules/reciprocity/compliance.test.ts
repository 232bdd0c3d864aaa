import { describe, expect, it } from "vitest";
import { english, textIn } from "../../text/messages.ts";
import { FAMILY_TERMS, LICENCES, licenceById, licenceTerms } from "../commons/licences.ts";
import { type ComplianceFacts, compliance } from "./compliance.ts";

const licence = (id: string) => {
  const l = licenceById(id);
  if (!l) throw new Error(id);
  return l;
};
const PPL = licence("LicenseRef-Peer-Production-License");

const facts = (over: Partial<ComplianceFacts> & { purpose?: ComplianceFacts["use"]["purpose"]; surplus?: boolean }): ComplianceFacts => ({
  licence: over.licence ?? PPL,
  use: { purpose: over.purpose ?? "commercial", surplusToWorkers: over.surplus ?? false },
  ownership: over.ownership ?? "private",
  agreementInForce: over.agreementInForce ?? false,
  overdue: over.overdue ?? [],
});

describe("the Peer Production License's rules", () => {
  it.each([
    ["non_commercial", "private", false, "compliant", "§3"],
    ["internal", "private", false, "compliant", "§3"],
    ["non_commercial", "nonprofit", false, "compliant", "§3"],
    ["commercial", "worker_owned", false, "compliant", "§4(c)"],
    ["commercial", "cooperative", true, "compliant", "§4(c)"],
    ["commercial", "cooperative", false, "agreement_needed", "§4(c)"],
    ["commercial", "nonprofit", false, "agreement_needed", "§4(c)"],
    ["commercial", "nonprofit", true, "agreement_needed", "§4(c)"],
    ["commercial", "private", false, "agreement_needed", "§4(d)"],
    ["commercial", "private", true, "agreement_needed", "§4(d)"],
  ] as const)("%s use by a %s enterprise (surplus to workers: %s) is %s under %s", (purpose, ownership, surplus, status, ref) => {
    const c = compliance(facts({ purpose, ownership, surplus }));
    expect(c.status).toBe(status);
    expect(c.clause.ref).toBe(ref);
    expect(c.clause.url).toBe(PPL.url);
    expect(c.obligations.map((o) => o.id)).toEqual(["attribution", "share_alike"]);
  });

  it("quotes the clauses and explains in sentences", () => {
    const c = compliance(facts({}));
    expect(english(c.clause.text)).toContain("privately owned and managed");
    expect(english(c.explanation)).toMatch(/not permitted.*§4\(d\).*No agreement is in force yet/);
    expect(english(compliance(facts({ purpose: "internal" })).explanation)).toMatch(/does not exercise the licence's rights on a market/);
  });

  it("an agreement in force makes a use that needs one agreement_in_force, and an overdue invoice in_arrears", () => {
    expect(compliance(facts({ agreementInForce: true })).status).toBe("agreement_in_force");
    const late = compliance(
      facts({
        agreementInForce: true,
        overdue: [
          { amount: 1250n, currency: "EUR" },
          { amount: 50n, currency: "EUR" },
        ],
      }),
    );
    expect(late.status).toBe("in_arrears");
    expect(english(late.explanation)).toContain("2 invoices are past due: 13.00 EUR in arrears");
    // Without an agreement in force, overdue invoices of an ended one do not stand in for one.
    expect(compliance(facts({ overdue: [{ amount: 1n, currency: "EUR" }] })).status).toBe("agreement_needed");
  });

  it("a free use stays compliant with a voluntary agreement, and falls into arrears when its invoices are late", () => {
    const free = facts({ ownership: "worker_owned", agreementInForce: true });
    expect(compliance(free).status).toBe("compliant");
    expect(compliance({ ...free, overdue: [{ amount: 100n, currency: "EUR" }] }).status).toBe("in_arrears");
  });
});

describe("other licences", () => {
  it("CopyFair: any use is free, with attribution, share-alike and the reciprocity expectation", () => {
    const c = compliance(facts({ licence: licence("LicenseRef-CopyFair") }));
    expect(c.status).toBe("compliant");
    expect(c.obligations.map((o) => o.id)).toEqual(["attribution", "share_alike", "reciprocity"]);
    expect(english(c.obligations[2]?.text ?? "")).toMatch(/give back/);
  });

  it.each(["CC-BY-SA-4.0", "GPL-3.0-or-later", "AGPL-3.0-or-later", "ODbL-1.0"])(
    "%s (share-alike): free, with attribution and share-alike",
    (id) => {
      const c = compliance(facts({ licence: licence(id) }));
      expect(c.status).toBe("compliant");
      expect(c.obligations.map((o) => o.id)).toEqual(["attribution", "share_alike"]);
    },
  );

  it.each(["MPL-2.0", "LGPL-3.0-or-later"])("%s (weak copyleft): share-alike for the licensed files", (id) => {
    const c = compliance(facts({ licence: licence(id) }));
    expect(c.status).toBe("compliant");
    expect(english(c.obligations.find((o) => o.id === "share_alike")?.text ?? "")).toMatch(/licensed files/);
  });

  it.each(["MIT", "Apache-2.0", "CC-BY-4.0", "CC0-1.0"])("%s: free with no obligations", (id) => {
    const c = compliance(facts({ licence: licence(id), ownership: "private" }));
    expect(c.status).toBe("compliant");
    expect(c.obligations).toEqual([]);
  });

  it("every licence has a rule for every purpose and ownership (the last rule catches all)", () => {
    for (const l of LICENCES)
      for (const purpose of ["commercial", "non_commercial", "internal"] as const)
        for (const ownership of ["worker_owned", "cooperative", "nonprofit", "private"] as const)
          expect(
            licenceTerms(l).rules.some(
              (r) => r.purposes.includes(purpose) && (!r.ownerships || r.ownerships.includes(ownership)) && !r.surplusToWorkers,
            ),
          ).toBe(true);
  });
});

describe("in French", () => {
  it("every explanation, obligation and clause summary the platform writes about licences has its translation; quoted clauses stay as the licence words them", () => {
    const untranslated: string[] = [];
    for (const terms of Object.values(FAMILY_TERMS)) {
      const texts = [
        ...terms.obligations.map((o) => o.text),
        ...terms.rules.flatMap((r) =>
          // The Peer Production License's clauses (§…) are its own legal words, in English.
          english(r.clause.ref).startsWith("§") ? [r.explanation] : [r.explanation, r.clause.ref, r.clause.text],
        ),
      ];
      // A text the platform writes is a catalogue message; a plain string is left in one language.
      for (const text of texts) if (typeof text === "string") untranslated.push(text);
    }
    expect(untranslated).toEqual([]);
  });

  it("explains in French and quotes the licence's own clause as written", () => {
    const c = compliance(
      facts({
        agreementInForce: true,
        overdue: [
          { amount: 1250n, currency: "EUR" },
          { amount: 300n, currency: "USD" },
        ],
      }),
    );
    expect(english(c.explanation)).toContain("past due: 12.50 EUR and 3.00 USD in arrears.");
    expect(textIn(c.explanation, "fr")).toMatch(
      /^L’usage commercial par une entreprise privée .* 2 factures ont dépassé leur échéance : 12.50 EUR et 3.00 USD d’impayés\.$/,
    );
    expect(typeof c.clause.text === "string" ? c.clause.text : "").toContain("privately owned and managed");
    const free = compliance(facts({ licence: licence("MIT") }));
    expect(textIn(free.clause.ref, "fr")).toBe("Concession");
  });
});
