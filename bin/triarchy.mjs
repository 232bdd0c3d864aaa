#!/usr/bin/env node
// Runs the TypeScript CLI as it is, with no compile step to forget. Node 24 (which the project
// ships) strips the types itself: the source keeps to erasable syntax (tsconfig's
// erasableSyntaxOnly), and loading this way is about a second faster per command than a loader
// hook. A Node without type stripping (22 before 22.18) goes through tsx's loader instead.
import module from "node:module";
import { fileURLToPath } from "node:url";
import { rerunOnBaselineCompiler, wantsBaselineCompiler } from "./baseline-compiler.mjs";
import { registerPackageScopeCache } from "./package-scope-cache.mjs";
import { requireSupportedNode } from "./require-node.mjs";

requireSupportedNode();
if (wantsBaselineCompiler()) await rerunOnBaselineCompiler(fileURLToPath(import.meta.url));
registerPackageScopeCache();
// V8's compiled code (and the stripped TypeScript) is kept between runs in the OS's temporary
// directory: each later command starts about 0.3 s sooner.
module.enableCompileCache?.();
if (!process.features.typescript) {
  const { register } = await import("tsx/esm/api");
  register();
}
await import("../src/cli/index.ts");
