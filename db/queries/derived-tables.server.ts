// The tables derived from the contract rows: each applicant's score and each
// edition's metric parts. Every write to contract rows ends with this call
// for the editions it touched, inside its own transaction, so that nothing
// derived is ever stale, and raises the data version, so that no figure
// computed before the write is served after it.
import type { Db } from "../connection.server";
import { refreshApplicantScores } from "./applicant-scores.server";
import { raiseDataVersion } from "./data-version.server";
import { refreshMetricParts } from "./metric-inputs.server";

export async function refreshDerivedTables(
  db: Db,
  editionIds: readonly string[] | "all",
  { scores = true }: { /** False when the write cannot change any score. */ scores?: boolean } = {},
): Promise<void> {
  // Parts include the scores: scores first.
  if (scores) await refreshApplicantScores(db, editionIds);
  await refreshMetricParts(db, editionIds);
  await raiseDataVersion(db);
}
