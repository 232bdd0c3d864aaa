/**
 * One shared minute clock for everything on screen that depends on the time ("3 minutes ago", "Today"):
 * a single timer, started when the first component subscribes and stopped when the last one leaves,
 * so a page left open keeps its relative times true without each of them running its own interval.
 */
import { useSyncExternalStore } from "react";

const MINUTE = 60_000;
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setTimeout> | undefined;

function tick() {
  now = Date.now();
  for (const listener of listeners) listener();
  // Aligned on the minute, so every time on the page moves on together.
  timer = setTimeout(tick, MINUTE - (now % MINUTE));
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (listeners.size === 1) {
    now = Date.now();
    timer = setTimeout(tick, MINUTE - (now % MINUTE));
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) clearTimeout(timer);
  };
}

/** The current time in milliseconds, re-rendering the caller each minute. */
export function useNow(): number {
  return useSyncExternalStore(
    subscribe,
    () => now,
    () => now,
  );
}
