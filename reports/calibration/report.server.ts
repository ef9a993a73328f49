// Assessor calibration of editions in the database: the inputs from one
// query module, the arithmetic from calibrate(). Used by
// `impact assessment calibration`, the page /edities/<id>/kalibratie and
// the research export's Kalibratie sheet alike.
import type { Db } from "../../db/connection.server";
import { loadCalibrationInputs } from "../../db/queries/calibration-inputs.server";
import { UnknownEditionsError } from "../metrics/report.server";
import { type CalibrationJson, calibrate } from "./calibrate";

/** The JSON, and k beside it: the readers say at how many awards the rankings were compared. */
export interface EditionCalibration {
  calibration: CalibrationJson;
  awards: number;
}

/**
 * One edition's calibration. An edition that does not exist, or for a
 * user's scoped handle lies outside the scope, is refused with
 * UnknownEditionsError (a 404 on the page, exit 1 on the command line).
 */
export async function loadCalibration(db: Db, editionId: string): Promise<EditionCalibration> {
  const [input] = await loadCalibrationInputs(db, [editionId]);
  if (!input) throw new UnknownEditionsError([editionId]);
  return { calibration: calibrate(input), awards: input.awards };
}

/** The calibrations of editions that exist, in the order given. */
export async function loadCalibrations(
  db: Db,
  editionIds: readonly string[],
): Promise<CalibrationJson[]> {
  return (await loadCalibrationInputs(db, editionIds)).map(calibrate);
}
