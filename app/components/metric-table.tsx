import { TableScroll } from "~/components/table-scroll";
// A table of metrics. The pages do not render it per request: the server
// renders it to HTML once per data version and language
// (app/metric-tables.server.tsx), because a municipality's ten years of every
// metric are most of the page's elements. So it uses no hooks, and plain
// links: it is markup, rendered outside the router.
import { translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import { coverageNote } from "../../reports/metrics/coverage";
import { type MetricKey, metricDefinition } from "../../reports/metrics/definitions";
import { formatMetricDelta, formatMetricValue } from "../../reports/metrics/format-metric";

export interface MetricColumn {
  heading: string;
  values: Partial<Record<MetricKey, number | null>>;
  /** Rates that rest on fewer than 10 cases in this column. */
  fewCases?: Partial<Record<string, { few_cases: boolean }>>;
}

/**
 * Metrics as rows, editions (or years, or a benchmark) as columns; every
 * label links to its definition. With `change`, a last column shows the
 * difference between the last two columns.
 */
export interface MetricTableProps {
  caption: string;
  keys: readonly MetricKey[];
  columns: MetricColumn[];
  change?: Partial<Record<MetricKey, number | null>>;
  language: Language;
}

export function MetricTable({ caption, keys, columns, change, language }: MetricTableProps) {
  const t = translator(language);
  return (
    <TableScroll label={caption}>
      <table className="data-table utrecht-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("metric.metric")}</th>
            {columns.map((column) => (
              <th key={column.heading} scope="col" className="numeric">
                {column.heading}
              </th>
            ))}
            {change ? (
              <th scope="col" className="numeric">
                {t("metric.change")}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => {
            const definition = metricDefinition(key);
            return (
              <tr key={key}>
                <th scope="row">
                  <a href={`/definities/${key}`}>{t(definition.label)}</a>
                </th>
                {columns.map((column) => {
                  const note = coverageNote(key, column.values, language);
                  return (
                    <td key={column.heading} className="numeric">
                      {formatMetricValue(definition.unit, column.values[key] ?? null, language)}
                      {column.fewCases?.[key]?.few_cases ? (
                        <abbr className="few-cases" title={t("metric.fewCases")}>
                          *
                        </abbr>
                      ) : null}
                      {note ? <small className="metric-note">{note}</small> : null}
                    </td>
                  );
                })}
                {change ? (
                  <td className="numeric">
                    {formatMetricDelta(definition.unit, change[key] ?? null, language)}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
