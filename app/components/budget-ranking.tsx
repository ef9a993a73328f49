// The ranking against the budget on the administrator's assessment page:
// the plans in score order, what each can get, the running total, and the
// line where the budget runs out as a row of its own (words and a thick rule,
// not colour alone). The figures are reports/selection/budget-line.ts's.
import { Fragment } from "react";
import { TableScroll } from "~/components/table-scroll";
import { useI18n } from "~/i18n/use-i18n";
import { formatEuro, formatNumber, formatPercent } from "../../core/format";
import type { BudgetLine } from "../../reports/selection/budget-line";

export function BudgetRanking({
  ranking,
  budgetEur,
  maxShare,
}: {
  ranking: readonly BudgetLine[];
  budgetEur: number;
  maxShare: number;
}) {
  const { t, language } = useI18n();
  const euro = (value: number) => formatEuro(value, language);
  const inside = ranking.filter((r) => r.within);
  const total = inside.at(-1)?.running_total ?? 0;
  const line = (
    <tr className="budget-line">
      <td colSpan={6}>
        {t("scoring.ranking.line", {
          total: euro(total),
          budget: euro(budgetEur),
          left: euro(budgetEur - total),
        })}
      </td>
    </tr>
  );
  return (
    <section aria-labelledby="rangorde">
      <h2 id="rangorde">{t("scoring.ranking.title")}</h2>
      <p>{t("scoring.ranking.intro", { share: formatPercent(maxShare, language) })}</p>
      {ranking.length === 0 ? (
        <p>{t("scoring.ranking.none")}</p>
      ) : (
        <TableScroll label={t("scoring.ranking.title")}>
          <table className="data-table utrecht-table">
            <caption>{t("scoring.ranking.caption", { budget: euro(budgetEur) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("scoring.col.rank")}</th>
                <th scope="col">{t("scoring.col.initiative")}</th>
                <th scope="col">{t("scoring.col.score")}</th>
                <th scope="col">{t("scoring.col.amount")}</th>
                <th scope="col">{t("scoring.col.total")}</th>
                <th scope="col">{t("scoring.col.within")}</th>
              </tr>
            </thead>
            <tbody>
              {ranking.map((r, index) => (
                <Fragment key={r.applicant_id}>
                  <tr>
                    <td className="numeric">{index + 1}</td>
                    <th scope="row">
                      {r.initiative} ({r.applicant_id})
                    </th>
                    <td className="numeric">{formatNumber(r.score, language, 1)}</td>
                    <td className="numeric">
                      {r.amount === null ? t("scoring.ranking.unknown") : euro(r.amount)}
                      {r.capped && r.requested_eur !== null
                        ? ` (${t("scoring.ranking.capped", { requested: euro(r.requested_eur) })})`
                        : null}
                    </td>
                    <td className="numeric">{euro(r.running_total)}</td>
                    <td>{t(r.within ? "scoring.ranking.within" : "scoring.ranking.outside")}</td>
                  </tr>
                  {index === inside.length - 1 ? line : null}
                </Fragment>
              ))}
              {inside.length === 0 ? line : null}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
