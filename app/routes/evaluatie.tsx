// /evaluatie: does the microcredit work? The effect at the budget line
// (shared/spec/evaluation.md) in plain words, with its chart, its interval,
// the estimate at other bandwidths, what each criterion predicts and what it
// cannot say. The dashboards' filter and a bandwidth come as query
// parameters; a municipality user sees their own editions only.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { ChartFigure } from "~/components/chart";
import { CriteriaTable } from "~/components/criteria-table";
import { FilterForm } from "~/components/filters";
import { evaluationPageData } from "~/evaluation.server";
import { pageTitle } from "~/i18n/page-title";
import { useI18n } from "~/i18n/use-i18n";
import { formatNumber, formatPercent } from "../../core/format";
import type { Language } from "../../core/language";

export async function loader({ request, context }: LoaderFunctionArgs) {
  return evaluationPageData(request, context);
}

type Page = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>["page"]>;

/** Signed percentage points ("+12,5"); "–" for nothing. */
function points(value: number | null, language: Language): string {
  const text = formatNumber(value === null ? null : value * 100, language, 1);
  return value !== null && value > 0 ? `+${text}` : text;
}

function Estimate({ page }: { page: Page }) {
  const { t, language } = useI18n();
  const { rdd } = page.result;
  const location = useLocation();
  if (rdd.reason === "too_few") {
    return (
      <p className="notice" role="status">
        {t("evaluation.page.tooFew", { below: rdd.n_below, above: rdd.n_above })}
      </p>
    );
  }
  const pp = (value: number | null) =>
    t("evaluation.page.points", { value: points(value, language) });
  return (
    <>
      {rdd.reason === "singular" ? <p className="notice">{t("evaluation.singular")}</p> : null}
      {page.chart ? (
        <>
          <ChartFigure
            chart={page.chart}
            fileHref={(file) => `/evaluatie/grafieken/${file}${location.search}`}
          />
          <p className="hint">{t("evaluation.page.chart.legendDots")}</p>
        </>
      ) : null}
      {rdd.itt === null ? null : (
        <dl className="facts">
          <dt>{t("evaluation.page.itt")}</dt>
          <dd>{pp(rdd.itt)}</dd>
          <dt>{t("evaluation.page.interval")}</dt>
          <dd>
            {t("evaluation.page.range", {
              low: points(rdd.itt_low, language),
              high: points(rdd.itt_high, language),
            })}
          </dd>
          <dt>{t("evaluation.page.survivalBelow")}</dt>
          <dd>{formatPercent(rdd.survival_below, language, 1)}</dd>
          <dt>{t("evaluation.page.awardJump")}</dt>
          <dd>{pp(rdd.award_jump)}</dd>
          <dt>{t("evaluation.page.wald")}</dt>
          <dd>{rdd.effect_wald === null ? t("evaluation.page.waldNone") : pp(rdd.effect_wald)}</dd>
          <dt>{t("evaluation.page.nBelow")}</dt>
          <dd>{rdd.n_below}</dd>
          <dt>{t("evaluation.page.nAbove")}</dt>
          <dd>{rdd.n_above}</dd>
        </dl>
      )}
    </>
  );
}

function Robustness({ page }: { page: Page }) {
  const { t, language } = useI18n();
  const { rdd } = page.result;
  const rows = [
    {
      bandwidth: rdd.bandwidth,
      itt: rdd.itt,
      itt_low: rdd.itt_low,
      itt_high: rdd.itt_high,
      n_below: rdd.n_below,
      n_above: rdd.n_above,
    },
    ...rdd.robustness,
  ].sort((a, b) => a.bandwidth - b.bandwidth);
  return (
    <section aria-labelledby="robuustheid">
      <h2 id="robuustheid">{t("evaluation.page.robustness")}</h2>
      <p>{t("evaluation.page.robustnessIntro")}</p>
      <div className="table-scroll">
        <table className="data-table utrecht-table">
          <caption>{t("evaluation.page.robustness.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("evaluation.page.robustness.bandwidth")}</th>
              <th scope="col">{t("evaluation.page.itt")}</th>
              <th scope="col">{t("evaluation.page.interval")}</th>
              <th scope="col">{t("evaluation.page.nBelow")}</th>
              <th scope="col">{t("evaluation.page.nAbove")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.bandwidth}>
                <th scope="row">{formatNumber(r.bandwidth, language, 2)}</th>
                <td className="numeric">{r.itt === null ? "–" : points(r.itt, language)}</td>
                <td className="numeric">
                  {r.itt === null
                    ? "–"
                    : t("evaluation.page.range", {
                        low: points(r.itt_low, language),
                        high: points(r.itt_high, language),
                      })}
                </td>
                <td className="numeric">{r.n_below}</td>
                <td className="numeric">{r.n_above}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export default function Evaluation() {
  const { options, values, bandwidth, errors, page } = useLoaderData<typeof loader>();
  const { t, language } = useI18n();
  const comparison = page?.result.funded_vs_comparison;
  const rdd = page?.result.rdd;
  const empty = rdd ? rdd.editions_used.length === 0 && rdd.editions_left_out.length === 0 : true;
  return (
    <>
      <h1>{t("evaluation.page.title")}</h1>
      <p className="lead">{t("evaluation.page.intro")}</p>
      <FilterForm options={options} values={values} action="/evaluatie">
        <div className="field">
          <label htmlFor="f-bandwidth">{t("evaluation.page.bandwidth")}</label>
          <input
            id="f-bandwidth"
            name="bandwidth"
            inputMode="decimal"
            defaultValue={bandwidth}
            placeholder="15"
            aria-describedby="f-bandwidth-hint"
          />
          <p id="f-bandwidth-hint" className="hint">
            {t("evaluation.page.bandwidthHint")}
          </p>
        </div>
      </FilterForm>
      {errors.map((message) => (
        <p key={message} className="notice notice--error" role="alert">
          {message}
        </p>
      ))}
      {!page || !rdd || empty ? (
        <p className="empty-state">{t("evaluation.page.noEditions")}</p>
      ) : (
        <>
          <section aria-labelledby="schatting">
            <h2 id="schatting">{t("evaluation.page.estimate")}</h2>
            {rdd.editions_used.length > 0 ? (
              <p>{t("evaluation.page.editions", { editions: rdd.editions_used.join(", ") })}</p>
            ) : null}
            {rdd.editions_left_out.length > 0 ? (
              <p className="hint">
                {t("evaluation.editionsLeftOut", {
                  list: rdd.editions_left_out
                    .map(({ edition_id, reason }) =>
                      t(`evaluation.reason.${reason}`, { edition: edition_id }),
                    )
                    .join("; "),
                })}
              </p>
            ) : null}
            <Estimate page={page} />
          </section>
          <Robustness page={page} />
          <section aria-labelledby="criteria">
            <h2 id="criteria">{t("evaluation.page.criteria")}</h2>
            <p>{t("evaluation.page.criteriaIntro")}</p>
            {page.criteria.length === 0 ? (
              <p>{t("evaluation.page.criteriaNone")}</p>
            ) : (
              <CriteriaTable
                criteria={page.criteria}
                caption={t("evaluation.page.criteria.caption")}
              />
            )}
          </section>
          {comparison ? (
            <section aria-labelledby="vergelijking">
              <h2 id="vergelijking">{t("evaluation.page.comparison")}</h2>
              <p>
                {comparison.difference === null
                  ? t("evaluation.page.comparisonNone", {
                      funded: comparison.n_funded,
                      comparison: comparison.n_comparison,
                    })
                  : t("evaluation.page.comparisonText", {
                      difference: points(comparison.difference, language),
                      low: points(comparison.low, language),
                      high: points(comparison.high, language),
                      funded: comparison.n_funded,
                      comparison: comparison.n_comparison,
                    })}
              </p>
            </section>
          ) : null}
        </>
      )}
      <section aria-labelledby="beperkingen">
        <h2 id="beperkingen">{t("evaluation.page.cannot")}</h2>
        <ul>
          <li>{t("evaluation.page.cannot1")}</li>
          <li>{t("evaluation.page.cannot2")}</li>
          <li>{t("evaluation.page.cannot3")}</li>
          <li>{t("evaluation.page.cannot4")}</li>
        </ul>
        <p>
          <Link to="/definities#groep-evaluatie">{t("evaluation.page.definitions")}</Link>
        </p>
      </section>
    </>
  );
}

export const meta: MetaFunction = ({ matches }) =>
  pageTitle(matches, (t) => t("evaluation.page.title"));
