import { Link } from "@remix-run/react";
import { useI18n } from "~/i18n/use-i18n";
import type { Headline } from "../../reports/dashboard/overview.server";
import { metricDefinition } from "../../reports/metrics/definitions";
import { formatMetricDelta, formatMetricValue } from "../../reports/metrics/format-metric";

/** Headline figures: value, change against the year before, link to the definition. */
export function HeadlineFigures({
  figures,
  latestYear,
}: {
  figures: Headline[];
  latestYear: number;
}) {
  const { language, t } = useI18n();
  return (
    <ul className="headline">
      {figures.map((figure) => {
        const definition = metricDefinition(figure.key);
        return (
          <li key={figure.key} className="headline__item">
            <Link to={`/definities/${figure.key}`} className="headline__label">
              {t(definition.label)}
            </Link>
            {figure.year !== null && figure.year !== latestYear ? (
              <span className="headline__year">{t("metric.ofYear", { year: figure.year })}</span>
            ) : null}
            <span className="headline__value">
              {formatMetricValue(definition.unit, figure.value, language)}
              {figure.few_cases ? (
                <abbr className="few-cases" title={t("metric.fewCases")}>
                  *
                </abbr>
              ) : null}
            </span>
            {figure.note ? <span className="headline__note">{figure.note}</span> : null}
            {figure.year !== null && figure.delta !== null ? (
              <span className="headline__change">
                {t("metric.changeSince", {
                  change: formatMetricDelta(definition.unit, figure.delta, language),
                  year: figure.year - 1,
                })}
              </span>
            ) : (
              <span className="headline__change">{t("metric.noChange")}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
