import { TableScroll } from "~/components/table-scroll";
// The overview's table of editions: a few figures per edition, linked to its
// page and its municipality's. Rendered to HTML on the server once per data
// version, selection, language and page (app/metric-tables.server.tsx), like
// the metric tables: so no hooks, and plain links.

import { municipalitySlug } from "~/slugs";
import { translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import type { EditionMetrics } from "../../reports/metrics/compute";
import { coverageNote } from "../../reports/metrics/coverage";
import { metricDefinition } from "../../reports/metrics/definitions";
import { formatMetricValue } from "../../reports/metrics/format-metric";

const TABLE_METRICS = [
  "registrations",
  "awarded",
  "microcredit_total",
  "leverage",
  "survival_12m",
] as const;

export type EditionRow = Pick<EditionMetrics, "edition_id" | "municipality" | "year" | "metrics">;

export function EditionsTable({
  editions,
  language,
}: {
  editions: readonly EditionRow[];
  language: Language;
}) {
  const t = translator(language);
  return (
    <TableScroll label={t("editions.caption")}>
      <table className="data-table utrecht-table">
        <caption>{t("editions.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("editions.name")}</th>
            <th scope="col">{t("editions.municipality")}</th>
            <th scope="col">{t("editions.year")}</th>
            {TABLE_METRICS.map((key) => (
              <th key={key} scope="col" className="numeric">
                <a href={`/definities/${key}`}>{t(metricDefinition(key).label)}</a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {editions.map((edition) => (
            <tr key={edition.edition_id}>
              <th scope="row">
                <a href={`/edities/${edition.edition_id}`}>
                  SOC {edition.municipality} {edition.year}
                </a>
              </th>
              <td>
                <a href={`/gemeenten/${municipalitySlug(edition.municipality)}`}>
                  {edition.municipality}
                </a>
              </td>
              <td>{edition.year}</td>
              {TABLE_METRICS.map((key) => {
                const note = coverageNote(key, edition.metrics, language);
                return (
                  <td key={key} className="numeric">
                    {formatMetricValue(metricDefinition(key).unit, edition.metrics[key], language)}
                    {note ? <small className="metric-note">{note}</small> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
