import { FACTSHEET_CSS } from "../../reports/factsheet/style";

/**
 * The factsheet's styles inside a page. From the plain module, not through
 * factsheet.server: server modules are empty in the browser, so the styles
 * vanished when React took the page over. As inner HTML, because React
 * escapes the quotes of a text child, and a style element does not unescape them.
 */
export function FactsheetStyle() {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: our own constant stylesheet, no user input
  return <style dangerouslySetInnerHTML={{ __html: FACTSHEET_CSS }} />;
}
