// The applicant_scores table: each assessed applicant's weighted score and
// the spread between its assessors (metrics.md, "Assessment"), computed here
// once per write instead of on every metrics request. Whatever writes
// assessments, criteria or editions rebuilds the rows of the editions it
// touched, in the same transaction, so the table is never stale.
import { type RawBuilder, type SqlBool, sql } from "kysely";
import type { DatasetKey } from "../../core/contract/datasets";
import type { ImportMode } from "../../core/contract/enums";
import { DEFAULT_RUBRIC } from "../../core/rubric";
import type { Db } from "../connection.server";

/** The datasets a score is computed from: scores, rubrics and score scales. */
const SCORE_SOURCES: readonly DatasetKey[] = ["editions", "criteria", "assessments"];

/**
 * Whether an import can change scores. Replace mode removes the rows of the
 * file's editions from every dataset the file lacks, assessments included.
 */
export function importMayChangeScores(mode: ImportMode, datasets: Iterable<DatasetKey>): boolean {
  return mode === "replace" || [...datasets].some((dataset) => SCORE_SOURCES.includes(dataset));
}

/**
 * Whether a write's scores change only for the applicants of its assessment
 * rows: an upsert that brings no rubric (criteria) and no score scale
 * (editions) changes no one else's score.
 */
export function onlyAssessedScoresChange(
  mode: ImportMode,
  datasets: Iterable<DatasetKey>,
): boolean {
  const written = [...datasets];
  return mode === "upsert" && !written.includes("editions") && !written.includes("criteria");
}

/** `alias.edition_id` is one of `editionIds`; always true for "all". */
function ofEditions(alias: string, editionIds: readonly string[] | "all"): RawBuilder<SqlBool> {
  if (editionIds === "all") return sql<SqlBool>`true`;
  return sql<SqlBool>`${sql.ref(`${alias}.edition_id`)} = any(${[...editionIds]}::text[])`;
}

const defaultRubric = sql`(values ${sql.join(
  DEFAULT_RUBRIC.map((c) => sql`(${c.criterion}::text, ${c.weight}::numeric)`),
)}) as d(criterion, weight)`;

/**
 * `alias`'s rows of the editions, and only of the applicants `only` selects
 * (edition_id, applicant_id) when given.
 */
function inScope(
  alias: string,
  editionIds: readonly string[] | "all",
  only: RawBuilder<unknown> | undefined,
): RawBuilder<SqlBool> {
  const editions = ofEditions(alias, editionIds);
  if (!only) return editions;
  const key = sql`(${sql.ref(`${alias}.edition_id`)}, ${sql.ref(`${alias}.applicant_id`)})`;
  return sql<SqlBool>`${editions} and ${key} in (${only})`;
}

/**
 * Recomputes the rows of the given editions (or of all) from their
 * assessments; with `only`, a query of (edition_id, applicant_id), just those
 * applicants' rows (a write of assessments alone changes no other score:
 * an assessor's submission then costs one applicant, not the edition). Call
 * it inside the transaction that changed them.
 *
 * score(a) = 100 · Σ_c w_c · mean_s score_{s,c}(a) / (score_scale_max · Σ_c w_c)
 * over the criteria of the edition's rubric (its criteria rows, else
 * DEFAULT_RUBRIC); an assessor's own score is the same over that assessor's
 * scores alone, and the spread is max − min of those where two or more exist.
 */
export async function refreshApplicantScores(
  db: Db,
  editionIds: readonly string[] | "all",
  only?: RawBuilder<unknown>,
): Promise<void> {
  if (editionIds !== "all" && editionIds.length === 0) return;
  // The old rows go and the new come in one statement (a form write's round
  // trips are most of its cost). The new rows' select waits for the delete:
  // it is the select's one-time filter, which PostgreSQL evaluates, to the
  // end, before it reads a row; a key deleted by this transaction is free.
  await sql`
    with removed as (
      delete from applicant_scores as t where ${inScope("t", editionIds, only)} returning 1
    ),
    rubric as not materialized (
      select c.edition_id, c.criterion, c.weight, e.score_scale_max
      from criteria c join editions e on e.edition_id = c.edition_id
      -- on both sides: the editions then by their key, not all of them read
      where ${ofEditions("c", editionIds)} and ${ofEditions("e", editionIds)}
      union all
      select e.edition_id, d.criterion, d.weight, e.score_scale_max
      from editions e cross join ${defaultRubric}
      where ${ofEditions("e", editionIds)}
        and not exists (select from criteria c where c.edition_id = e.edition_id)
    ),
    -- each criterion's scores summed over the assessors first, weights after:
    -- the big pass groups raw rows on narrow keys and stays exact (numeric)
    criterion_sums as (
      select s.edition_id, s.applicant_id, s.criterion,
        sum(s.score) as score_sum, count(*) as assessors
      from assessment_scores s
      where ${inScope("s", editionIds, only)}
      group by s.edition_id, s.applicant_id, s.criterion
    ),
    weighted as (
      select cs.edition_id, cs.applicant_id,
        100 * sum(r.weight * cs.score_sum / cs.assessors)
          / (r.score_scale_max * sum(r.weight)) as score,
        -- each criterion scale-free, for the evaluation's predictive value
        jsonb_object_agg(cs.criterion,
          (100 * (cs.score_sum / cs.assessors) / r.score_scale_max)::float8) as criteria
      from criterion_sums cs
      join rubric r on r.edition_id = cs.edition_id and r.criterion = cs.criterion
      group by cs.edition_id, cs.applicant_id, r.score_scale_max
    ),
    assessor_scores as (
      select s.edition_id, s.applicant_id,
        100 * sum(r.weight * s.score) / (r.score_scale_max * sum(r.weight)) as score
      from assessment_scores s
      join rubric r on r.edition_id = s.edition_id and r.criterion = s.criterion
      where ${inScope("s", editionIds, only)}
      group by s.edition_id, s.applicant_id, s.assessor, r.score_scale_max
    ),
    spreads as (
      select edition_id, applicant_id, max(score) - min(score) as spread
      from assessor_scores
      group by edition_id, applicant_id
      having count(*) >= 2
    ),
    assessed as (
      select a.edition_id, a.applicant_id, count(*) as assessors
      from assessments a
      where ${inScope("a", editionIds, only)}
      group by a.edition_id, a.applicant_id
    )
    insert into applicant_scores (edition_id, applicant_id, score, assessors, spread, criteria)
    select a.edition_id, a.applicant_id, w.score, a.assessors, sp.spread,
      coalesce(w.criteria, '{}'::jsonb)
    from assessed a
    left join weighted w on w.edition_id = a.edition_id and w.applicant_id = a.applicant_id
    left join spreads sp on sp.edition_id = a.edition_id and sp.applicant_id = a.applicant_id
    where (select count(*) from removed) >= 0
  `.execute(db);
}
