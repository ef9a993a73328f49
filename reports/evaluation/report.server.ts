// The evaluation of the editions a filter selects: the sample from the
// database, the follow-up counts the metric catalogue keeps, and the pure
// computation. Used by `impact evaluate` and GET /api/evaluatie alike.
import type { EvaluationSample, FollowUpCounts } from "../../core/evaluation-sample";
import { UserError } from "../../core/i18n/user-error";
import type { EditionFilter } from "../../core/metric-parts";
import type { Db } from "../../db/connection.server";
import {
  findUnknownMunicipalities,
  loadEvaluationSample,
} from "../../db/queries/evaluation-sample.server";
import { findUnknownEditionIds, loadMetricInputs } from "../../db/queries/metric-inputs.server";
import { UnknownEditionsError } from "../metrics/report.server";
import { type EvaluationJson, evaluate } from "./evaluate";

/** The 12-month counts of the selected editions, summed (metrics.md's survival parts). */
async function followUpCounts(db: Db, filter: EditionFilter): Promise<FollowUpCounts> {
  const counts: FollowUpCounts = {
    followed_12m: 0,
    active_12m: 0,
    followed_12m_unfunded: 0,
    active_12m_unfunded: 0,
  };
  for (const input of await loadMetricInputs(db, filter)) {
    if (!input.selected) continue;
    for (const key of Object.keys(counts) as (keyof FollowUpCounts)[]) {
      counts[key] += input.parts.counts[key];
    }
  }
  return counts;
}

/**
 * Refuses what does not exist for this filter's user: an edition
 * (UnknownEditionsError) or a municipality without editions (UserError);
 * outside a user's scope both do not exist.
 */
async function checkNamed(db: Db, filter: EditionFilter): Promise<void> {
  const visible = filter.visibleMunicipalities;
  const unknown = await findUnknownEditionIds(db, filter.editionIds ?? []);
  if (unknown.length > 0) throw new UnknownEditionsError(unknown);
  if (visible && filter.editionIds?.length) {
    const hidden = await db
      .selectFrom("editions")
      .where("edition_id", "in", [...filter.editionIds])
      .select(["edition_id", "municipality"])
      .execute();
    const outside = hidden
      .filter((e) => !visible.some((m) => m.toLowerCase() === e.municipality.toLowerCase()))
      .map((e) => e.edition_id);
    if (outside.length > 0) throw new UnknownEditionsError(outside);
  }
  const municipalities = await findUnknownMunicipalities(db, filter.municipalities ?? [], visible);
  if (municipalities.length > 0) {
    throw new UserError("evaluation.unknownMunicipality", { names: municipalities.join(", ") });
  }
}

/** What the evaluation is computed from, after refusing names that do not exist. */
export async function loadEvaluationInputs(
  db: Db,
  filter: EditionFilter,
): Promise<{ sample: EvaluationSample; counts: FollowUpCounts }> {
  await checkNamed(db, filter);
  const sample = await loadEvaluationSample(db, filter);
  const counts = await followUpCounts(db, filter);
  return { sample, counts };
}

export async function loadEvaluation(
  db: Db,
  filter: EditionFilter,
  bandwidth: number,
): Promise<EvaluationJson> {
  const { sample, counts } = await loadEvaluationInputs(db, filter);
  return evaluate(sample, counts, bandwidth);
}
