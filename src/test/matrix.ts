import { expect, it } from "vitest";
import type { TestApi } from "./harness.ts";

/** One route of an authorization matrix: the request to make and the status each kind of person gets. */
export interface MatrixCase<W, Who extends string> {
  route: string;
  request: (w: W, who: Who) => { method: string; path: string; body?: unknown };
  expect: Record<Who, number>;
}

/**
 * Runs each case once per kind of person, each against a fresh little world, so one cell's write
 * cannot change another's outcome, and compares the whole row of statuses at once.
 */
export function authorizationMatrix<Who extends string, W extends { as: Record<Who, string | undefined> }>(
  api: TestApi,
  who: readonly Who[],
  world: () => Promise<W>,
  cases: MatrixCase<W, Who>[],
) {
  for (const c of cases) {
    it(c.route, async () => {
      const outcomes: Record<string, number> = {};
      for (const w of who) {
        const fresh = await world();
        const { method, path, body } = c.request(fresh, w);
        const res = await api.call(method, path, { as: fresh.as[w], body });
        outcomes[w] = res.status;
      }
      expect(outcomes).toEqual(c.expect);
    });
  }
}
