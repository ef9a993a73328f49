// Charts are rendered on the server as SVG (Observable Plot on a linkedom
// document), so pages, factsheets and PDFs show the same chart and work
// without JavaScript.
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";

export function renderChart(options: Plot.PlotOptions, label: string): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const chart = Plot.plot({ ...options, document } as Plot.PlotOptions) as unknown as Element;
  // A standalone SVG (downloads) needs its namespace; screen readers get the
  // finding as the image's name, and the data as the table beside it.
  chart.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  chart.setAttribute("role", "img");
  chart.setAttribute("aria-label", label);
  // Inside an image, parts are not announced: Plot's labels on its mark groups
  // are ARIA a group without a role may not carry (WCAG 4.1.2).
  for (const part of chart.querySelectorAll("[aria-label], [aria-description]")) {
    part.removeAttribute("aria-label");
    part.removeAttribute("aria-description");
  }
  return chart.outerHTML;
}
