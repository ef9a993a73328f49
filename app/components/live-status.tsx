import type { ReactNode } from "react";

/**
 * A polite live region that is always in the page: screen readers announce a
 * change of its text, which they do not reliably do for a region that appears
 * together with its text. Empty, it takes no room.
 */
export function LiveStatus({
  children,
  tone = "info",
}: {
  children?: ReactNode;
  tone?: "info" | "error";
}) {
  return (
    <p role="status" aria-live="polite" className={`live-status live-status--${tone}`}>
      {children}
    </p>
  );
}
