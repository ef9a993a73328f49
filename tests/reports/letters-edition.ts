// The calibration's hand-made edition (calibration-edition.ts) with what a
// letter adds: a label for impact, an entrepreneur's name and comments.
//
// Per criterion the mean over each plan's assessors (scale 0..5):
//            p1    p2    p3    p4    p5
//   impact   4     3     2     1.5   3      sorted 1.5 2 3 3 4
//   draagvlak 3.5  2.5   1.5   0.5   2      sorted 0.5 1.5 2 2.5 3.5
//   score(a) 76    56    36    22    52     sorted 22 36 52 56 76
// Cohort of five, R type 7: Q1 at h = 1, median at h = 2, Q3 at h = 3
// (0-based order statistics), so impact 2 / 3 / 3, draagvlak 1.5 / 2 / 2.5,
// score(a) 36 / 52 / 56. p1 and p2 have an award of 2000; p6 has no
// assessment and no letter.
import type { Dataset } from "../../db/dataset";
import { calibrationDataset } from "./calibration-edition";

export { EDITION } from "./calibration-edition";

export const COMMENTS: Record<string, Record<string, string | null>> = {
  p1: { Anna: "Sterk plan, duidelijke doelgroep.", Bram: "Let op de begroting." },
  p2: { Anna: "   ", Bram: "Goed idee, nog wat vaag." },
};

export function lettersDataset(): Dataset {
  const dataset = calibrationDataset();
  for (const c of dataset.criteria) {
    if (c.criterion === "impact") c.label = "Maatschappelijke impact";
  }
  for (const a of dataset.applicants) {
    if (a.applicant_id === "p1") a.entrepreneur = "Eva Jansen";
  }
  for (const a of dataset.assessments) {
    a.comment = COMMENTS[a.applicant_id]?.[a.assessor] ?? null;
  }
  return dataset;
}
