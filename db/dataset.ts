// A set of rows for every contract table, in the order they must be loaded
// (references point backwards). Seeds build one; the loader writes one.
import type {
  NewActivity,
  NewApplicant,
  NewAssessment,
  NewAssessmentScore,
  NewAward,
  NewCriterion,
  NewEdition,
  NewOutcome,
  NewStory,
  NewSurvey,
} from "./schema";

export interface Dataset {
  editions: NewEdition[];
  criteria: NewCriterion[];
  applicants: NewApplicant[];
  assessments: NewAssessment[];
  assessment_scores: NewAssessmentScore[];
  awards: NewAward[];
  outcomes: NewOutcome[];
  surveys: NewSurvey[];
  activities: NewActivity[];
  stories: NewStory[];
}

/** Table names in dependency order: load front to back, delete back to front. */
export const DATASET_TABLES = [
  "editions",
  "criteria",
  "applicants",
  "assessments",
  "assessment_scores",
  "awards",
  "outcomes",
  "surveys",
  "activities",
  "stories",
] as const satisfies readonly (keyof Dataset)[];

export function emptyDataset(): Dataset {
  return {
    editions: [],
    criteria: [],
    applicants: [],
    assessments: [],
    assessment_scores: [],
    awards: [],
    outcomes: [],
    surveys: [],
    activities: [],
    stories: [],
  };
}
