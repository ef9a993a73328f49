// The overview: the selected municipalities and years, headline figures with
// their change, trends as charts, and the table of editions.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { ChartFigure } from "~/components/chart";
import { FilterForm } from "~/components/filters";
import { HeadlineFigures } from "~/components/headline";
import { Pagination } from "~/components/pagination";
import { overviewPageData } from "~/dashboard-pages.server";
import { translator } from "~/i18n/messages";
import { useI18n } from "~/i18n/use-i18n";
import { pageOf } from "~/pagination";
import { municipalitySlug } from "~/slugs";
import type { EditionMetrics } from "../../reports/metrics/compute";
import { metricDefinition } from "../../reports/metrics/definitions";
import { formatMetricValue } from "../../reports/metrics/format-metric";

const TABLE_METRICS = [
  "registrations",
  "awarded",
  "microcredit_total",
  "leverage",
  "survival_12m",
] as const;

/** Enough to scan, few enough to read; at national scale a year has hundreds. */
const EDITIONS_PER_PAGE = 50;

function tableRow(edition: EditionMetrics) {
  const metrics = Object.fromEntries(TABLE_METRICS.map((key) => [key, edition.metrics[key]]));
  return {
    edition_id: edition.edition_id,
    municipality: edition.municipality,
    year: edition.year,
    metrics: metrics as Record<(typeof TABLE_METRICS)[number], number | null>,
  };
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { url, values, error, options, overview } = await overviewPageData(request, context);
  const editions = pageOf(overview.editions, url, EDITIONS_PER_PAGE);
  return {
    options,
    values,
    error,
    // What the page shows, no more: the figures per year are in the charts,
    // and the table shows a few metrics of each edition, not the catalogue.
    overview: {
      latestYear: overview.latestYear,
      years: overview.years.map((y) => y.year),
      headline: overview.headline,
      charts: overview.charts,
    },
    editions: { ...editions, rows: editions.rows.map(tableRow) },
  };
}

function EditionsTable({ editions }: { editions: ReturnType<typeof tableRow>[] }) {
  const { language, t } = useI18n();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{t("editions.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("editions.name")}</th>
            <th scope="col">{t("editions.municipality")}</th>
            <th scope="col">{t("editions.year")}</th>
            {TABLE_METRICS.map((key) => (
              <th key={key} scope="col" className="numeric">
                <Link to={`/definities/${key}`}>{metricDefinition(key).label[language]}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {editions.map((edition) => (
            <tr key={edition.edition_id}>
              <th scope="row">
                <Link to={`/edities/${edition.edition_id}`}>
                  SOC {edition.municipality} {edition.year}
                </Link>
              </th>
              <td>
                <Link to={`/gemeenten/${municipalitySlug(edition.municipality)}`}>
                  {edition.municipality}
                </Link>
              </td>
              <td>{edition.year}</td>
              {TABLE_METRICS.map((key) => (
                <td key={key} className="numeric">
                  {formatMetricValue(metricDefinition(key).unit, edition.metrics[key], language)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function Overview() {
  const { options, values, error, overview, editions } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  // The chart downloads take the same filters as the page.
  const location = useLocation();
  const empty = options.municipalities.length === 0;
  return (
    <>
      <h1>{t("overview.title")}</h1>
      <p className="lead">{t("overview.intro")}</p>
      {empty ? (
        <p className="empty-state">
          {t("overview.empty")} <Link to="/import">{t("nav.import")}</Link>
        </p>
      ) : (
        <>
          <FilterForm options={options} values={values} action="/" />
          {error ? (
            <p className="notice notice--error" role="alert">
              {t("filters.invalid", { message: error })}
            </p>
          ) : null}
          {overview.latestYear === null ? (
            <p className="empty-state">{t("overview.noMatch")}</p>
          ) : (
            <>
              <section aria-labelledby="kerncijfers">
                <h2 id="kerncijfers">{t("overview.headline", { year: overview.latestYear })}</h2>
                <HeadlineFigures figures={overview.headline} latestYear={overview.latestYear} />
                <p className="hint">{t("metric.fewCasesNote")}</p>
              </section>
              <section aria-labelledby="trends">
                <h2 id="trends">{t("overview.trends")}</h2>
                {overview.charts.map((chart) => (
                  <ChartFigure
                    key={chart.id}
                    chart={chart}
                    fileHref={(file) => `/grafieken/${file}${location.search}`}
                  />
                ))}
              </section>
              <section aria-labelledby="edities">
                <h2 id="edities">{t("overview.editions")}</h2>
                {values.municipality ? null : (
                  <p className="hint">{t("overview.latestOnly", { year: overview.latestYear })}</p>
                )}
                <EditionsTable editions={editions.rows} />
                <Pagination page={editions} label={t("overview.editionPages")} />
              </section>
            </>
          )}
        </>
      )}
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as { language?: "nl" | "en" } | undefined;
  const t = translator(root?.language ?? "nl");
  return [{ title: `${t("overview.title")} · ${t("app.name")}` }];
};
