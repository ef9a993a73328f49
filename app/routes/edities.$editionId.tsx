// /edities/:editionId: one edition, every figure beside the previous edition's.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { ChartFigure } from "~/components/chart";
import { CriteriaTable } from "~/components/criteria-table";
import { FollowupResponse } from "~/components/followup-response";
import { StaticHtml } from "~/components/static-html";
import { editionPageData } from "~/dashboard-pages.server";
import { pageTitle } from "~/i18n/page-title";
import { useI18n } from "~/i18n/use-i18n";
import type { loader as rootLoader } from "~/root";
import { municipalitySlug } from "~/slugs";
import { formatEuro, formatNumber, formatPercent } from "../../core/format";
import type { MetricGroup } from "../../reports/metrics/definitions";

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const { page, tables, weightedAgreement, response } = await editionPageData(
    request,
    context,
    params.editionId ?? "",
  );
  // What the page shows, no more: the figures are in the tables' HTML.
  return {
    details: page.details,
    charts: page.charts,
    hasOutcomes: Boolean(page.current.metrics.followed_12m),
    predictive: page.predictive,
    weightedAgreement,
    tables,
    response,
  };
}

/** A group of metrics: its heading, what the page shows with it, and its table. */
function Section({
  id,
  title,
  group,
  children,
}: {
  id: string;
  title: string;
  group: MetricGroup;
  children?: React.ReactNode;
}) {
  const page = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
      <StaticHtml html={page.tables[group]} />
    </section>
  );
}

export default function EditionPageView() {
  const page = useLoaderData<typeof loader>();
  const { language, t } = useI18n();
  const { edition } = page.details;
  // The registrations', letters' and assessment pages are for administrators; their links only where they open.
  const admin = useRouteLoaderData<typeof rootLoader>("root")?.user?.role === "admin";
  const fileHref = (file: string) => `/edities/${edition.edition_id}/grafieken/${file}`;
  return (
    <>
      <p className="breadcrumbs">
        <Link to="/">{t("edition.back")}</Link> ·{" "}
        <Link to={`/gemeenten/${municipalitySlug(edition.municipality)}`}>
          {t("edition.municipality", { municipality: edition.municipality })}
        </Link>{" "}
        · <Link to={`/edities/${edition.edition_id}/factsheet`}>{t("edition.factsheet")}</Link>
        {admin ? (
          <>
            {" "}
            ·{" "}
            <Link to={`/beheer/aanmeldingen/${edition.edition_id}`}>{t("registrations.nav")}</Link>
          </>
        ) : null}
      </p>
      <h1>{edition.name}</h1>
      <p className="lead">
        {t("edition.facts", {
          budget: formatEuro(edition.budget_eur, language, false),
          share: formatPercent(edition.max_share, language),
          scale: edition.score_scale_max,
        })}{" "}
        {edition.themes.length ? t("edition.themes", { themes: edition.themes.join(", ") }) : null}
      </p>
      <Section id="trechter" title={t("edition.funnel")} group="funnel">
        <ChartFigure chart={page.charts.funnel} fileHref={fileHref} />
      </Section>
      <Section id="geld" title={t("edition.money")} group="funding">
        <ChartFigure chart={page.charts.shares} fileHref={fileHref} />
        <ChartFigure chart={page.charts.leverage} fileHref={fileHref} />
      </Section>
      <section aria-labelledby="herkomst">
        <h2 id="herkomst">{t("edition.origins")}</h2>
        <ChartFigure chart={page.charts.themes} fileHref={fileHref} />
        <ChartFigure chart={page.charts.districts} fileHref={fileHref} />
      </section>
      <Section id="resultaten" title={t("edition.outcomes")} group="outcomes">
        {page.hasOutcomes ? null : <p className="empty-state">{t("edition.outcomesNone")}</p>}
      </Section>
      <FollowupResponse moments={page.response} withEdition={false} />
      <Section id="beoordeling" title={t("edition.assessment")} group="assessment">
        <p>
          {t("calibration.linkAgreement", {
            alpha: formatNumber(page.weightedAgreement, language, 2),
          })}{" "}
          <Link to={`/edities/${edition.edition_id}/kalibratie`}>{t("calibration.link")}</Link>
        </p>
        {admin ? (
          <p>
            <Link to={`/edities/${edition.edition_id}/brieven`}>{t("letters.page.link")}</Link>
            {" · "}
            <Link to={`/beheer/beoordeling/${edition.edition_id}`}>{t("scoring.admin.link")}</Link>
          </p>
        ) : null}
        {page.predictive.some((c) => c.auc.n_active + c.auc.n_inactive > 0) ? (
          <>
            <h3>{t("evaluation.page.editionAuc")}</h3>
            <p>{t("evaluation.page.editionAucIntro")}</p>
            <CriteriaTable
              criteria={page.predictive}
              caption={t("evaluation.page.criteria.caption")}
            />
          </>
        ) : null}
      </Section>
      <Section id="programma" title={t("edition.programme")} group="programme">
        <ChartFigure chart={page.charts.activities} fileHref={fileHref} />
        <h3>{t("edition.quotes")}</h3>
        {page.details.quotes.length ? (
          <ul className="quotes">
            {page.details.quotes.map((quote) => (
              <li key={quote}>
                <blockquote>{quote}</blockquote>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("edition.noQuotes")}</p>
        )}
      </Section>
      <Section id="gemeenschap" title={t("edition.community")} group="community" />
      <section aria-labelledby="verhalen">
        <h2 id="verhalen">{t("edition.stories")}</h2>
        {page.details.stories.length ? (
          page.details.stories.map((story) => (
            <article key={story.title} className="story">
              <h3>{story.title}</h3>
              <p>{story.summary}</p>
              {story.quote ? <blockquote>{story.quote}</blockquote> : null}
            </article>
          ))
        ) : (
          <p>{t("edition.noStories")}</p>
        )}
      </section>
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, () => data?.details.edition.name ?? null);
