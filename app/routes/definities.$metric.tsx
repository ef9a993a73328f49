// /definities/:metric: one figure, explained so it can be defended in the council.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { languageOf } from "~/i18n/language.server";
import { pageTitle } from "~/i18n/page-title";
import { useI18n } from "~/i18n/use-i18n";
import { translator } from "../../core/i18n/messages";
import {
  EVALUATION_GROUP_LABEL,
  type EvaluationKey,
  evaluationDefinition,
  isEvaluationKey,
} from "../../reports/evaluation/definitions";
import {
  caseCountLabel,
  GROUP_LABELS,
  METRIC_KEYS,
  type MetricKey,
  metricDefinition,
} from "../../reports/metrics/definitions";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const key = params.metric ?? "";
  if (isEvaluationKey(key)) return { kind: "evaluation" as const, key };
  if (!METRIC_KEYS.includes(key as MetricKey)) {
    throw new Response(translator(await languageOf(request))("definitions.notFound"), {
      status: 404,
    });
  }
  return { kind: "metric" as const, key: key as MetricKey };
}

/** An evaluation figure: an estimate over a selection of editions, explained on its own. */
function EvaluationDefinitionPage({ keyName }: { keyName: EvaluationKey }) {
  const { t } = useI18n();
  const definition = evaluationDefinition(keyName);
  return (
    <article className="definition">
      <p className="breadcrumbs">
        <Link to="/definities">{t("definitions.all")}</Link> · {t(EVALUATION_GROUP_LABEL)}
      </p>
      <h1>{t(definition.label)}</h1>
      <h2>{t("definitions.formula")}</h2>
      <p>{t(definition.formula)}</p>
      <h2>{t("definitions.caveat")}</h2>
      <p>{t(definition.caveat)}</p>
      <dl className="facts">
        <dt>{t("definitions.key")}</dt>
        <dd>
          <code>{definition.key}</code>
        </dd>
      </dl>
      <p>
        <Link to="/evaluatie">{t("evaluation.page.title")}</Link>
      </p>
    </article>
  );
}

export default function DefinitionPage() {
  const data = useLoaderData<typeof loader>();
  if (data.kind === "evaluation") return <EvaluationDefinitionPage keyName={data.key} />;
  return <MetricDefinitionPage keyName={data.key} />;
}

function MetricDefinitionPage({ keyName: key }: { keyName: MetricKey }) {
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
  pageTitle(matches, (t) => {
    if (!data) return t("definitions.title");
    return t(
      data.kind === "evaluation"
        ? evaluationDefinition(data.key).label
        : metricDefinition(data.key).label,
    );
  });
