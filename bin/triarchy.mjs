#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so there is no separate compile step to forget.
import { requireSupportedNode } from "./require-node.mjs";

requireSupportedNode();
const { register } = await import("tsx/esm/api");
register();
await import("../src/cli/index.ts");
