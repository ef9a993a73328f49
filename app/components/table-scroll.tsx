import type { ReactNode } from "react";

/**
 * A table wider than the screen scrolls inside this box, not the page (WCAG
 * 1.4.10, reflow at 320 px): a named region (a <section> with a name is role=region) that takes the focus, so the
 * keyboard can scroll it with the arrow keys and a screen reader says what it holds.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe scrollable-region-focusable)
    <section className="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
