// /edities/:editionId/kalibratie: how the edition's assessors scored beside
// each other (shared/spec/evaluation.md, "Assessor calibration"). A thin
// door: the figures are reports/calibration's; names only for administrators.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { calibrationPageData } from "~/calibration.server";
import { TableScroll } from "~/components/table-scroll";
import { pageTitle } from "~/i18n/page-title";
import { useI18n } from "~/i18n/use-i18n";
import { formatNumber } from "../../core/format";

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  return calibrationPageData(request, context, params.editionId ?? "");
}

/** A difference with its sign: "+4", "−7". */
function signed(value: number | null, text: string): string {
  return value !== null && value > 0 ? `+${text}` : text;
}

export default function CalibrationPage() {
  const page = useLoaderData<typeof loader>();
  const { t, language } = useI18n();
  const { calibration, awards } = page;
  return (
    <>
      <p className="breadcrumbs">
        <Link to={`/edities/${calibration.edition_id}`}>{t("calibration.back")}</Link>
      </p>
      <h1>{t("calibration.title", { edition: page.editionName })}</h1>
      <p className="lead">{t("calibration.intro")}</p>
      {calibration.assessors.length === 0 ? (
        <p className="empty-state">{t("calibration.none")}</p>
      ) : (
        <>
          <section aria-labelledby="beoordelaars">
            <h2 id="beoordelaars">{t("calibration.assessors")}</h2>
            {page.namesShown ? null : <p>{t("calibration.codes")}</p>}
            <TableScroll label={t("calibration.assessors")}>
              <table className="data-table utrecht-table">
                <caption>{t("calibration.assessors.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("calibration.assessor")}</th>
                    <th scope="col">{t("calibration.plans")}</th>
                    <th scope="col">{t("calibration.leniency")}</th>
                  </tr>
                </thead>
                <tbody>
                  {calibration.assessors.map((a) => (
                    <tr key={a.assessor}>
                      <th scope="row">{a.assessor}</th>
                      <td className="numeric">{a.plans}</td>
                      <td className="numeric">
                        {signed(a.leniency, formatNumber(a.leniency, language, 1))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </section>
          <section aria-labelledby="overeenstemming">
            <h2 id="overeenstemming">{t("calibration.agreement")}</h2>
            <TableScroll label={t("calibration.agreement")}>
              <table className="data-table utrecht-table">
                <caption>{t("calibration.agreement.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("calibration.criterion")}</th>
                    <th scope="col">{t("calibration.alpha")}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.agreement.map((a) => (
                    <tr key={a.key}>
                      <th scope="row">{a.label}</th>
                      <td className="numeric">{formatNumber(a.alpha, language, 2)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </section>
          <section aria-labelledby="rangorde">
            <h2 id="rangorde">{t("calibration.ranking")}</h2>
            <p>
              {calibration.flips.length > 0
                ? t("calibration.flips", { awards, applicants: calibration.flips.join(", ") })
                : t("calibration.flipsNone", { awards })}{" "}
              {t("calibration.flips.about", { awards })}
            </p>
            <TableScroll label={t("calibration.ranking")}>
              <table className="data-table utrecht-table">
                <caption>{t("calibration.ranking.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("calibration.applicant")}</th>
                    <th scope="col">{t("calibration.score")}</th>
                    <th scope="col">{t("calibration.normalised")}</th>
                    <th scope="col">{t("calibration.rank")}</th>
                    <th scope="col">{t("calibration.rankNormalised")}</th>
                  </tr>
                </thead>
                <tbody>
                  {calibration.ranking.map((r) => (
                    <tr key={r.applicant_id}>
                      <th scope="row">{r.applicant_id}</th>
                      <td className="numeric">{formatNumber(r.score, language, 1)}</td>
                      <td className="numeric">{formatNumber(r.normalised, language, 2)}</td>
                      <td className="numeric">{r.rank}</td>
                      <td className="numeric">{r.rank_normalised}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </section>
        </>
      )}
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => (data ? t("calibration.title", { edition: data.editionName }) : null));
