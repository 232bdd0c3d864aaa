/**
 * A fixed-window counter per key, in this process's memory. It guards sign-in and
 * sign-up against guessing; it is per process, which the README's Limits section notes.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  private readonly limit: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(limit: number, windowMs: number, now: () => number = Date.now) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.now = now;
  }

  /** Counts one attempt for each key; returns the seconds to wait if any key is over its limit. */
  hit(keys: string[]): number | null {
    const now = this.now();
    let retryAfter: number | null = null;
    for (const key of keys) {
      let w = this.windows.get(key);
      if (!w || now - w.start >= this.windowMs) {
        w = { start: now, count: 0 };
        this.windows.set(key, w);
      }
      w.count++;
      if (w.count > this.limit) {
        const wait = Math.ceil((w.start + this.windowMs - now) / 1000);
        retryAfter = Math.max(retryAfter ?? 0, wait);
      }
    }
    if (this.windows.size > 100_000) this.sweep(now);
    return retryAfter;
  }

  private sweep(now: number) {
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key);
  }
}
