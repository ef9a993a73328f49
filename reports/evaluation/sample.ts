// Who takes part in the regression discontinuity (shared/spec/evaluation.md,
// "The effect at the budget line"): which editions, where each edition's
// budget line lies, and which applicants near it count with what weight.
import type { EvaluationApplicant, EvaluationEdition } from "../../core/evaluation-sample";

/** Why an edition is left out. */
export type LeftOutReason =
  /** No applicant of the edition has a score (none assessed on its rubric). */
  | "not_assessed"
  /** Assessed applicants, but none with an award: no budget line. */
  | "no_funded_assessed"
  /** Every assessed applicant has an award: nobody below the line. */
  | "no_unfunded_assessed";

export interface LeftOut {
  edition_id: string;
  reason: LeftOutReason;
}

export interface Cutoffs {
  /** Edition → c_E, in the order of the editions given. */
  used: Map<string, number>;
  leftOut: LeftOut[];
}

/**
 * c_E = the lowest score(a) among E's assessed applicants with an award. An
 * edition takes part when it has an assessed applicant with an award and one
 * without; "assessed" here means having a score, since an applicant without
 * one has no place relative to the line.
 */
export function editionCutoffs(
  editions: readonly Pick<EvaluationEdition, "edition_id">[],
  applicants: readonly EvaluationApplicant[],
): Cutoffs {
  const lowestAwarded = new Map<string, number>();
  const hasUnawarded = new Set<string>();
  for (const a of applicants) {
    if (a.score === null) continue;
    if (a.awarded) {
      const known = lowestAwarded.get(a.edition_id);
      if (known === undefined || a.score < known) lowestAwarded.set(a.edition_id, a.score);
    } else {
      hasUnawarded.add(a.edition_id);
    }
  }
  const used = new Map<string, number>();
  const leftOut: LeftOut[] = [];
  for (const { edition_id } of editions) {
    const cutoff = lowestAwarded.get(edition_id);
    const unawarded = hasUnawarded.has(edition_id);
    if (cutoff !== undefined && unawarded) used.set(edition_id, cutoff);
    else if (cutoff === undefined && !unawarded)
      leftOut.push({ edition_id, reason: "not_assessed" });
    else if (cutoff === undefined) leftOut.push({ edition_id, reason: "no_funded_assessed" });
    else leftOut.push({ edition_id, reason: "no_unfunded_assessed" });
  }
  return { used, leftOut };
}

/** One applicant near the line, as the fit sees it. */
export interface SampleMember {
  edition_id: string;
  applicant_id: string;
  /** r(a) = score(a) − c_E */
  r: number;
  /** 1 where r ≥ 0: on or above the line (a tie with the cut-off counts as above). */
  t: 0 | 1;
  /** 1 where the applicant has an award. */
  d: 0 | 1;
  /** 1 where the initiative is active after 12 months. */
  y: 0 | 1;
  /** w = 1 − |r|/h: the triangular kernel. */
  w: number;
}

/**
 * The assessed applicants of the taking-part editions that have a 12-month
 * outcome row and lie within the bandwidth (|r| < h), each with its weight.
 */
export function rddSample(
  applicants: readonly EvaluationApplicant[],
  cutoffs: ReadonlyMap<string, number>,
  bandwidth: number,
): SampleMember[] {
  const members: SampleMember[] = [];
  for (const a of applicants) {
    const cutoff = cutoffs.get(a.edition_id);
    if (cutoff === undefined || a.score === null || a.active_12m === null) continue;
    const r = a.score - cutoff;
    if (!(Math.abs(r) < bandwidth)) continue;
    members.push({
      edition_id: a.edition_id,
      applicant_id: a.applicant_id,
      r,
      t: r >= 0 ? 1 : 0,
      d: a.awarded ? 1 : 0,
      y: a.active_12m ? 1 : 0,
      w: 1 - Math.abs(r) / bandwidth,
    });
  }
  return members;
}
