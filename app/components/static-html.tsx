import { useNavigate } from "@remix-run/react";
import type { MouseEvent } from "react";

/**
 * Markup the server rendered once for many requests (app/metric-tables.server.tsx).
 * Its links are plain links; a click on one (or Enter, which clicks) is
 * followed here as the app's own links are, without loading the whole page,
 * so focus moves to the new page's content the same way. A click with a
 * modifier (new tab, new window), and any link elsewhere, the browser handles.
 */
export function StaticHtml({ html }: { html: string }) {
  const navigate = useNavigate();
  function followLink(event: MouseEvent<HTMLDivElement>) {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest("a");
    if (!link || link.target || link.hasAttribute("download")) return;
    if (link.origin !== window.location.origin) return;
    event.preventDefault();
    navigate(`${link.pathname}${link.search}${link.hash}`);
  }
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the clicks come from the links inside, which Enter clicks
    // biome-ignore lint/a11y/noStaticElementInteractions: only passes on its links' clicks
    <div
      onClick={followLink}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: rendered by React on our own server from our own figures
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
