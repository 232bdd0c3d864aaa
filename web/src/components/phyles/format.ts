/** Phyles' and the feedback loop's words: every enum's labels as an exhaustive map, and the value lists derived from them. */
import type { FlowDirection, FlowInterval, FlowKey, PhyleBasis, PhyleDestination } from "../../api/schema.ts";
import { keysOf, labels } from "../../format.ts";

/** After the share: "commits 10% of its surplus (revenue less costs)". */
export const BASIS_LABEL = labels<PhyleBasis>({
  surplus: "phyles.basis.ofIts.surplus",
  revenue: "phyles.basis.ofIts.revenue",
});

/** The charter form's choice. */
export const BASIS_CHOICE = labels<PhyleBasis>({
  surplus: "phyles.basis.choice.surplus",
  revenue: "phyles.basis.choice.revenue",
});

/** After a period's share: "10% of the surplus". */
export const BASIS_OF = labels<PhyleBasis>({ surplus: "phyles.basis.of.surplus", revenue: "phyles.basis.of.revenue" });

export const BASES = keysOf(BASIS_CHOICE);

export const DESTINATION_LABEL = labels<PhyleDestination>({
  steward: "phyles.destination.steward",
  contributor_pool: "phyles.destination.contributor_pool",
});

/** The destination inside a sentence: "€10.00 to Open Tractor (the steward association)". */
export const DESTINATION_IN_SENTENCE = labels<PhyleDestination>({
  steward: "phyles.destinationInSentence.steward",
  contributor_pool: "phyles.destinationInSentence.contributor_pool",
});

export const DESTINATIONS = keysOf(DESTINATION_LABEL);

/** Short names for the chart's legend; the table carries the full labels from the server. */
export const FLOW_SHORT = labels<FlowKey>({
  reciprocity: "phyles.flow.reciprocity",
  phyle: "phyles.flow.phyle",
  sponsorship: "phyles.flow.sponsorship",
  donations: "phyles.flow.donations",
  grants: "phyles.flow.grants",
  contributors: "phyles.flow.contributors",
  fixedShares: "phyles.flow.fixedShares",
  infrastructure: "phyles.flow.infrastructure",
});

/** A period of the feedback loop, as a table's head ("Month"). */
export const FLOW_INTERVAL_LABEL = labels<FlowInterval>({
  month: "phyles.interval.month",
  quarter: "phyles.interval.quarter",
  year: "phyles.interval.year",
});

/** The same period inside a sentence or the window picker: "per month". */
export const FLOW_INTERVAL_WORD = labels<FlowInterval>({
  month: "phyles.intervalWord.month",
  quarter: "phyles.intervalWord.quarter",
  year: "phyles.intervalWord.year",
});

export const FLOW_INTERVALS = keysOf(FLOW_INTERVAL_LABEL);

export const DIRECTION_CAPTION = labels<FlowDirection>({ in: "phyles.direction.caption.in", out: "phyles.direction.caption.out" });

/** The chart legend's prefix: "In: Reciprocity". */
export const DIRECTION_PREFIX = labels<FlowDirection>({ in: "phyles.direction.prefix.in", out: "phyles.direction.prefix.out" });
