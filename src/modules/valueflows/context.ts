/**
 * The JSON-LD context of the export. ValueFlows 1.0 publishes its vocabulary as an OWL ontology under
 * https://w3id.org/valueflows/ont/vf# (its examples write `"@vocab": ".../vf#"`) but no JSON-LD context
 * document to point at, so the terms the export uses are defined here, each on its ValueFlows IRI.
 * Units are OM 2.0's, as ValueFlows recommends; currencies (which OM 2.0 mostly lacks) are ISO 4217
 * codes as URNs.
 */
export const VF = "https://w3id.org/valueflows/ont/vf#";
export const OM2 = "http://www.ontology-of-units-of-measure.org/resource/om-2/";

export const id = (term: string) => ({ "@id": `vf:${term}`, "@type": "@id" });
const dateTime = (term: string) => ({ "@id": `vf:${term}`, "@type": "xsd:dateTime" });

export const VALUEFLOWS_CONTEXT = {
  vf: VF,
  om2: OM2,
  xsd: "http://www.w3.org/2001/XMLSchema#",
  iso4217: "urn:iso:std:iso:4217:",
  EconomicEvent: "vf:EconomicEvent",
  EconomicResource: "vf:EconomicResource",
  Person: "vf:Person",
  Organization: "vf:Organization",
  Measure: "vf:Measure",
  action: { "@id": "vf:action", "@type": "@vocab" },
  work: "vf:work",
  produce: "vf:produce",
  cite: "vf:cite",
  transfer: "vf:transfer",
  provider: id("provider"),
  receiver: id("receiver"),
  resourceInventoriedAs: id("resourceInventoriedAs"),
  resourceQuantity: "vf:resourceQuantity",
  effortQuantity: "vf:effortQuantity",
  hasNumericalValue: { "@id": "vf:hasNumericalValue", "@type": "xsd:decimal" },
  hasUnit: id("hasUnit"),
  hasPointInTime: dateTime("hasPointInTime"),
  hasBeginning: dateTime("hasBeginning"),
  hasEnd: dateTime("hasEnd"),
  name: "vf:name",
  note: "vf:note",
} as const;

/** The hour and the dimensionless count (lines) in OM 2.0, and a currency's unit. */
export const HOUR = "om2:hour";
export const ONE = "om2:one";
export const currencyUnit = (code: string) => `iso4217:${code}`;
