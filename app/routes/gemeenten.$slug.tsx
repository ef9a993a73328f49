// /gemeenten/:slug: one municipality over the years, with the others as benchmark.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ChartFigure } from "~/components/chart";
import { HeadlineFigures } from "~/components/headline";
import { StaticHtml } from "~/components/static-html";
import { municipalityPageData } from "~/dashboard-pages.server";
import { pageTitle } from "~/i18n/page-title";
import { useI18n } from "~/i18n/use-i18n";
import { municipalitySlug } from "~/slugs";
import { GROUP_LABELS, METRIC_GROUPS } from "../../reports/metrics/definitions";

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const { page, tables } = await municipalityPageData(request, context, params.slug ?? "");
  const { overview } = page;
  // What the page shows, no more: the tables come as HTML, the charts have
  // the figures per year, and of the others only how many editions they are.
  return {
    municipality: page.municipality,
    others: page.others && { edition_count: page.others.edition_count },
    yearRange: page.yearRange,
    overview: {
      latestYear: overview.latestYear,
      headline: overview.headline,
      charts: overview.charts,
      editions: overview.editions.map((e) => ({
        edition_id: e.edition_id,
        municipality: e.municipality,
        year: e.year,
      })),
    },
    tables,
  };
}

export default function MunicipalityPageView() {
  const page = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const { overview } = page;
  return (
    <>
      <p className="breadcrumbs">
        <Link to="/">{t("edition.back")}</Link>
      </p>
      <h1>{t("municipality.title", { municipality: page.municipality })}</h1>
      <p className="lead">{t("municipality.intro", { municipality: page.municipality })}</p>
      <ul className="edition-links">
        {overview.editions.map((e) => (
          <li key={e.edition_id}>
            <Link to={`/edities/${e.edition_id}`}>
              SOC {e.municipality} {e.year}
            </Link>
          </li>
        ))}
      </ul>
      {overview.latestYear !== null ? (
        <section aria-labelledby="kerncijfers">
          <h2 id="kerncijfers">{t("overview.headline", { year: overview.latestYear })}</h2>
          <HeadlineFigures figures={overview.headline} latestYear={overview.latestYear} />
        </section>
      ) : null}
      <section aria-labelledby="trends">
        <h2 id="trends">{t("overview.trends")}</h2>
        {overview.charts.map((chart) => (
          <ChartFigure
            key={chart.id}
            chart={chart}
            fileHref={(file) =>
              `/gemeenten/${municipalitySlug(page.municipality)}/grafieken/${file}`
            }
          />
        ))}
      </section>
      {METRIC_GROUPS.map((group) => (
        <section key={group} aria-labelledby={`groep-${group}`}>
          <h2 id={`groep-${group}`}>
            {t("municipality.group", { group: t(GROUP_LABELS[group]) })}
          </h2>
          <StaticHtml html={page.tables[group]} />
        </section>
      ))}
      <p className="hint">{t("metric.fewCasesNote")}</p>
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) =>
    data ? t("municipality.title", { municipality: data.municipality }) : null,
  );
