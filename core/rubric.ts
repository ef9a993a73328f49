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

export interface RubricLine {
  criterion: string;
  /** The criteria row's label; null: none given (the default rubric has none). */
  label: string | null;
  weight: number;
}

/** An edition's rubric from its criteria rows (`own`), else the default rubric; heaviest first, then by key. */
export function rubricLines(own: readonly RubricLine[]): RubricLine[] {
  const rubric = own.length > 0 ? own : DEFAULT_RUBRIC.map((c) => ({ ...c, label: null }));
  return [...rubric].sort(
    (a, b) =>
      b.weight - a.weight || (a.criterion < b.criterion ? -1 : a.criterion > b.criterion ? 1 : 0),
  );
}
