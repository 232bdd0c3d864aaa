import type { ReactNode } from "react";

type Name = { label: string; labelledBy?: undefined } | { labelledBy: string; label?: undefined };

/**
 * The box a wide table scrolls sideways in on a narrow screen. A keyboard user can only scroll what
 * they can focus, so it takes focus, and as a named region a screen reader says what it holds.
 */
export function TableScroll({ children, label, labelledBy }: Name & { children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a box that scrolls sideways must be reachable by keyboard to be scrolled.
    <section className="table-scroll" aria-label={label} aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </section>
  );
}
