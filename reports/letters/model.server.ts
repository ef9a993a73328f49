// The letters of an edition from the database: the scores from the
// calibration's query module, the rest from letter-inputs; the arithmetic is
// buildLetters'.
import type { Language } from "../../core/language";
import type { Db } from "../../db/connection.server";
import { loadCalibrationInputs } from "../../db/queries/calibration-inputs.server";
import { loadLetterInputs } from "../../db/queries/letter-inputs.server";
import { UnknownEditionsError } from "../metrics/report.server";
import { buildLetters, type LetterModel } from "./letters";

/**
 * Every letter of an edition, by applicant_id. An edition that does not
 * exist (or, on a user's scoped handle, lies outside the scope) is refused
 * with UnknownEditionsError: a 404 on the page, exit 1 on the command line.
 */
export async function loadLetters(
  db: Db,
  editionId: string,
  language: Language,
  now: Date,
): Promise<LetterModel[]> {
  const [[scoring], inputs] = await Promise.all([
    loadCalibrationInputs(db, [editionId]),
    loadLetterInputs(db, editionId),
  ]);
  if (!scoring || !inputs) throw new UnknownEditionsError([editionId]);
  return buildLetters(scoring, inputs, { language, generatedAt: now.toISOString() });
}
