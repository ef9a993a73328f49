// A small edition whose calibration is computed by hand in
// calibration.test.ts: scale 5, rubric impact 3 and draagvlak 2, so that
// s(a, p) = 100 × (3 × impact + 2 × draagvlak) / (5 × 5) = 4 × (3i + 2d).
//
//            p1        p2        p3        p4        p5
//   Anna   (4,4) 80  (3,3) 60  (2,2) 40
//   Bram   (4,3) 72  (3,2) 52            (2,1) 32
//   Cor                        (2,1) 32  (1,0) 12  (3,2) 52
//
// p5 has one assessor; p6 registered but was not assessed. p1 and p2 have
// an award (k = 2).

import { type Dataset, emptyDataset } from "../../db/dataset";
import type { CalibrationInput } from "../../db/queries/calibration-inputs.server";

export const EDITION = "proefstad-2024";

const SCORES: [applicant: string, assessor: string, impact: number, draagvlak: number][] = [
  ["p1", "Anna", 4, 4],
  ["p1", "Bram", 4, 3],
  ["p2", "Anna", 3, 3],
  ["p2", "Bram", 3, 2],
  ["p3", "Anna", 2, 2],
  ["p3", "Cor", 2, 1],
  ["p4", "Bram", 2, 1],
  ["p4", "Cor", 1, 0],
  ["p5", "Cor", 3, 2],
];

/** The catalogue's score(a): per criterion the mean over assessors, then weighted. */
export const APPLICANT_SCORES = [
  { applicant_id: "p1", score: 76 }, // 4 × (3 × 4 + 2 × 3.5)
  { applicant_id: "p2", score: 56 }, // 4 × (3 × 3 + 2 × 2.5)
  { applicant_id: "p3", score: 36 }, // 4 × (3 × 2 + 2 × 1.5)
  { applicant_id: "p4", score: 22 }, // 4 × (3 × 1.5 + 2 × 0.5)
  { applicant_id: "p5", score: 52 }, // 4 × (3 × 3 + 2 × 2)
];

export function calibrationInput(): CalibrationInput {
  return {
    edition_id: EDITION,
    score_scale_max: 5,
    rubric: [
      { criterion: "impact", weight: 3 },
      { criterion: "draagvlak", weight: 2 },
    ],
    scores: SCORES.flatMap(([applicant_id, assessor, impact, draagvlak]) => [
      { applicant_id, assessor, criterion: "draagvlak", score: draagvlak },
      { applicant_id, assessor, criterion: "impact", score: impact },
    ]),
    applicantScores: APPLICANT_SCORES,
    awards: 2,
  };
}

/** The same edition as rows to load, in the municipality Proefstad. */
export function calibrationDataset(): Dataset {
  const dataset = emptyDataset();
  dataset.editions.push({
    edition_id: EDITION,
    municipality: "Proefstad",
    year: 2024,
    name: "SOC Proefstad 2024",
    budget_eur: 10000,
    score_scale_max: 5,
  });
  dataset.criteria.push(
    { edition_id: EDITION, criterion: "impact", weight: 3 },
    { edition_id: EDITION, criterion: "draagvlak", weight: 2 },
  );
  for (const id of ["p1", "p2", "p3", "p4", "p5", "p6"]) {
    dataset.applicants.push({ edition_id: EDITION, applicant_id: id, initiative: `Plan ${id}` });
  }
  for (const [applicant_id, assessor, impact, draagvlak] of SCORES) {
    dataset.assessments.push({ edition_id: EDITION, applicant_id, assessor, comment: null });
    dataset.assessment_scores.push(
      { edition_id: EDITION, applicant_id, assessor, criterion: "impact", score: impact },
      { edition_id: EDITION, applicant_id, assessor, criterion: "draagvlak", score: draagvlak },
    );
  }
  for (const applicant_id of ["p1", "p2"]) {
    dataset.awards.push({
      edition_id: EDITION,
      applicant_id,
      start_budget_eur: 4000,
      microcredit_eur: 2000,
    });
  }
  return dataset;
}
