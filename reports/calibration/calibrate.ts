// Assessor calibration of one edition as shared/spec/evaluation.md's
// machine-readable form gives it (`impact assessment calibration --json`):
// each assessor's leniency, the agreement per criterion and on the weighted
// score, both rankings and the applicants on whose award they disagree.
// Pure: the edition's inputs come in, the JSON goes out.
import type { CalibrationInput } from "../../db/queries/calibration-inputs.server";
import { intervalAlpha } from "./krippendorff";
import { type AssessorLeniency, leniencies } from "./leniency";
import { normalisedScores } from "./normalise";
import { byApplicant, ownScores } from "./own-scores";
import { competitionRanks, flips } from "./ranks";

export interface RankingEntry {
  applicant_id: string;
  /** score(a), the catalogue's weighted score on 0..100. */
  score: number;
  /** normalised(p): the mean of the assessors' z-scores. */
  normalised: number;
  rank: number;
  rank_normalised: number;
}

export interface CalibrationJson {
  edition_id: string;
  assessors: AssessorLeniency[];
  /** Krippendorff's interval alpha per criterion key (rubric order), and `weighted` for s(a, p). */
  agreement: Record<string, number | null>;
  /** By rank, then applicant_id. */
  ranking: RankingEntry[];
  flips: string[];
}

/** The weighted score's key in `agreement`, after the criteria's own. */
export const WEIGHTED = "weighted";

/** Per applicant, the values its assessors gave: the units of alpha. */
function units<T extends { applicant_id: string }>(rows: readonly T[], value: (row: T) => number) {
  return [...byApplicant(rows).values()].map((group) => group.map(value));
}

export function calibrate(input: CalibrationInput): CalibrationJson {
  const own = ownScores(input.rubric, input.score_scale_max, input.scores);
  const agreement: Record<string, number | null> = {};
  // Grouped in one pass, in the scores' order: a filter per criterion went
  // over every score of the edition once for each criterion.
  const byCriterion = new Map<string, CalibrationInput["scores"]>();
  for (const s of input.scores) {
    const group = byCriterion.get(s.criterion);
    if (group) group.push(s);
    else byCriterion.set(s.criterion, [s]);
  }
  for (const { criterion } of input.rubric) {
    agreement[criterion] = intervalAlpha(units(byCriterion.get(criterion) ?? [], (s) => s.score));
  }
  agreement[WEIGHTED] = intervalAlpha(units(own, (s) => s.score));

  const normalised = normalisedScores(own);
  const scored = input.applicantScores.flatMap(({ applicant_id, score }) => {
    const value = normalised.get(applicant_id);
    return value === undefined ? [] : [{ applicant_id, score, normalised: value }];
  });
  const rank = competitionRanks(scored.map((a) => a.score));
  const rankNormalised = competitionRanks(scored.map((a) => a.normalised));
  const ranking = scored
    .map(
      (a, i): RankingEntry => ({
        ...a,
        rank: rank[i] ?? 0,
        rank_normalised: rankNormalised[i] ?? 0,
      }),
    )
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        (a.applicant_id < b.applicant_id ? -1 : a.applicant_id > b.applicant_id ? 1 : 0),
    );
  return {
    edition_id: input.edition_id,
    assessors: leniencies(own),
    agreement,
    ranking,
    flips: flips(ranking, input.awards),
  };
}
