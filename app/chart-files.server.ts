// A page's chart as a file to download: the SVG as drawn, or its data as CSV.
import { translator } from "../core/i18n/messages";
import type { Language } from "../core/language";
import type { ChartView } from "../reports/charts/chart.server";

const CONTENT_TYPES = {
  svg: "image/svg+xml; charset=utf-8",
  csv: "text/csv; charset=utf-8",
} as const;

/** `<chart id>.svg` or `<chart id>.csv` of these charts, as an attachment; 404 for any other name. */
export function chartFileResponse(
  charts: readonly ChartView[],
  fileName: string,
  language: Language,
): Response {
  const [, id, extension] = /^([a-z0-9-]+)\.(svg|csv)$/.exec(fileName) ?? [];
  const chart = charts.find((c) => c.id === id);
  if (!chart || (extension !== "svg" && extension !== "csv"))
    throw new Response(translator(language)("http.chartMissing"), { status: 404 });
  // The BOM makes Excel read the CSV as UTF-8.
  const body = extension === "svg" ? chart.svg : `\uFEFF${chart.csv}`;
  return new Response(body, {
    headers: {
      "Content-Type": CONTENT_TYPES[extension],
      "Content-Disposition": `attachment; filename="${fileName}"`,
      // The figures are behind a login and change with every import.
      "Cache-Control": "private, no-store",
    },
  });
}
