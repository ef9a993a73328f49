// The tables derived from the contract rows: each applicant's score and each
// edition's metric parts. Every write to contract rows ends with this call
// for the editions it touched, inside its own transaction, so that nothing
// derived is ever stale, and raises the data version, so that no figure
// computed before the write is served after it.
import { type RawBuilder, sql } from "kysely";
import type { Db } from "../connection.server";
import { lockEditions, shareEditions, shareEditionsLockApplicants } from "../lock.server";
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

/**
 * A form's write, beside other forms' writes (decision 032): the scores of
 * its assessed applicants now, under their lock; its editions' metric parts
 * removed, under the editions' shared lock, for rebuildPartsSoon
 * (metric-parts-rebuild) to store again once it has committed. Readers
 * meanwhile compute the parts from the rows. A form that could change other
 * applicants' scores (it never does: forms bring no rubric and no scale)
 * would take its editions alone and refresh them whole. The statements
 * `alongside` (the history entry's counts) go with the last one.
 */
export async function refreshAfterFormWrite(
  trx: Db,
  editionIds: readonly string[],
  { scores = true, scoredApplicants }: RefreshScope = {},
  alongside: readonly RawBuilder<unknown>[] = [],
): Promise<void> {
  if (editionIds.length === 0) return raiseDataVersion(trx, alongside);
  if (scores && !scoredApplicants) {
    await lockEditions(trx, editionIds);
    await refreshApplicantScores(trx, editionIds);
  } else if (scores && scoredApplicants) {
    await shareEditionsLockApplicants(trx, editionIds, scoredApplicants);
    await refreshApplicantScores(trx, editionIds, scoredApplicants);
  } else {
    await shareEditions(trx, editionIds);
  }
  // Last before the commit: a write that finds the row waits for this one's
  // commit. With the data version and `alongside`, in one statement.
  await raiseDataVersion(trx, [
    sql`delete from edition_metric_parts where edition_id = any(${[...editionIds]}::text[])`,
    ...alongside,
  ]);
}
