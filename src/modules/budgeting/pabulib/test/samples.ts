import { readFileSync } from "node:fs";
import { resolve } from "node:path";

/**
 * Real Pabulib files kept unchanged beside the repository (../shared/standards/pabulib, see its
 * README), for the tests of the format and of the rules.
 */
export const SAMPLES = [
  "France_Toulouse_2019",
  "Netherlands_Amsterdam_252",
  "Poland_Gdansk_2020",
  "Poland_Gdansk_2020_Chelm",
  "Poland_Krakow_2020_Bienczyce",
] as const;
export type Sample = (typeof SAMPLES)[number];

export const SAMPLE_DIR = resolve(import.meta.dirname, "../../../../..", "../shared/standards/pabulib");
export const samplePath = (name: Sample) => resolve(SAMPLE_DIR, `${name}.pb`);
export const readSample = (name: Sample) => readFileSync(samplePath(name), "utf8");
