import { describe, expect, it } from "vitest";
import { actorPath, discussionOf, discussionPath, handleToFollow, hostOf, localPart, organizationHandle, webAddress } from "./addresses.ts";

describe("federation addresses in the web app", () => {
  it("puts a handle and a post's address in the query string, escaped", () => {
    expect(actorPath("@open-lab@other.example")).toBe("/federation/actor?handle=%40open-lab%40other.example");
    expect(discussionPath("https://a.example/ap/pages/1?x=1&y=2")).toBe(
      "/federation/discussion?uri=https%3A%2F%2Fa.example%2Fap%2Fpages%2F1%3Fx%3D1%26y%3D2",
    );
  });

  it("opens the discussion a post belongs to, or the one it starts", () => {
    expect(discussionOf({ uri: "https://a.example/p/1", context: "https://a.example/p/0" })).toBe("https://a.example/p/0");
    expect(discussionOf({ uri: "https://a.example/p/1", context: null })).toBe("https://a.example/p/1");
  });

  it("writes an organization's handle with this instance's host, port included, in lower case", () => {
    expect(organizationHandle("open-lab", "Riverton.Example")).toBe("@open-lab@riverton.example");
    expect(organizationHandle("open-lab", "127.0.0.1:4321")).toBe("@open-lab@127.0.0.1:4321");
  });

  it("reads the local handle out of @name@host", () => {
    expect(localPart("@ada@riverton.example")).toBe("ada");
    expect(localPart("ada@riverton.example")).toBe("ada");
  });

  it("reads ?follow= trimmed, and nothing when it is missing or longer than a handle may be", () => {
    expect(handleToFollow("?follow=%20%40bo%40b.test%20")).toBe("@bo@b.test");
    expect(handleToFollow("?follow=@bo@b.test")).toBe("@bo@b.test");
    expect(handleToFollow("?enterprise=x")).toBe("");
    expect(handleToFollow(`?follow=${"x".repeat(301)}`)).toBe("");
  });

  it("links only to web addresses another instance sends", () => {
    expect(webAddress("https://a.example/orgs/open-lab")).toBe("https://a.example/orgs/open-lab");
    expect(webAddress("http://a.example/x")).toBe("http://a.example/x");
    expect(webAddress("javascript:alert(1)")).toBeNull();
    expect(webAddress("data:text/html,hi")).toBeNull();
    expect(webAddress("not a url")).toBeNull();
    expect(webAddress(null)).toBeNull();
  });

  it("says which host an address is on, port included, and keeps what is not an address as it is", () => {
    expect(hostOf("https://a.example/ap/commons/1")).toBe("a.example");
    expect(hostOf("http://127.0.0.1:9/ap/commons/1")).toBe("127.0.0.1:9");
    expect(hostOf("not a url")).toBe("not a url");
  });
});
