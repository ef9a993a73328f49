// /definities: every figure of the metric catalogue, by group, and the evaluation's figures.
import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { pageTitle } from "~/i18n/page-title";
import { useI18n } from "~/i18n/use-i18n";
import {
  EVALUATION_DEFINITIONS,
  EVALUATION_GROUP_LABEL,
} from "../../reports/evaluation/definitions";
import { GROUP_LABELS, METRIC_DEFINITIONS, METRIC_GROUPS } from "../../reports/metrics/definitions";

export default function Definitions() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t("definitions.title")}</h1>
      <p className="lead">{t("definitions.intro")}</p>
      {METRIC_GROUPS.map((group) => (
        <section key={group} aria-labelledby={`groep-${group}`}>
          <h2 id={`groep-${group}`}>{t(GROUP_LABELS[group])}</h2>
          <ul className="definition-list">
            {METRIC_DEFINITIONS.filter((d) => d.group === group).map((d) => (
              <li key={d.key}>
                <Link to={`/definities/${d.key}`}>{t(d.label)}</Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <section aria-labelledby="groep-evaluatie">
        <h2 id="groep-evaluatie">{t(EVALUATION_GROUP_LABEL)}</h2>
        <ul className="definition-list">
          {EVALUATION_DEFINITIONS.map((d) => (
            <li key={d.key}>
              <Link to={`/definities/${d.key}`}>{t(d.label)}</Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

export const meta: MetaFunction = ({ matches }) =>
  pageTitle(matches, (t) => t("definitions.title"));
