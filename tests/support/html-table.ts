// Reading a table the server rendered as HTML, as a person reads it: the
// text of each cell, and where each row's links go.
import { parseHTML } from "linkedom";

export interface HtmlRow {
  cells: string[];
  links: string[];
}

/** Every row (header rows too) of the tables in `html`. */
export function htmlTableRows(html: string): HtmlRow[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return [...document.querySelectorAll("tr")].map((row) => ({
    cells: [...row.querySelectorAll("th, td")].map((cell) => cell.textContent ?? ""),
    links: [...row.querySelectorAll("a")].map((a) => a.getAttribute("href") ?? ""),
  }));
}

/** The edition ids an overview's table of editions lists, in its order. */
export function editionIdsOf(html: string): string[] {
  return htmlTableRows(html)
    .slice(1)
    .map((row) => (row.links[0] ?? "").replace("/edities/", ""));
}
