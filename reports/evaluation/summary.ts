// `impact evaluate` without --json: the evaluation in a few readable
// sentences (Dutch, or English on request). The numbers are the JSON's.
import { formatNumber, formatPercent } from "../../core/format";
import { type MessageKey, translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import type { EvaluationJson } from "./evaluate";

export function evaluationSummary(result: EvaluationJson, language: Language): string {
  const t = translator(language);
  const { rdd } = result;
  if (rdd.editions_used.length === 0 && rdd.editions_left_out.length === 0) {
    return t("evaluation.noEditions");
  }
  /** A share (0.125) as signed percentage points ("+12,5"). */
  const points = (value: number | null) =>
    value !== null && value > 0
      ? `+${formatNumber(value * 100, language, 1)}`
      : formatNumber(value === null ? null : value * 100, language, 1);
  const number = (value: number | null, decimals = 1) => formatNumber(value, language, decimals);

  const lines = [t("evaluation.title", { bandwidth: number(rdd.bandwidth) }), ""];
  if (rdd.editions_used.length > 0) {
    lines.push(
      t("evaluation.editionsUsed", {
        count: rdd.editions_used.length,
        editions: rdd.editions_used.join(", "),
      }),
    );
  }
  if (rdd.editions_left_out.length > 0) {
    const list = rdd.editions_left_out.map(({ edition_id, reason }) =>
      t(`evaluation.reason.${reason}` as MessageKey, { edition: edition_id }),
    );
    lines.push(t("evaluation.editionsLeftOut", { list: list.join("; ") }));
  }
  lines.push(t("evaluation.sample", { below: rdd.n_below, above: rdd.n_above }));
  if (rdd.reason === "too_few") lines.push(t("evaluation.tooFew"));
  else if (rdd.reason === "singular") lines.push(t("evaluation.singular"));
  else {
    lines.push(
      t("evaluation.itt", {
        itt: points(rdd.itt),
        low: points(rdd.itt_low),
        high: points(rdd.itt_high),
      }),
      t("evaluation.survivalBelow", { value: formatPercent(rdd.survival_below, language) }),
      rdd.effect_wald === null
        ? t("evaluation.awardJumpSmall", { jump: points(rdd.award_jump) })
        : t("evaluation.awardJump", {
            jump: points(rdd.award_jump),
            wald: points(rdd.effect_wald),
          }),
    );
  }
  for (const r of rdd.robustness) {
    const values = { bandwidth: number(r.bandwidth), below: r.n_below, above: r.n_above };
    lines.push(
      r.itt === null
        ? t("evaluation.robustnessNone", values)
        : t("evaluation.robustness", {
            ...values,
            itt: points(r.itt),
            low: points(r.itt_low),
            high: points(r.itt_high),
          }),
    );
  }

  const criteria = Object.entries(result.criterion_auc);
  if (criteria.length > 0) {
    lines.push("", t("evaluation.criteria"));
    for (const [criterion, auc] of criteria) {
      lines.push(
        `  ${t("evaluation.criterion", {
          criterion,
          auc: number(auc.auc, 2),
          active: auc.n_active,
          inactive: auc.n_inactive,
        })}`,
      );
    }
  }

  const c = result.funded_vs_comparison;
  const counts = { funded: c.n_funded, comparison: c.n_comparison };
  lines.push(
    "",
    c.difference === null
      ? t("evaluation.comparisonNone", counts)
      : t("evaluation.comparison", {
          ...counts,
          difference: points(c.difference),
          low: points(c.low),
          high: points(c.high),
        }),
    "",
    t("evaluation.caveat"),
  );
  return lines.join("\n");
}
