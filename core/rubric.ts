// The assessment rubric an edition uses when it has no criteria rows
// (shared/spec/data.md, "criteria"). Impact always weighs most.
export interface RubricCriterion {
  criterion: string;
  weight: number;
}

export const DEFAULT_RUBRIC: readonly RubricCriterion[] = [
  { criterion: "impact", weight: 0.3 },
  { criterion: "draagvlak", weight: 0.175 },
  { criterion: "toekomstbestendig", weight: 0.175 },
  { criterion: "schaalbaar", weight: 0.175 },
  { criterion: "nieuw", weight: 0.175 },
];
