// /gemeenten/:slug: one municipality over the years, with the others as benchmark.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ChartFigure } from "~/components/chart";
import { HeadlineFigures } from "~/components/headline";
import { type MetricColumn, MetricTable } from "~/components/metric-table";
import { municipalityPageData } from "~/dashboard-pages.server";
import { useI18n } from "~/i18n/use-i18n";
import { municipalitySlug } from "~/slugs";
import { GROUP_LABELS, groupMetricKeys, METRIC_GROUPS } from "../../reports/metrics/definitions";

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const page = await municipalityPageData(request, context, params.slug ?? "");
  const { overview } = page;
  // What the page shows, no more: per edition its figures (not their
  // changes, only the latest edition's), no per-year sums (the charts have them).
  return {
    municipality: page.municipality,
    others: page.others,
    yearRange: page.yearRange,
    overview: {
      latestYear: overview.latestYear,
      headline: overview.headline,
      charts: overview.charts,
      editions: overview.editions.map((e) => ({
        edition_id: e.edition_id,
        municipality: e.municipality,
        year: e.year,
        metrics: e.metrics,
        rates: e.rates,
      })),
    },
    latestChange: overview.editions.at(-1)?.delta ?? null,
  };
}

export default function MunicipalityPageView() {
  const page = useLoaderData<typeof loader>();
  const { language, t } = useI18n();
  const { overview } = page;
  const columns: MetricColumn[] = overview.editions.map((e) => ({
    heading: String(e.year),
    values: e.metrics,
    fewCases: e.rates,
  }));
  if (page.others && page.yearRange) {
    columns.push({
      heading: t("municipality.others", { years: `${page.yearRange[0]}–${page.yearRange[1]}` }),
      values: page.others.metrics,
      fewCases: page.others.rates,
    });
  }
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
            {t("municipality.group", { group: GROUP_LABELS[group][language] })}
          </h2>
          <MetricTable
            caption={GROUP_LABELS[group][language]}
            keys={groupMetricKeys(group)}
            columns={columns}
            change={page.latestChange ?? undefined}
          />
        </section>
      ))}
      <p className="hint">{t("metric.fewCasesNote")}</p>
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `SOC ${data.municipality} · SOC Impactmonitor` : "SOC Impactmonitor" },
];
