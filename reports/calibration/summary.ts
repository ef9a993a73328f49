// `impact assessment calibration` without --json: the calibration as plain
// tables a policymaker reads, in Dutch or English. The figures are
// calibrate()'s; only the rounding is for the reader.
import { formatNumber } from "../../core/format";
import { translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import type { CalibrationJson } from "./calibrate";
import { criterionLabel } from "./labels";

/** Rows as columns padded to their widest cell; numbers (all but the first column) to the right. */
function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((row) => (row[i] ?? "").length)));
  return all
    .map((row) =>
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join("  ")
        .trimEnd(),
    )
    .map((line) => `  ${line}`)
    .join("\n");
}

/** A difference with its sign: "+4", "−7". */
function signed(value: number | null, language: Language): string {
  const text = formatNumber(value, language, 1);
  return value !== null && value > 0 ? `+${text}` : text;
}

export function calibrationSummary(
  result: CalibrationJson,
  awards: number,
  language: Language,
): string {
  const t = translator(language);
  const lines = [t("calibration.title", { edition: result.edition_id }), ""];
  if (result.assessors.length === 0) return [...lines, t("calibration.none")].join("\n");
  lines.push(
    t("calibration.assessors"),
    textTable(
      [t("calibration.assessor"), t("calibration.plans"), t("calibration.leniency")],
      result.assessors.map((a) => [a.assessor, String(a.plans), signed(a.leniency, language)]),
    ),
    "",
    t("calibration.agreement"),
    textTable(
      [t("calibration.criterion"), t("calibration.alpha")],
      Object.entries(result.agreement).map(([key, alpha]) => [
        criterionLabel(key, language),
        formatNumber(alpha, language, 2),
      ]),
    ),
    "",
    t("calibration.ranking"),
    textTable(
      [
        t("calibration.applicant"),
        t("calibration.score"),
        t("calibration.normalised"),
        t("calibration.rank"),
        t("calibration.rankNormalised"),
      ],
      result.ranking.map((r) => [
        r.applicant_id,
        formatNumber(r.score, language, 1),
        formatNumber(r.normalised, language, 2),
        String(r.rank),
        String(r.rank_normalised),
      ]),
    ),
    "",
    result.flips.length > 0
      ? t("calibration.flips", { awards, applicants: result.flips.join(", ") })
      : t("calibration.flipsNone", { awards }),
  );
  return lines.join("\n");
}
