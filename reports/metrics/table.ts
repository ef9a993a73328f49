// The metrics report as a plain-text table for the command line: one row per
// metric under its group, one column per edition (and one for the editions
// together), rates on fewer than 10 cases marked with an asterisk.
import { type Translate, translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import type { MetricSet } from "./compute";
import { COVERED_METRIC, followUpCoverage } from "./coverage";
import {
  GROUP_LABELS,
  isRateKey,
  METRIC_DEFINITIONS,
  METRIC_GROUPS,
  type MetricDefinition,
  metricDefinition,
} from "./definitions";
import { formatMetricValue } from "./format-metric";
import type { MetricsReport } from "./report.server";

/** Columns per block, so that a table fits a terminal of 120 characters. */
const COLUMNS_PER_BLOCK = 5;
const FEW_CASES_MARK = "*";

interface Column {
  heading: string;
  set: MetricSet;
}

function cell(set: MetricSet, definition: MetricDefinition, language: Language): string {
  const value = set.metrics[definition.key];
  const few = isRateKey(definition.key) && value !== null && set.rates[definition.key].few_cases;
  // A space where others have the mark keeps the digits aligned.
  return `${formatMetricValue(definition.unit, value, language)}${few ? FEW_CASES_MARK : " "}`;
}

function block(columns: readonly Column[], language: Language, t: Translate): string[] {
  const rows = METRIC_DEFINITIONS.map((definition) => ({
    definition,
    label: `  ${t(definition.label)}`,
    cells: columns.map((column) => cell(column.set, definition, language)),
  }));
  const labelWidth = Math.max(...rows.map((row) => row.label.length));
  const widths = columns.map((column, c) =>
    Math.max(column.heading.length + 1, ...rows.map((row) => row.cells[c]?.length ?? 0)),
  );
  const line = (label: string, values: readonly string[]) =>
    [label.padEnd(labelWidth), ...values.map((value, c) => value.padStart(widths[c] ?? 0))]
      .join("  ")
      .trimEnd();
  const lines = [
    line(
      "",
      columns.map((column) => `${column.heading} `),
    ),
  ];
  for (const group of METRIC_GROUPS) {
    lines.push(t(GROUP_LABELS[group]));
    for (const row of rows)
      if (row.definition.group === group) lines.push(line(row.label, row.cells));
  }
  return lines;
}

/** Survival's follow-up coverage per column, as a sentence: the table's cells hold numbers only. */
function coverageLines(columns: readonly Column[], language: Language, t: Translate): string[] {
  const notes = columns.flatMap((column) => {
    const note = followUpCoverage(column.set.metrics, language);
    return note ? [`  ${column.heading}: ${note}`] : [];
  });
  if (notes.length === 0) return [];
  const label = t(metricDefinition(COVERED_METRIC).label);
  return [[t("catalogue.table.coverage", { label }), ...notes].join("\n")];
}

export function metricsTable(report: MetricsReport, language: Language): string {
  const t = translator(language);
  const count = report.editions.length;
  const title = t(count === 1 ? "catalogue.table.titleOne" : "catalogue.table.titleMany", {
    count,
    at: report.generated_at,
  });
  if (count === 0) return `${title}\n\n${t("catalogue.table.none")}`;
  const columns: Column[] = report.editions.map((edition) => ({
    heading: `${edition.municipality} ${edition.year}`,
    set: edition,
  }));
  if (columns.length > 1)
    columns.push({ heading: t("catalogue.table.together"), set: report.aggregate });
  const blocks: string[] = [];
  for (let start = 0; start < columns.length; start += COLUMNS_PER_BLOCK) {
    blocks.push(block(columns.slice(start, start + COLUMNS_PER_BLOCK), language, t).join("\n"));
  }
  return [
    title,
    ...blocks,
    ...coverageLines(columns, language, t),
    t("catalogue.table.fewCases", { mark: FEW_CASES_MARK }),
  ].join("\n\n");
}
