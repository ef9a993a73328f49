// Rankings and where they disagree about who gets an award
// (shared/spec/evaluation.md, "Assessor calibration").

/**
 * The place of each value, highest first, in the values' order; ties share
 * the best place and the next place skips (1, 2, 2, 4: "standard
 * competition ranking").
 */
export function competitionRanks(values: readonly number[]): number[] {
  const descending = [...values].sort((a, b) => b - a);
  // One more than the number of values above it: its first index in the descending order.
  const place = new Map<number, number>();
  descending.forEach((value, i) => {
    if (!place.has(value)) place.set(value, i + 1);
  });
  return values.map((value) => place.get(value) ?? 0);
}

export interface RankedPair {
  applicant_id: string;
  rank: number;
  rank_normalised: number;
}

/**
 * The applicants among the first k by one ranking and not by the other,
 * sorted by applicant_id; empty where k = 0. "Among the first k" is a place
 * of k or better, so a tie at place k takes everyone who shares it.
 */
export function flips(ranking: readonly RankedPair[], k: number): string[] {
  return ranking
    .filter((entry) => entry.rank <= k !== entry.rank_normalised <= k)
    .map((entry) => entry.applicant_id)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
