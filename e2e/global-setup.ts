import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { build } from "vite";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** The production build of the web app that every end-to-end file serves. */
    webDist: string;
  }
}

const ROOT = join(import.meta.dirname, "..");
/** What the web bundle is made from: its own code, the server code it imports (schemas, messages), the packages. */
const SOURCES = ["web", "src", "package-lock.json"].map((p) => join(ROOT, p));

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

/** A build newer than every source it is made from (CI builds it beside the other checks, .ci/run). */
function upToDate(webDist: string): boolean {
  try {
    const built = statSync(join(webDist, "index.html")).mtimeMs;
    return SOURCES.every((source) => newestChange(source) < built);
  } catch {
    return false;
  }
}

/** Builds the web app once per run, rather than once per end-to-end file, and not at all when the build is current. */
export default async function setup(project: TestProject) {
  const webDist = join(ROOT, "dist", "web");
  if (!upToDate(webDist)) {
    // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    try {
      await build({ configFile: join(ROOT, "web", "vite.config.ts"), logLevel: "warn", mode: "production", build: { outDir: webDist } });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
  }
  project.provide("webDist", webDist);
}
