import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The web app imports the server's request schemas (every module's inputs.ts) and a few http helpers
 * to validate forms in the browser. Their import graph must stay free of the database and of Node:
 * this walks it textually from each entry and names every path that reaches a server-only module.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const modules = join(root, "src/modules");

const ENTRIES = [
  ...readdirSync(modules, { withFileTypes: true })
    .filter((d) => d.isDirectory() && readdirSync(join(modules, d.name)).includes("inputs.ts"))
    .map((d) => `src/modules/${d.name}/inputs.ts`),
  "src/http/fields.ts",
  "src/http/errors.ts",
  "src/http/validation.ts",
];

const SERVER_ONLY = [/^drizzle-orm(\/|$)/, /^pg(\/|$)/, /^@electric-sql\//, /^node:/];
const NODE_BUILTINS = new Set(builtinModules);
const serverOnly = (specifier: string) => SERVER_ONLY.some((re) => re.test(specifier)) || NODE_BUILTINS.has(specifier.split("/")[0] ?? "");

/**
 * The specifiers a file loads at run time: static imports and re-exports that are not type-only
 * (`import type`, `export type`, or braces naming only types), and dynamic `import()`.
 */
function runtimeImports(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const found: string[] = [];
  const statement = /(?:^|;|\n)\s*(import|export)\s+(type\s+)?([^;]*?)\s*from\s*["']([^"']+)["']/g;
  for (const m of code.matchAll(statement)) {
    if (m[2]) continue;
    const clause = m[3] ?? "";
    const braces = clause.match(/^\{([\s\S]*)\}$/);
    if (braces) {
      const names = (braces[1] ?? "")
        .split(",")
        .map((n) => n.trim())
        .filter(Boolean);
      if (names.length > 0 && names.every((n) => n.startsWith("type "))) continue;
    }
    found.push(m[4] ?? "");
  }
  for (const m of code.matchAll(/(?:^|\n)\s*import\s*["']([^"']+)["']/g)) found.push(m[1] ?? "");
  for (const m of code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) found.push(m[1] ?? "");
  return found;
}

/** Every chain of imports from `entry` (a path under the repository) that ends at a server-only module. */
function serverOnlyChains(entry: string, read = (path: string) => readFileSync(join(root, path), "utf8")): string[] {
  const chains: string[] = [];
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of runtimeImports(read(file))) {
      if (specifier.startsWith(".")) {
        walk(relative(root, resolve(root, dirname(file), specifier)), [...chain, file]);
      } else if (serverOnly(specifier)) {
        chains.push([...chain, file, specifier].join(" → "));
      }
    }
  };
  walk(entry, []);
  return chains;
}

describe("what the web app imports from the server", () => {
  it("finds every module's inputs", () => {
    expect(ENTRIES).toContain("src/modules/organizations/inputs.ts");
    expect(ENTRIES).toContain("src/modules/instance/inputs.ts");
    expect(ENTRIES.length).toBeGreaterThan(12);
  });

  it.each(ENTRIES)("%s reaches neither the database nor Node", (entry) => {
    expect(serverOnlyChains(entry)).toEqual([]);
  });

  it("notices a table file, however deep", () => {
    expect(serverOnlyChains("src/modules/organizations/schema.ts")).toContain("src/modules/organizations/schema.ts → drizzle-orm");
    const files: Record<string, string> = {
      "src/a.ts": 'import { b } from "./b.ts";\nimport type { T } from "./t.ts";',
      "src/b.ts": 'export { c } from "./c.ts";\nimport { type X, type Y } from "./t.ts";',
      "src/c.ts": 'import { readFileSync } from "fs";\nconst pg = await import("pg");',
      "src/t.ts": 'import { sql } from "drizzle-orm";',
    };
    expect(serverOnlyChains("src/a.ts", (path) => files[path] ?? "")).toEqual([
      "src/a.ts → src/b.ts → src/c.ts → fs",
      "src/a.ts → src/b.ts → src/c.ts → pg",
    ]);
  });
});
