// Node decides whether each .js file is an ES module by reading the nearest package.json, and
// Node 24 parses that file again for every module it resolves: drizzle-orm's is 178 KB, and
// loading its few hundred modules cost over a second at every start of the CLI or the server.
// This resolve hook answers the same question (the nearest package.json's "type") from a cache,
// for relative imports of .js files; everything else goes through Node's own resolution.
import { readFileSync, statSync } from "node:fs";
import module from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** Directory → the "type" of its package scope ("module" or "commonjs"). */
const scopes = new Map();

function scopeType(dir) {
  const known = scopes.get(dir);
  if (known !== undefined) return known;
  let type;
  const manifest = join(dir, "package.json");
  let found = false;
  try {
    found = statSync(manifest).isFile();
  } catch {
    found = false;
  }
  if (found) {
    try {
      type = JSON.parse(readFileSync(manifest, "utf8")).type === "module" ? "module" : "commonjs";
    } catch {
      type = "commonjs";
    }
  } else {
    const parent = dirname(dir);
    type = parent === dir ? "commonjs" : scopeType(parent);
  }
  scopes.set(dir, type);
  return type;
}

export function registerPackageScopeCache() {
  if (typeof module.registerHooks !== "function") return;
  module.registerHooks({
    resolve(specifier, context, nextResolve) {
      const parent = context.parentURL;
      if (parent?.startsWith("file:") && /^\.\.?\//.test(specifier) && specifier.endsWith(".js")) {
        const url = new URL(specifier, parent);
        const path = fileURLToPath(url);
        let isFile = false;
        try {
          isFile = statSync(path).isFile();
        } catch {
          isFile = false;
        }
        // A missing file goes to Node, which reports it as it always does.
        if (isFile) return { url: pathToFileURL(path).href, format: scopeType(dirname(path)), shortCircuit: true };
      }
      return nextResolve(specifier, context);
    },
  });
}
