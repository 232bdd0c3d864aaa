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

/** Builds the web app once per run, rather than once per end-to-end file. */
export default async function setup(project: TestProject) {
  const webDist = join(ROOT, "dist", "web");
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({ configFile: join(ROOT, "web", "vite.config.ts"), logLevel: "warn", mode: "production", build: { outDir: webDist } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  project.provide("webDist", webDist);
}
