// The response to the follow-up per moment: invitees, answers and the rate,
// as a table; for an administrator also who has not answered (the loader
// sends names only to them). On an edition's page and on the overview.
import { useI18n } from "~/i18n/use-i18n";
import { formatPercent } from "../../core/format";
import type { MomentResponse } from "../../db/queries/followup-response.server";

export function FollowupResponse({
  moments,
  withEdition,
}: {
  moments: readonly MomentResponse[];
  /** Name the edition beside an initiative (the overview spans editions). */
  withEdition: boolean;
}) {
  const { t, language } = useI18n();
  const label = (months: number) => t("followup.response.months", { months });
  return (
    <section aria-labelledby="opvolging">
      <h2 id="opvolging">{t("followup.response.title")}</h2>
      {moments.every((m) => m.invited === 0) ? (
        <p className="empty-state">{t("followup.response.none")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table utrecht-table">
            <caption>{t("followup.response.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("followup.response.moment")}</th>
                <th scope="col">{t("followup.response.invited")}</th>
                <th scope="col">{t("followup.response.answered")}</th>
                <th scope="col">{t("followup.response.rate")}</th>
              </tr>
            </thead>
            <tbody>
              {moments.map((m) => (
                <tr key={m.months}>
                  <th scope="row">{label(m.months)}</th>
                  <td className="numeric">{m.invited}</td>
                  <td className="numeric">{m.answered}</td>
                  <td className="numeric">
                    {formatPercent(m.invited ? m.answered / m.invited : null, language)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {moments
        .filter((m) => m.missing?.length)
        .map((m) => (
          <div key={m.months}>
            <h3>
              {t("followup.response.missing")}: {label(m.months)}
            </h3>
            <ul>
              {m.missing?.map((a) => (
                <li key={`${a.edition_id}/${a.applicant_id}`}>
                  {withEdition ? `${a.initiative} (${a.edition_id})` : a.initiative}
                </li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}
