/** Where the web app shows what comes from other instances, and the handles people copy between instances. */

/** The card of a person or an organization on another instance, by its handle. */
export const actorPath = (handle: string) => `/federation/actor?handle=${encodeURIComponent(handle)}`;

/** A discussion from another instance, by the address of its first post. */
export const discussionPath = (uri: string) => `/federation/discussion?uri=${encodeURIComponent(uri)}`;

/** What "Open discussion" opens for a post: the discussion it belongs to, or the one it starts. */
export const discussionOf = (post: { uri: string; context: string | null }) => post.context ?? post.uri;

/** The handle another instance finds an organization of this one by: `@slug@host` (WebFinger takes the slug). */
export const organizationHandle = (slug: string, host: string) => `@${slug}@${host.toLowerCase()}`;

/** The name part of `@name@host`: a person of this instance's own handle, from the address a reply of theirs carries. */
export function localPart(handle: string): string {
  const [name = ""] = handle.replace(/^@/, "").split("@");
  return name;
}

/** `?follow=` as a link from elsewhere gives it, trimmed; empty when there is none or it is too long to be a handle. */
export function handleToFollow(search: string): string {
  const handle = (new URLSearchParams(search).get("follow") ?? "").trim();
  return handle.length <= 300 ? handle : "";
}

/**
 * A link to another instance's page, only if it is a web address: a remote server chooses what it
 * sends, and a `javascript:` or `data:` address must not become a link here.
 */
export function webAddress(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The host an address from elsewhere names (its port included), to say where something lives; the address itself when it is none. */
export function hostOf(address: string): string {
  try {
    return new URL(address).host || address;
  } catch {
    return address;
  }
}
