// /definities/:metric: one figure, explained so it can be defended in the council.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { languageOf } from "~/i18n/language.server";
import { pageTitle } from "~/i18n/page-title";
import { useI18n } from "~/i18n/use-i18n";
import { translator } from "../../core/i18n/messages";
import {
  caseCountLabel,
  GROUP_LABELS,
  METRIC_KEYS,
  type MetricKey,
  metricDefinition,
} from "../../reports/metrics/definitions";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const key = params.metric as MetricKey;
  if (!METRIC_KEYS.includes(key)) {
    throw new Response(translator(await languageOf(request))("definitions.notFound"), {
      status: 404,
    });
  }
  return { key };
}

export default function DefinitionPage() {
  const { key } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const definition = metricDefinition(key);
  return (
    <article className="definition">
      <p className="breadcrumbs">
        <Link to="/definities">{t("definitions.all")}</Link> · {t(GROUP_LABELS[definition.group])}
      </p>
      <h1>{t(definition.label)}</h1>
      <h2>{t("definitions.formula")}</h2>
      <p>{t(definition.formula)}</p>
      <h2>{t("definitions.caveat")}</h2>
      <p>{t(definition.caveat)}</p>
      <dl className="facts">
        <dt>{t("definitions.unit")}</dt>
        <dd>{t(`unit.${definition.unit}`)}</dd>
        {definition.n ? (
          <>
            <dt>{t("definitions.basis")}</dt>
            <dd>{t(caseCountLabel(definition.n))}</dd>
          </>
        ) : null}
        <dt>{t("definitions.key")}</dt>
        <dd>
          <code>{definition.key}</code>
        </dd>
      </dl>
    </article>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => (data ? t(metricDefinition(data.key).label) : t("definitions.title")));
