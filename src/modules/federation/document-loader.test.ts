import { generateCryptoKeyPair, MemoryKvStore } from "@fedify/fedify";
import { afterEach, describe, expect, it } from "vitest";
import { cappedDocumentLoader, cappedLoaderFactories } from "./document-loader.ts";

const real = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = real;
});

/** Answers every request from `serve`, as another instance would, without a network. */
function remote(serve: (url: string) => Response) {
  const asked: string[] = [];
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : String(input);
    asked.push(url);
    return serve(url);
  }) as typeof fetch;
  return asked;
}

const json = (body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { headers: { "content-type": "application/activity+json", ...headers } });

describe("the document loader for what other instances serve", () => {
  it("loads a document and follows a redirect, checking each address", async () => {
    const asked = remote((url) =>
      url.endsWith("/old") ? new Response(null, { status: 301, headers: { location: "/new" } }) : json({ id: url, type: "Note" }),
    );
    const loaded = await cappedDocumentLoader({ allowPrivateAddress: true })("https://far.example/old");
    expect(loaded.document).toMatchObject({ type: "Note", id: "https://far.example/new" });
    expect(asked).toEqual(["https://far.example/old", "https://far.example/new"]);
  });

  it("refuses a document over the size, whether it says so or not, without reading it whole", async () => {
    const big = { type: "Note", content: "x".repeat(2000) };
    remote(() => json(big));
    await expect(cappedDocumentLoader({ allowPrivateAddress: true }, 1000)("https://far.example/big")).rejects.toThrow(/larger than 1000/);
    // A body sent in pieces with no length announced is cut off as it passes the size.
    let pulled = 0;
    remote(
      () =>
        new Response(
          new ReadableStream({
            pull(controller) {
              pulled += 1;
              controller.enqueue(new TextEncoder().encode("x".repeat(400)));
              if (pulled > 50) controller.close();
            },
          }),
          { headers: { "content-type": "application/activity+json" } },
        ),
    );
    await expect(cappedDocumentLoader({ allowPrivateAddress: true }, 1000)("https://far.example/stream")).rejects.toThrow(
      /larger than 1000/,
    );
    expect(pulled).toBeLessThan(10);
    // The same document under a larger size loads.
    remote(() => json(big));
    const loaded = await cappedDocumentLoader({ allowPrivateAddress: true }, 10_000)("https://far.example/big");
    expect(loaded.document).toMatchObject({ type: "Note" });
  });

  it("refuses private addresses unless allowed, before asking", async () => {
    const asked = remote(() => json({ type: "Note" }));
    await expect(cappedDocumentLoader()("http://127.0.0.1/x")).rejects.toThrow();
    await expect(cappedDocumentLoader()("http://10.0.0.2/x")).rejects.toThrow();
    expect(asked).toEqual([]);
    // A public address that redirects to a private one is refused at the redirect.
    remote((url) =>
      url.includes("far.example") ? new Response(null, { status: 302, headers: { location: "http://192.168.1.1/" } }) : json({}),
    );
    await expect(cappedDocumentLoader()("https://far.example/x")).rejects.toThrow();
  });

  it("signs each request of a fetch that must be signed, a redirect's too, with the actor's key", async () => {
    const signatures: (string | null)[] = [];
    globalThis.fetch = (async (input: RequestInfo | URL) => {
      const request = input as Request;
      signatures.push(request.headers.get("signature"));
      return request.url.endsWith("/old") ? new Response(null, { status: 302, headers: { location: "/new" } }) : json({ type: "Note" });
    }) as typeof fetch;
    const { privateKey } = await generateCryptoKeyPair("RSASSA-PKCS1-v1_5");
    const keyId = new URL("https://here.example/ap/actors/1#main-key");
    const { authenticatedDocumentLoaderFactory: signed } = cappedLoaderFactories(new MemoryKvStore());
    // Fedify passes each factory its rule on private addresses; these hosts are made up, so allowed here.
    const loaded = await signed({ keyId, privateKey }, { allowPrivateAddress: true })("https://far.example/old");
    expect(loaded.document).toMatchObject({ type: "Note" });
    expect(signatures).toHaveLength(2);
    for (const signature of signatures) expect(signature).toContain(`keyId="${keyId.href}"`);
    await expect(signed({ keyId, privateKey })("http://127.0.0.1/old")).rejects.toThrow();
    expect(signatures).toHaveLength(2);
  });

  it("serves the contexts Fedify preloads without asking anyone", async () => {
    const asked = remote(() => json({}));
    const loaded = await cappedDocumentLoader()("https://www.w3.org/ns/activitystreams");
    expect(loaded.document).toHaveProperty("@context");
    expect(asked).toEqual([]);
  });
});
