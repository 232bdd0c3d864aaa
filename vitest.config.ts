import { globSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

if (Number(process.versions.node.split(".")[0]) < 22) {
  throw new Error(
    `Triarchy's tests need Node 22 or later (this is ${process.version}); run them with npm test, which uses the Node 24 the project ships.`,
  );
}

/**
 * The suite's projects, so that each kind of test runs as often as it needs to:
 * - unit: pure code, no database — once;
 * - cli: the real `triarchy` binary on PGlite data directories — once;
 * - db: everything that opens a database — on PGlite by default, on PostgreSQL with TEST_DATABASE_URL;
 * - e2e: Chromium against the real server.
 * A test file belongs to db when it opens a database, which is read from its imports, so a new
 * file lands in the right project without a list to keep.
 */
const OPENS_A_DATABASE = /\b(setupApi|createTestDatabase|openDatabase|federatedApp)\b/;
const CLI = ["src/cli/**/*.test.ts"];
const serverTests = globSync("src/**/*.test.ts").filter((f) => !f.startsWith("src/cli/"));
const dbTests = serverTests.filter((f) => OPENS_A_DATABASE.test(readFileSync(f, "utf8")));
// The web app's pure functions (report sums, label maps) are unit tests too.
const unitTests = [...serverTests.filter((f) => !dbTests.includes(f)), ...globSync("web/src/**/*.test.ts")];

/** TEST_SHUFFLE=1 runs files and tests in random order (seed TEST_SEED, printed by .ci/run). */
const shuffled = process.env.TEST_SHUFFLE === "1";
const sequence = { shuffle: shuffled, seed: Number(process.env.TEST_SEED ?? Date.now() % 100_000) };

export default defineConfig({
  test: {
    // Vitest's default leaves a core idle (CPUs − 1); the database and CLI tests spend much of their
    // time waiting on PostgreSQL or a child process, so every core gets a worker, and at least two.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      // Files in a worker share its loaded modules (isolate: false): importing the app again for each
      // file cost more than half the suite's time. Each file still opens its own database, and the
      // only module state tests move (the clock, src/now.ts) is reset with each new database.
      { test: { name: "unit", include: unitTests, isolate: false, sequence } },
      {
        test: { name: "cli", include: CLI, globalSetup: ["src/test/global-setup.ts"], testTimeout: 60_000, hookTimeout: 120_000, sequence },
      },
      {
        test: {
          name: "db",
          include: dbTests,
          isolate: false,
          globalSetup: ["src/test/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          sequence,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.test.ts"],
          isolate: false,
          globalSetup: ["src/test/global-setup.ts", "e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file is one journey whose steps follow each other, with its own server, port, data directory
          // and browser; the files share their worker's loaded modules, as the database tests do. The files
          // run after the others (group 1), two at a time: one at a time made them a long tail on one core;
          // mixed in among the others, the whole suite took 421 s instead of 369 s; four at a time were no
          // faster (a journey is bound by the CPU) and timed out.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
