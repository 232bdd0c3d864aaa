import type { TestProject } from "vitest/node";
import { pgliteTemplate, postgresTemplate } from "./template.ts";

/** Builds the migrated template once per run, before any test file starts (src/test/template.ts). */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (url) project.provide("postgresTemplate", await postgresTemplate(url));
  else project.provide("pgliteTemplate", await pgliteTemplate());
}
