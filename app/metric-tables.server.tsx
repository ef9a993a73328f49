// The dashboards' tables of figures as HTML. A municipality page shows every
// metric for every year, most of its elements, and the overview fifty
// editions; rendering them was most of those pages' work on every request,
// and the figures change only with the data version. So the tables are
// rendered here once per data version, language and scope (and selection
// and page), and kept with the other results (reports/result-cache.server.ts),
// shared between app processes as text.
import { renderToStaticMarkup } from "react-dom/server";
import { type EditionRow, EditionsTable } from "~/components/editions-table";
import { type MetricColumn, MetricTable } from "~/components/metric-table";
import { translator } from "../core/i18n/messages";
import type { Language } from "../core/language";
import type { EditionPage } from "../reports/dashboard/edition.server";
import type { MunicipalityPage } from "../reports/dashboard/municipality.server";
import {
  GROUP_LABELS,
  groupMetricKeys,
  METRIC_GROUPS,
  type MetricGroup,
} from "../reports/metrics/definitions";

export type MetricTablesHtml = Record<MetricGroup, string>;

function tablesHtml(
  language: Language,
  columns: MetricColumn[],
  change: MetricColumn["values"] | undefined,
): MetricTablesHtml {
  const tables = {} as MetricTablesHtml;
  for (const group of METRIC_GROUPS) {
    tables[group] = renderToStaticMarkup(
      <MetricTable
        caption={translator(language)(GROUP_LABELS[group])}
        keys={groupMetricKeys(group)}
        columns={columns}
        change={change}
        language={language}
      />,
    );
  }
  return tables;
}

/** Every edition of the municipality as a column, then the others together, and the latest change. */
export function municipalityMetricTables(
  page: MunicipalityPage,
  language: Language,
): MetricTablesHtml {
  const { editions } = page.overview;
  const columns: MetricColumn[] = editions.map((e) => ({
    heading: String(e.year),
    values: e.metrics,
    fewCases: e.rates,
  }));
  if (page.others && page.yearRange) {
    const years = `${page.yearRange[0]}–${page.yearRange[1]}`;
    columns.push({
      heading: translator(language)("municipality.others", { years }),
      values: page.others.metrics,
      fewCases: page.others.rates,
    });
  }
  return tablesHtml(language, columns, editions.at(-1)?.delta ?? undefined);
}

/** The edition beside the previous one, with the change between them. */
export function editionMetricTables(page: EditionPage, language: Language): MetricTablesHtml {
  const columns: MetricColumn[] = [
    {
      heading: String(page.current.year),
      values: page.current.metrics,
      fewCases: page.current.rates,
    },
  ];
  if (page.previous)
    columns.unshift({ heading: String(page.previous.year), values: page.previous.metrics });
  return tablesHtml(language, columns, page.previous ? page.current.delta : undefined);
}

/** The overview's table of editions, one page of it. */
export function editionsTableHtml(editions: readonly EditionRow[], language: Language): string {
  return renderToStaticMarkup(<EditionsTable editions={editions} language={language} />);
}
