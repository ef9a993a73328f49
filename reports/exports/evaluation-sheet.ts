// The evaluation sheet: the figures of shared/spec/evaluation.md over the
// export's editions (the effect at the budget line at the default bandwidth
// and beside it, the AUC per criterion, funded against the comparison
// group), one row per figure. Aggregates only: no row points at an
// applicant, and in a research export counts of 1 to 4 show as <5.
import { translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import { EVALUATION_KEYS } from "../evaluation/definitions";
import type { EvaluationJson } from "../evaluation/evaluate";
import { publicCount } from "../metrics/small-numbers";
import type { DescribedColumn, DescribedSheet } from "./codebook";
import type { ExportScope } from "./scope";
import { type Cell, type CellKind, columnWidth } from "./sheet";

/** The sheet's columns, in order; the headers are the same in every language, as the JSON's names. */
export const EVALUATION_COLUMNS = [
  "figure",
  "criterion",
  "bandwidth",
  "value",
  "low",
  "high",
  "n_1",
  "n_0",
  "reason",
] as const;

type EvaluationColumn = (typeof EVALUATION_COLUMNS)[number];

const KINDS: Record<EvaluationColumn, CellKind> = {
  figure: "text",
  criterion: "text",
  bandwidth: "decimal",
  value: "decimal",
  low: "decimal",
  high: "decimal",
  n_1: "integer",
  n_0: "integer",
  reason: "text",
};

type Row = Partial<Record<EvaluationColumn, Cell>>;

/** The figures as rows: each figure with what it rests on. */
export function evaluationRows(result: EvaluationJson, scope: ExportScope): Row[] {
  const count = (n: number) => (scope === "research" ? publicCount(n) : n);
  const { rdd } = result;
  const line = {
    bandwidth: rdd.bandwidth,
    n_1: count(rdd.n_above),
    n_0: count(rdd.n_below),
    reason: rdd.reason,
  };
  const rows: Row[] = [
    { figure: "itt", ...line, value: rdd.itt, low: rdd.itt_low, high: rdd.itt_high },
    ...rdd.robustness.map((r) => ({
      figure: "itt",
      bandwidth: r.bandwidth,
      value: r.itt,
      low: r.itt_low,
      high: r.itt_high,
      n_1: count(r.n_above),
      n_0: count(r.n_below),
    })),
    { figure: "award_jump", ...line, value: rdd.award_jump },
    { figure: "effect_wald", ...line, value: rdd.effect_wald },
    { figure: "survival_below", ...line, value: rdd.survival_below },
    ...Object.entries(result.criterion_auc).map(([criterion, auc]) => ({
      figure: "criterion_auc",
      criterion,
      value: auc.auc,
      n_1: count(auc.n_active),
      n_0: count(auc.n_inactive),
    })),
  ];
  const c = result.funded_vs_comparison;
  rows.push({
    figure: "funded_vs_comparison",
    value: c.difference,
    low: c.low,
    high: c.high,
    n_1: count(c.n_funded),
    n_0: count(c.n_comparison),
  });
  return rows;
}

export function evaluationSheet(
  load: () => Promise<EvaluationJson | null>,
  scope: ExportScope,
  language: Language,
): DescribedSheet {
  const t = translator(language);
  const research = scope === "research";
  const columns: DescribedColumn[] = EVALUATION_COLUMNS.map((header) => {
    const kind = KINDS[header];
    const counted = header === "n_1" || header === "n_0";
    return {
      header,
      kind,
      width: columnWidth(header, kind, header === "reason"),
      codebook: {
        description: `${t(`workbook.evaluation.${header}.about`)}${
          counted && research ? ` ${t("workbook.column.suppressed.about")}` : ""
        }`,
        unit: counted
          ? t("workbook.unit.count")
          : header === "bandwidth"
            ? t("workbook.evaluation.unit.points")
            : kind === "decimal"
              ? t("workbook.evaluation.unit.value")
              : "",
        type:
          counted && research ? t("workbook.type.countOrSuppressed") : t(`workbook.type.${kind}`),
        allowed:
          header === "figure"
            ? EVALUATION_KEYS.join(", ")
            : header === "reason"
              ? "too_few, singular"
              : "",
        source: t("workbook.source.evaluation"),
      },
    };
  });
  return {
    name: t("workbook.sheet.evaluation"),
    file: t("workbook.file.evaluation"),
    layout: "table",
    description: t("workbook.readme.evaluationSheet"),
    columns,
    batches: async function* () {
      const result = await load();
      if (!result) return;
      yield evaluationRows(result, scope).map((row) =>
        EVALUATION_COLUMNS.map((column) => row[column] ?? null),
      );
    },
  };
}
