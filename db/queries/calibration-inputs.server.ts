// What assessor calibration (shared/spec/evaluation.md, "Assessor calibration")
// is computed from, per edition: the rubric and scale, every assessor's score
// per criterion, the catalogue's score(a) of each assessed applicant and the
// number of awards. Four queries for any number of editions; the arithmetic
// is done in reports/calibration.
import { type NotNull, type SqlBool, sql } from "kysely";
import { DEFAULT_RUBRIC, type RubricCriterion } from "../../core/rubric";
import type { Db } from "../connection.server";

export interface AssessorCriterionScore {
  applicant_id: string;
  assessor: string;
  criterion: string;
  score: number;
}

export interface CalibrationInput {
  edition_id: string;
  score_scale_max: number;
  /** The edition's criteria rows, else the default rubric; heaviest first, then by key. */
  rubric: RubricCriterion[];
  /** Scores on the rubric's criteria only: a score outside it counts nowhere, as in score(a). */
  scores: AssessorCriterionScore[];
  /** score(a) from applicant_scores, for the applicants that have one. */
  applicantScores: { applicant_id: string; score: number }[];
  awards: number;
}

/**
 * `edition_id = any(ids)`, and between the least and the greatest of them
 * in the database's own order. The bound is what makes PostgreSQL read the
 * primary key's range of those editions: on the list alone it scanned
 * applicant_scores and awards whole, once for every batch of 50 editions
 * of the research export (70 batches at national scale). Correct whatever
 * the order of `ids`; cheapest when a batch's editions lie together, as
 * the export's (by municipality, then year) mostly do.
 */
function ofEditions(ids: readonly string[]) {
  const list = sql`${[...ids]}::text[]`;
  return sql<SqlBool>`edition_id = any(${list}) and edition_id between
    (select min(i) from unnest(${list}) as i) and (select max(i) from unnest(${list}) as i)`;
}

const heaviestFirst = (a: RubricCriterion, b: RubricCriterion) =>
  b.weight - a.weight || (a.criterion < b.criterion ? -1 : a.criterion > b.criterion ? 1 : 0);

/**
 * The inputs of the given editions that exist, in the order asked. Run it
 * for a user inside withScope: an edition outside the scope is left out,
 * as one that does not exist.
 */
export async function loadCalibrationInputs(
  db: Db,
  editionIds: readonly string[],
): Promise<CalibrationInput[]> {
  if (editionIds.length === 0) return [];
  const ids = [...new Set(editionIds)];
  const [editions, criteria, scores, applicantScores, awards] = await Promise.all([
    db
      .selectFrom("editions")
      .where(ofEditions(ids))
      .select(["edition_id", "score_scale_max"])
      .execute(),
    db
      .selectFrom("criteria")
      .where(ofEditions(ids))
      .select(["edition_id", "criterion", "weight"])
      .execute(),
    db
      .selectFrom("assessment_scores")
      .where(ofEditions(ids))
      .select(["edition_id", "applicant_id", "assessor", "criterion", "score"])
      .orderBy("edition_id")
      .orderBy("applicant_id")
      .orderBy("assessor")
      .orderBy("criterion")
      .execute(),
    db
      .selectFrom("applicant_scores")
      .where(ofEditions(ids))
      .where("score", "is not", null)
      .select(["edition_id", "applicant_id", "score"])
      .$narrowType<{ score: NotNull }>()
      .orderBy("edition_id")
      .orderBy("applicant_id")
      .execute(),
    db
      .selectFrom("awards")
      .where(ofEditions(ids))
      .groupBy("edition_id")
      .select((eb) => ["edition_id", eb.fn.countAll<number>().as("awards")])
      .execute(),
  ]);
  const scaleOf = new Map(editions.map((e) => [e.edition_id, e.score_scale_max]));
  const criteriaOf = byEdition(criteria);
  const scoresOf = byEdition(scores);
  const applicantScoresOf = byEdition(applicantScores);
  const awardsOf = new Map(awards.map((w) => [w.edition_id, w.awards]));
  return ids.flatMap((editionId): CalibrationInput[] => {
    const scale = scaleOf.get(editionId);
    if (scale === undefined) return [];
    const own = criteriaOf.get(editionId) ?? [];
    const rubric = (own.length > 0 ? own : DEFAULT_RUBRIC)
      .map(({ criterion, weight }) => ({ criterion, weight }))
      .sort(heaviestFirst);
    const keys = new Set(rubric.map((c) => c.criterion));
    return [
      {
        edition_id: editionId,
        score_scale_max: scale,
        rubric,
        scores: (scoresOf.get(editionId) ?? [])
          .filter((s) => keys.has(s.criterion))
          .map(({ applicant_id, assessor, criterion, score }) => ({
            applicant_id,
            assessor,
            criterion,
            score,
          })),
        applicantScores: (applicantScoresOf.get(editionId) ?? []).map(
          ({ applicant_id, score }) => ({ applicant_id, score }),
        ),
        awards: awardsOf.get(editionId) ?? 0,
      },
    ];
  });
}

/** Rows grouped by their edition, each group in the rows' order. */
function byEdition<R extends { edition_id: string }>(rows: readonly R[]): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const group = groups.get(row.edition_id);
    if (group) group.push(row);
    else groups.set(row.edition_id, [row]);
  }
  return groups;
}
