// The factsheet as a document: two A4 pages, the same for the web, print and
// PDF. Plain React without Remix, so the command line can render it too.
import type { ReactNode } from "react";
import { formatDate } from "../../core/format";
import { translator } from "../../core/i18n/messages";
import { coverageNote } from "../metrics/coverage";
import { type MetricKey, metricDefinition } from "../metrics/definitions";
import { formatMetricValue } from "../metrics/format-metric";
import { publicCount } from "../metrics/small-numbers";
import type { FactsheetModel } from "./model.server";

const KEY_FIGURES: MetricKey[] = [
  "registrations",
  "awarded",
  "microcredit_total",
  "leverage",
  "survival_12m",
  "beneficiaries_12m",
];
const MONEY: MetricKey[] = [
  "budget",
  "microcredit_total",
  "microcredit_mean",
  "microcredit_median",
  "public_share",
  "leverage",
  "cofunding_per_euro",
  "follow_on_funding_12m",
  "total_leverage",
];
const OUTCOMES: MetricKey[] = [
  "followed_12m",
  "survival_12m",
  "survival_12m_unfunded",
  "jobs_fte_12m",
  "jobs_distance_fte_12m",
  "volunteers_12m",
  "beneficiaries_12m",
  "cost_per_beneficiary",
];
const PROGRAMME: MetricKey[] = [
  "activities",
  "activity_hours",
  "activity_participants",
  "respondents",
  "satisfaction_mean",
  "nps",
];

/** A metric as this factsheet shows it: small counts suppressed in public versions. */
function show(model: FactsheetModel, key: MetricKey, value: number | null): string {
  const { unit } = metricDefinition(key);
  if (unit === "count" && model.audience === "public") {
    const shown = publicCount(value);
    if (typeof shown === "string") return shown;
  }
  return formatMetricValue(unit, value, model.language);
}

/** Beside survival, how many were followed; public versions show small counts as `<5`. */
function Note({
  model,
  keyName,
  figures,
}: {
  model: FactsheetModel;
  keyName: MetricKey;
  figures: FactsheetModel["current"]["metrics"];
}) {
  const note = coverageNote(keyName, figures, model.language, {
    suppressSmallCounts: model.audience === "public",
  });
  return note ? <small className="note">{note}</small> : null;
}

function fewCases(model: FactsheetModel, key: MetricKey): string {
  const rate = model.current.rates[key as keyof FactsheetModel["current"]["rates"]];
  return rate?.few_cases ? "*" : "";
}

function comparisonLabel(model: FactsheetModel): string | null {
  const c = model.comparison;
  if (!c) return null;
  return c.municipality === model.edition.municipality
    ? String(c.year)
    : `${c.municipality} ${c.year}`;
}

function FigureTable({
  model,
  caption,
  keys,
}: {
  model: FactsheetModel;
  caption: string;
  keys: MetricKey[];
}) {
  const t = translator(model.language);
  const label = comparisonLabel(model);
  return (
    // A section with a name is a region: on a narrow screen the table scrolls inside it, by keyboard too.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="table-scroll" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("document.figure")}</th>
            <th scope="col" className="num">
              {model.edition.year}
            </th>
            {label ? (
              <th scope="col" className="num">
                {label}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key}>
              <th scope="row">{t(metricDefinition(key).label)}</th>
              <td className="num">
                {show(model, key, model.current.metrics[key])}
                {fewCases(model, key)}
                <Note model={model} keyName={key} figures={model.current.metrics} />
              </td>
              {model.comparison ? (
                <td className="num">
                  {show(model, key, model.comparison.metrics[key])}
                  <Note model={model} keyName={key} figures={model.comparison.metrics} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Chart({ chart }: { chart: FactsheetModel["charts"]["funnel"] }) {
  return (
    <figure className="chart">
      <figcaption>{chart.title}</figcaption>
      <div
        className={chart.narrowSvg ? "chart-wide" : undefined}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: SVG rendered on our own server from our own data
        dangerouslySetInnerHTML={{ __html: chart.svg }}
      />
      {/* On a phone screen the chart drawn for that width; print and PDF use the wide one. */}
      {chart.narrowSvg ? (
        <div
          className="chart-narrow"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: SVG rendered on our own server from our own data
          dangerouslySetInnerHTML={{ __html: chart.narrowSvg }}
        />
      ) : null}
    </figure>
  );
}

/** The funnel chart would show counts of 1–4 as bars: not in a public factsheet. */
function funnelShowsSmallCounts(model: FactsheetModel): boolean {
  if (model.audience !== "public") return false;
  const m = model.current.metrics;
  return [m.registrations, m.intakes, m.plans, m.awarded].some((v) => v !== null && v > 0 && v < 5);
}

function Page({ children, last }: { children: ReactNode; last?: boolean }) {
  return <section className={last ? "page page--last" : "page"}>{children}</section>;
}

export function FactsheetDocument({ model }: { model: FactsheetModel }) {
  const t = translator(model.language);
  const { edition, language } = model;
  const label = comparisonLabel(model);
  const date = (iso: string | null) => formatDate(iso, language);
  return (
    <article className="factsheet" lang={language}>
      <Page>
        <header>
          <p className="kicker">
            {t("document.kicker")}
            {model.audience === "public" ? ` · ${t("document.public")}` : ""}
          </p>
          <h1>{t("document.title", { name: edition.name })}</h1>
          {edition.launched_on || edition.finale_on ? (
            <p className="dates">
              {t("document.dates", {
                launched: date(edition.launched_on),
                finale: date(edition.finale_on),
              })}
            </p>
          ) : null}
        </header>
        <div className="narrative">
          {model.narrative.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </div>
        <h2>
          {t("document.keyFigures")}
          {label ? (
            <span className="subtle"> ({t("document.comparedWith", { label })})</span>
          ) : null}
        </h2>
        <ul className="key-figures">
          {KEY_FIGURES.map((key) => (
            <li key={key}>
              <span className="label">{t(metricDefinition(key).label)}</span>
              <span className="value">
                {show(model, key, model.current.metrics[key])}
                {fewCases(model, key)}
              </span>
              <Note model={model} keyName={key} figures={model.current.metrics} />
              {model.comparison ? (
                <span className="before">
                  {label}: {show(model, key, model.comparison.metrics[key])}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
        {funnelShowsSmallCounts(model) ? null : <Chart chart={model.charts.funnel} />}
        {edition.themes.length ? (
          <p>
            <strong>{t("document.themes")}:</strong> {edition.themes.join(" · ")}
          </p>
        ) : null}
      </Page>
      <Page last>
        <div className="columns">
          <FigureTable model={model} caption={t("document.money")} keys={MONEY} />
          <FigureTable model={model} caption={t("document.outcomes")} keys={OUTCOMES} />
        </div>
        <Chart chart={model.charts.leverage} />
        <div className="columns">
          <FigureTable model={model} caption={t("document.programme")} keys={PROGRAMME} />
          <div>
            {model.quotes.length ? (
              <>
                <h2>{t("document.experiences")}</h2>
                {model.quotes.map((quote) => (
                  <blockquote key={quote}>{quote}</blockquote>
                ))}
              </>
            ) : null}
          </div>
        </div>
        {model.stories.length ? (
          <>
            <h2>{t("document.stories")}</h2>
            <div className="columns">
              {model.stories.map((story) => (
                <div key={story.title} className="story">
                  <h3>{story.title}</h3>
                  <p>{story.summary}</p>
                </div>
              ))}
            </div>
          </>
        ) : null}
        <footer className="method">
          <h2>{t("document.method")}</h2>
          <p>
            {t("document.methodText")}{" "}
            {model.dataAsOf
              ? t("document.dataAsOf", {
                  file: model.dataAsOf.file_name,
                  id: model.dataAsOf.import_id,
                  at: date(model.dataAsOf.imported_at.slice(0, 10)),
                })
              : t("document.noImport")}{" "}
            {t("document.generated", { at: date(model.generatedAt.slice(0, 10)) })}
          </p>
        </footer>
      </Page>
    </article>
  );
}
