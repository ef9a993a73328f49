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
  roundGeometry(chart);
  return chart.outerHTML;
}

/** The attributes that hold positions and shapes, in user units (pixels). */
const GEOMETRY = [
  "x",
  "y",
  "x1",
  "x2",
  "y1",
  "y2",
  "cx",
  "cy",
  "r",
  "width",
  "height",
  "d",
  "points",
];

/**
 * A number with more than two decimals (`250.45454545454547`, `-.12345`) or
 * with a negative exponent (`1e-14`), as scales compute positions. Numbers
 * are taken to be apart by a comma, a space or a sign, as d3 and Plot write
 * them (SVG also allows `1.5.5` for 1.5 and 0.5, which they never write).
 */
const LONG_NUMBER = /-?\d*\.\d{3,}(?:e[-+]?\d+)?|-?\d+(?:\.\d+)?e-\d+/g;

/** To a hundredth; a negative number that rounds to zero keeps its sign, which may be a path's only separator (`L10-0.001`). */
function hundredth(number: string): string {
  const rounded = Math.round(Number(number) * 100) / 100;
  return Object.is(rounded, -0) ? "-0" : String(rounded);
}

const roundNumbers = (text: string) => text.replace(LONG_NUMBER, hundredth);

/** In a transform, only translations are positions; a scale or a rotation is not rounded. */
const roundTranslations = (transform: string) =>
  transform.replace(
    /translate\(([^)]*)\)/g,
    (_, offsets: string) => `translate(${roundNumbers(offsets)})`,
  );

/**
 * Positions to a hundredth of a pixel: scales compute them to 17 digits,
 * which made half of a chart's bytes, in every page, its loader data, the
 * PDFs and the downloads, for no difference anyone can see.
 */
function roundGeometry(chart: Element): void {
  for (const element of [chart, ...chart.querySelectorAll("*")]) {
    for (const { name, value } of [...element.attributes]) {
      const rounded = roundedAttribute(name, value);
      if (rounded !== value) element.setAttribute(name, rounded);
    }
  }
}

/** An attribute's value with its positions to a hundredth of a pixel; other attributes as they are. */
export function roundedAttribute(name: string, value: string): string {
  if (name === "transform") return roundTranslations(value);
  return GEOMETRY.includes(name) ? roundNumbers(value) : value;
}
