// The overview: the selected municipalities and years, headline figures with
// their change, trends as charts, and the table of editions.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { ChartFigure } from "~/components/chart";
import { FilterForm } from "~/components/filters";
import { FollowupResponse } from "~/components/followup-response";
import { HeadlineFigures } from "~/components/headline";
import { Pagination } from "~/components/pagination";
import { StaticHtml } from "~/components/static-html";
import { overviewPageData } from "~/dashboard-pages.server";
import { pageTitle } from "~/i18n/page-title";
import { useI18n } from "~/i18n/use-i18n";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { values, error, options, overview, editions, response } = await overviewPageData(
    request,
    context,
  );
  return {
    options,
    values,
    error,
    // What the page shows, no more: the figures per year are in the charts,
    // and the table of editions comes as HTML.
    overview: {
      latestYear: overview.latestYear,
      years: overview.years.map((y) => y.year),
      headline: overview.headline,
      charts: overview.charts,
    },
    editions,
    response,
  };
}

export default function Overview() {
  const { options, values, error, overview, editions, response } = useLoaderData<typeof loader>();
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
            <p className="notice notice--error utrecht-alert utrecht-alert--error" role="alert">
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
                <StaticHtml html={editions.html} />
                <Pagination page={editions} label={t("overview.editionPages")} />
              </section>
              <FollowupResponse moments={response} withEdition={true} />
            </>
          )}
        </>
      )}
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("overview.title"));
