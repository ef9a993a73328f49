// A chart as a page shows it: the finding as its title, the SVG, and the
// same data as a table and as CSV (for screen readers and researchers).
import { renderChart } from "./render.server";
import type { ChartSpec } from "./specs";

export interface ChartTable {
  columns: string[];
  rows: string[][];
}

export interface ChartView {
  id: string;
  /** States the finding, not the axes: "Survival rose to 85% in 2021". */
  title: string;
  svg: string;
  /** The same chart drawn for a phone, where it is drawn differently; the page shows it below 48em. */
  narrowSvg?: string;
  table: ChartTable;
  csv: string;
  /** The colours of the series, where there are several. */
  legend: { label: string; colour: string }[];
}

function csvCell(text: string): string {
  // A leading = + - @ would start a formula in a spreadsheet: quote it away.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Semicolon-separated, as Dutch Excel expects. */
export function tableCsv(table: ChartTable): string {
  return [table.columns, ...table.rows].map((row) => row.map(csvCell).join(";")).join("\r\n");
}

export function chartView(
  id: string,
  title: string,
  spec: ChartSpec,
  table: ChartTable,
  legend: ChartView["legend"] = [],
): ChartView {
  const { narrow, ...wide } = spec;
  return {
    id,
    title,
    svg: renderChart(wide, title),
    ...(narrow ? { narrowSvg: renderChart(narrow, title) } : {}),
    table,
    csv: tableCsv(table),
    legend,
  };
}
