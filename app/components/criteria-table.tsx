// What each criterion predicts of 12-month survival (shared/spec/evaluation.md):
// the AUC with its counts as a table, and a plain sentence per criterion.
// On /evaluatie and on an edition's page.
import { useI18n } from "~/i18n/use-i18n";
import { formatNumber } from "../../core/format";
import type { CriterionView } from "../../reports/evaluation/page.server";

export function CriteriaTable({
  criteria,
  caption,
}: {
  criteria: readonly CriterionView[];
  caption: string;
}) {
  const { t, language } = useI18n();
  return (
    <>
      <div className="table-scroll">
        <table className="data-table utrecht-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("evaluation.page.criterion")}</th>
              <th scope="col">{t("evaluation.page.auc")}</th>
              <th scope="col">{t("evaluation.page.nActive")}</th>
              <th scope="col">{t("evaluation.page.nInactive")}</th>
            </tr>
          </thead>
          <tbody>
            {criteria.map((c) => (
              <tr key={c.key}>
                <th scope="row">{c.name}</th>
                <td className="numeric">{formatNumber(c.auc.auc, language, 2)}</td>
                <td className="numeric">{c.auc.n_active}</td>
                <td className="numeric">{c.auc.n_inactive}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="statements">
        {criteria.map((c) => (
          <li key={c.key}>{c.statement}</li>
        ))}
      </ul>
    </>
  );
}
