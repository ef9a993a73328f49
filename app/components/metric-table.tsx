import { Link } from "@remix-run/react";
import { useI18n } from "~/i18n/use-i18n";
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
export function MetricTable({
  caption,
  keys,
  columns,
  change,
}: {
  caption: string;
  keys: readonly MetricKey[];
  columns: MetricColumn[];
  change?: Partial<Record<MetricKey, number | null>>;
}) {
  const { language, t } = useI18n();
  return (
    <div className="table-scroll">
      <table className="data-table">
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
                  <Link to={`/definities/${key}`}>{definition.label[language]}</Link>
                </th>
                {columns.map((column) => (
                  <td key={column.heading} className="numeric">
                    {formatMetricValue(definition.unit, column.values[key] ?? null, language)}
                    {column.fewCases?.[key]?.few_cases ? (
                      <abbr className="few-cases" title={t("metric.fewCases")}>
                        *
                      </abbr>
                    ) : null}
                  </td>
                ))}
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
    </div>
  );
}
