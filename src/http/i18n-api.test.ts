import { describe, expect, it } from "vitest";
import { makePerson } from "../test/factories.ts";
import { setupApi } from "../test/harness.ts";

const api = setupApi();
const FRENCH = { "accept-language": "fr-FR,fr;q=0.9" };

describe("problem titles in the request's language", () => {
  it("answers a 401 with a French title for a French Accept-Language, the type unchanged", async () => {
    const res = await api.call("GET", "/api/me/tokens", { headers: FRENCH });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ type: "/problems/unauthenticated", title: "Vous devez vous connecter" });
    expect(res.headers.get("content-language")).toBe("fr");
    expect(res.headers.get("vary")).toMatch(/accept-language/i);
  });

  it("answers a 422 with a French title, the field errors unchanged", async () => {
    const p = await makePerson(api.db);
    const res = await api.call("PATCH", "/api/me", { as: p.token, body: { name: "" }, headers: FRENCH });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ type: "/problems/validation", title: "La requête n’est pas valide" });
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain("body.name");
  });

  it("answers in English without the header, or when it names no language the API speaks", async () => {
    const withoutFrenchOrEnglish: Record<string, string>[] = [{}, { "accept-language": "de-DE,ja;q=0.8" }];
    for (const headers of withoutFrenchOrEnglish) {
      const res = await api.call("GET", "/api/me/tokens", { headers });
      expect(res.status).toBe(401);
      expect(res.body.title).toBe("You need to sign in");
      expect(res.headers.get("content-language")).toBe("en");
    }
  });
});
