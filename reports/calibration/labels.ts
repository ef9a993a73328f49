// The calibration's names as a reader sees them: a criterion key as the
// evaluation shows it ("draagvlak" → "Draagvlak"), the weighted score in words.
import { translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import { criterionName } from "../evaluation/page.server";
import { WEIGHTED } from "./calibrate";

/** The row label of an `agreement` key. */
export function criterionLabel(key: string, language: Language): string {
  return key === WEIGHTED ? translator(language)("calibration.weighted") : criterionName(key);
}
