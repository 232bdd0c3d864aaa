import { beforeAll, describe, expect, it } from "vitest";
import { makeCommons } from "../../test/factories.ts";
import { setupApi } from "../../test/harness.ts";
import { flowingCommons } from "../../test/worlds/flowing-commons.ts";
import { contributions } from "../contributions/schema.ts";
import { EXPORT_BATCH } from "../ledger/journal.ts";
import { OM2, VALUEFLOWS_CONTEXT, VF } from "./context.ts";

const BASE = "https://commons.example";
const api = setupApi({ publicUrl: `${BASE}/` });
let w: Awaited<ReturnType<typeof flowingCommons>>;
beforeAll(async () => {
  w = await flowingCommons(api);
});

type Node = Record<string, unknown>;
const context = VALUEFLOWS_CONTEXT as Record<string, unknown>;
const PREFIXES: Record<string, string> = { vf: VF, om2: OM2, iso4217: "urn:iso:std:iso:4217:" };

/** A compact IRI or term expanded the way a JSON-LD processor would with the embedded context. */
function expand(value: string): string {
  const term = context[value];
  if (typeof term === "string") return expand(term);
  if (term && typeof term === "object") return expand((term as { "@id": string })["@id"]);
  const [prefix, rest] = value.split(/:(.*)/s);
  return prefix && rest !== undefined && PREFIXES[prefix] ? `${PREFIXES[prefix]}${rest}` : value;
}

/** The terms a ValueFlows 1.0 reader knows, as published in its ontology (https://w3id.org/valueflows/ont/vf#). */
const VF_TERMS = new Set(
  "EconomicEvent EconomicResource Person Organization Measure action work produce cite transfer provider receiver resourceInventoriedAs resourceQuantity effortQuantity hasNumericalValue hasUnit hasPointInTime hasBeginning hasEnd name note"
    .split(" ")
    .map((t) => `${VF}${t}`),
);

/** Every key and type of a node (and of the nodes inside it) must resolve through the context to a ValueFlows term. */
function checkTerms(node: Node) {
  for (const [key, value] of Object.entries(node)) {
    if (key === "@id") continue;
    if (key === "@type") {
      expect(VF_TERMS, `type ${value}`).toContain(expand(value as string));
      continue;
    }
    expect(VF_TERMS, `term ${key}`).toContain(expand(key));
    if (key === "action") expect(VF_TERMS, `action ${value}`).toContain(expand(value as string));
    if (key === "hasUnit") expect(expand(value as string)).toMatch(new RegExp(`^(${OM2}(hour|one)|urn:iso:std:iso:4217:[A-Z]{3})$`));
    if (value && typeof value === "object") checkTerms(value as Node);
  }
}

describe("the ValueFlows export", () => {
  it("is JSON-LD with the ValueFlows context, every term resolving to the vocabulary, and no email", async () => {
    const res = await api.call("GET", `/api/commons/${w.commons.slug}/valueflows.jsonld`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    expect(typeof res.body).toBe("object");
    expect(res.body["@context"]).toEqual(VALUEFLOWS_CONTEXT);
    const graph: Node[] = res.body["@graph"];
    for (const node of graph) checkTerms(node);
    expect(JSON.stringify(res.body)).not.toMatch(/@example\.(test|org)/);
    expect(JSON.stringify(res.body)).not.toContain("Not accepted yet");
  });

  it("has work, produce, cite and transfer events with their agents, resources, quantities and times", async () => {
    const graph: Node[] = (await api.call("GET", `/api/commons/${w.commons.slug}/valueflows.jsonld`)).body["@graph"];
    const commons = `${BASE}/commons/${w.commons.slug}`;
    const events = (action: string) => graph.filter((n) => n.action === action);
    expect(graph[0]).toMatchObject({ "@id": commons, "@type": "EconomicResource", name: w.commons.title });
    expect(events("work")).toEqual([
      expect.objectContaining({
        provider: `${BASE}/people/${w.contributor.handle}`,
        receiver: `${BASE}/orgs/${w.commons.community.slug}`,
        effortQuantity: { "@type": "Measure", hasNumericalValue: "1.5", hasUnit: "om2:hour" },
        hasPointInTime: expect.stringMatching(/-02-03T00:00:00Z$/),
      }),
    ]);
    expect(events("produce")).toEqual([
      expect.objectContaining({
        "@id": `${BASE}/contributions/${w.commitId}`,
        provider: { "@type": "Person", name: "Ada Lovelace" },
        resourceInventoriedAs: commons,
        resourceQuantity: { "@type": "Measure", hasNumericalValue: "15", hasUnit: "om2:one" },
      }),
    ]);
    expect(events("cite")).toEqual([
      expect.objectContaining({
        provider: `${BASE}/orgs/${w.commons.community.slug}`,
        receiver: `${BASE}/orgs/${w.enterprise.org.slug}`,
        resourceInventoriedAs: commons,
        hasBeginning: expect.stringMatching(/-01-15T00:00:00Z$/),
      }),
    ]);
    const transfers = events("transfer").map((t) => [t.provider, t.receiver, (t.resourceQuantity as Node).hasNumericalValue]);
    const enterprise = `${BASE}/orgs/${w.enterprise.org.slug}`;
    const association = `${BASE}/orgs/${w.association.org.slug}`;
    // The reciprocity payment and the phyle commitment once each (the payer's side), and the contributor's share;
    // not the other commons' reciprocity, nor the unpaid invoice, nor the fixed share kept in the books.
    expect(transfers).toEqual(
      expect.arrayContaining([
        [enterprise, association, "50.00"],
        [enterprise, association, "30.00"],
        [association, `${BASE}/people/${w.contributor.handle}`, "7.00"],
      ]),
    );
    expect(transfers).toHaveLength(3);
    expect(events("transfer")[0]?.resourceQuantity).toMatchObject({ hasUnit: "iso4217:EUR" });
  });

  it("pages through more events than one batch holds, each once", async () => {
    const big = await makeCommons(api.db, w.maintainer);
    const count = EXPORT_BATCH * 2 + 50;
    await api.db.insert(contributions).values(
      Array.from({ length: count }, (_, i) => ({
        commonsId: big.id,
        type: "work" as const,
        kind: "code" as const,
        status: "accepted" as const,
        authorId: w.contributor.id,
        title: `Task ${i}`,
        // Many on one day, so the keyset's tie-break on the id is what keeps pages apart.
        performedOn: `2026-01-${String((i % 3) + 1).padStart(2, "0")}`,
        minutes: 30,
        reviewedAt: new Date(),
        funding: "volunteer" as const,
      })),
    );
    const res = await api.call("GET", `/api/commons/${big.slug}/valueflows.jsonld`);
    const work: Node[] = res.body["@graph"].filter((n: Node) => n.action === "work");
    expect(work).toHaveLength(count);
    expect(new Set(work.map((n) => n["@id"])).size).toBe(count);
    expect((await api.call("GET", "/api/commons/no-such-commons/valueflows.jsonld")).status).toBe(404);
  });
});
