// A chart as a page shows it: the finding as its title, the SVG, and the
// same data as a table and as CSV (for screen readers and researchers).
import type * as Plot from "@observablehq/plot";
import { renderChart } from "./render.server";

export interface ChartTable {
  columns: string[];
  rows: string[][];
}

export interface ChartView {
  id: string;
  /** States the finding, not the axes: "Survival rose to 85% in 2021". */
  title: string;
  svg: string;
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
  spec: Plot.PlotOptions,
  table: ChartTable,
  legend: ChartView["legend"] = [],
): ChartView {
  return { id, title, svg: renderChart(spec, title), table, csv: tableCsv(table), legend };
}
