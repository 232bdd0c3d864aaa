import { readFileSync } from "node:fs";

/** Triarchy's version, as package.json gives it (the OpenAPI document's, NodeInfo's). */
export const SOFTWARE_VERSION: string = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;
