// The tables derived from the contract rows: each applicant's score and each
// edition's metric parts. Every write to contract rows ends with this call
// for the editions it touched, inside its own transaction, so that nothing
// derived is ever stale, and raises the data version, so that no figure
// computed before the write is served after it.
import type { RawBuilder } from "kysely";
import type { Db } from "../connection.server";
import { refreshApplicantScores } from "./applicant-scores.server";
import { raiseDataVersion } from "./data-version.server";
import { refreshMetricParts } from "./metric-inputs.server";

export interface RefreshScope {
  /** False when the write cannot change any score. */
  scores?: boolean;
  /** A query of (edition_id, applicant_id): only their scores can have changed. */
  scoredApplicants?: RawBuilder<unknown>;
}

export async function refreshDerivedTables(
  db: Db,
  editionIds: readonly string[] | "all",
  { scores = true, scoredApplicants }: RefreshScope = {},
): Promise<void> {
  // Parts include the scores: scores first.
  if (scores) await refreshApplicantScores(db, editionIds, scoredApplicants);
  await refreshMetricParts(db, editionIds);
  await raiseDataVersion(db);
}
