// Assessors' names are personal data (docs/privacy.md): where a reader may
// not see them, the calibration names them "Beoordelaar 1, 2, …" instead.
import { translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import type { CalibrationJson } from "./calibrate";
import type { AssessorLeniency } from "./leniency";

/**
 * The most lenient first (an assessor without leniency last), then by plans,
 * then by name so that the order is fixed: the numbers then follow what the
 * rows show anyway, and say nothing of the name, as alphabetical numbers would.
 */
function byLeniency(a: AssessorLeniency, b: AssessorLeniency): number {
  const la = a.leniency ?? Number.NEGATIVE_INFINITY;
  const lb = b.leniency ?? Number.NEGATIVE_INFINITY;
  return lb - la || b.plans - a.plans || (a.assessor < b.assessor ? -1 : 1);
}

/** The calibration with its assessors in that order, named by number. */
export function withAssessorCodes(
  calibration: CalibrationJson,
  language: Language,
): CalibrationJson {
  const t = translator(language);
  return {
    ...calibration,
    assessors: [...calibration.assessors]
      .sort(byLeniency)
      .map((a, i) => ({ ...a, assessor: t("calibration.assessorCode", { n: i + 1 }) })),
  };
}
