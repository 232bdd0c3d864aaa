import { describe, expect, it } from "vitest";
import { ApiError } from "./client.ts";

const problem = (status: number, paths: string[]) =>
  new ApiError({
    status,
    type: "validation",
    title: "t",
    detail: "d",
    errors: paths.map((path) => ({ path, message: "Not a valid id." })),
  });

describe("ApiError.notFound", () => {
  it("is true for a 404 and for a malformed id in the address (a 422 naming only path fields), which pages show as not found", () => {
    expect(problem(404, []).notFound).toBe(true);
    expect(problem(422, ["path.id"]).notFound).toBe(true);
    expect(problem(422, ["body.title"]).notFound).toBe(false);
    expect(problem(422, ["path.id", "query.limit"]).notFound).toBe(false);
    expect(problem(422, []).notFound).toBe(false);
  });
});
