/** Where to go after signing in: a same-site path from ?next=, or the home page. */
export function nextPath(search: string, fallback = "/"): string {
  const next = new URLSearchParams(search).get("next");
  return next?.startsWith("/") && !next.startsWith("//") ? next : fallback;
}
