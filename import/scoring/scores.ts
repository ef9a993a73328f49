// The scoring form's values, read and checked before anything is stored:
// each criterion's score is a number within 0..score_scale_max (a Dutch
// comma is fine), and on submit every criterion of the rubric has one; a
// draft may leave some out. The errors are per field, so the page shows
// them next to their field. The import checks the same rules again when
// the scores are submitted.

export type ScoreProblem = "not_a_number" | "out_of_scale" | "missing";

export interface ReadScores {
  scores: Record<string, number>;
  comment: string | null;
  /** Criterion key -> what is wrong with its score. */
  problems: Record<string, ScoreProblem>;
}

/** The form field of a criterion's score. */
export function scoreField(criterion: string): string {
  return `score_${criterion}`;
}

const NUMBER = /^-?\d+(?:[.,]\d+)?$/;

export function readScores(
  form: { get(name: string): unknown },
  criteria: readonly string[],
  scaleMax: number,
  complete: boolean,
): ReadScores {
  const scores: Record<string, number> = {};
  const problems: Record<string, ScoreProblem> = {};
  for (const criterion of criteria) {
    const raw = form.get(scoreField(criterion));
    const text = typeof raw === "string" ? raw.trim() : "";
    if (text === "") {
      if (complete) problems[criterion] = "missing";
      continue;
    }
    if (!NUMBER.test(text)) {
      problems[criterion] = "not_a_number";
      continue;
    }
    const score = Number(text.replace(",", "."));
    if (score < 0 || score > scaleMax) problems[criterion] = "out_of_scale";
    else scores[criterion] = score;
  }
  const comment = form.get("comment");
  const text = typeof comment === "string" ? comment.trim() : "";
  return { scores, comment: text === "" ? null : text, problems };
}
