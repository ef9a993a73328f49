// The evaluation's sample (shared/spec/evaluation.md): the selected editions
// with their rubrics, and per assessed applicant its score(a) (from
// applicant_scores, as the catalogue computes it), whether it has an award,
// its 12-month `active` and its scale-free score per criterion. One named
// query; the fits are done in reports/evaluation.
import { sql } from "kysely";
import type {
  EvaluationApplicant,
  EvaluationEdition,
  EvaluationSample,
} from "../../core/evaluation-sample";
import { type EditionFilter, O12_MONTHS } from "../../core/metric-parts";
import { DEFAULT_RUBRIC } from "../../core/rubric";
import type { Db } from "../connection.server";
import { filterConditions } from "./metric-inputs.server";

/** The default rubric's keys, heaviest first, then by name (as an edition's own). */
const DEFAULT_KEYS = [...DEFAULT_RUBRIC]
  .sort((a, b) => b.weight - a.weight || (a.criterion < b.criterion ? -1 : 1))
  .map((c) => c.criterion);

const defaultRubric = sql`(values ${sql.join(
  DEFAULT_RUBRIC.map((c) => sql`(${c.criterion}::text)`),
)}) as d(criterion)`;

/** The editions the filter selects, by municipality and year, with their rubric's keys. */
async function selectedEditions(db: Db, filter: EditionFilter): Promise<EvaluationEdition[]> {
  return db
    .selectFrom("editions as o")
    .where((eb) => eb.and(filterConditions(filter)))
    .select([
      "o.edition_id",
      "o.municipality",
      "o.year",
      sql<string[]>`coalesce(
        (select array_agg(c.criterion order by c.weight desc, c.criterion)
         from criteria c where c.edition_id = o.edition_id),
        ${DEFAULT_KEYS}::text[])`.as("criteria"),
      sql<Record<string, string>>`coalesce(
        (select jsonb_object_agg(c.criterion, c.label) from criteria c
         where c.edition_id = o.edition_id and c.label is not null),
        '{}'::jsonb)`.as("labels"),
    ])
    .orderBy("o.municipality")
    .orderBy("o.year")
    .execute();
}

/**
 * Every assessed applicant (a row in applicant_scores: at least one
 * assessment) of the given editions. Per criterion of its edition's rubric
 * it has a score on: x = 100 × mean over assessors of score / score_scale_max.
 * Scores on a criterion outside the rubric count nowhere, as in score(a).
 */
async function assessedApplicants(
  db: Db,
  editionIds: readonly string[],
): Promise<EvaluationApplicant[]> {
  const ids = sql`${[...editionIds]}::text[]`;
  const { rows } = await sql<EvaluationApplicant>`
    with chosen as (
      select edition_id, score_scale_max from editions where edition_id = any(${ids})
    ),
    rubric as (
      select c.edition_id, c.criterion, e.score_scale_max
      from criteria c join chosen e on e.edition_id = c.edition_id
      union all
      select e.edition_id, d.criterion, e.score_scale_max
      from chosen e cross join ${defaultRubric}
      where not exists (select from criteria c where c.edition_id = e.edition_id)
    ),
    per_criterion as (
      select s.edition_id, s.applicant_id, s.criterion,
        (100 * avg(s.score) / r.score_scale_max)::float8 as x
      from assessment_scores s
      join rubric r on r.edition_id = s.edition_id and r.criterion = s.criterion
      group by s.edition_id, s.applicant_id, s.criterion, r.score_scale_max
    ),
    per_applicant as (
      select edition_id, applicant_id, jsonb_object_agg(criterion, x) as criteria
      from per_criterion
      group by edition_id, applicant_id
    )
    select sc.edition_id, sc.applicant_id, sc.score::float8 as score,
      w.applicant_id is not null as awarded,
      o.active as active_12m,
      coalesce(pa.criteria, '{}'::jsonb) as criteria
    from applicant_scores sc
    left join awards w
      on w.edition_id = sc.edition_id and w.applicant_id = sc.applicant_id
    left join outcomes o
      on o.edition_id = sc.edition_id and o.applicant_id = sc.applicant_id
      and o.months = ${O12_MONTHS}
    left join per_applicant pa
      on pa.edition_id = sc.edition_id and pa.applicant_id = sc.applicant_id
    where sc.edition_id = any(${ids})
    order by sc.edition_id, sc.applicant_id
  `.execute(db);
  return rows;
}

/**
 * The sample of the editions `filter` selects. Run it for a user inside
 * withScope, with the user's scope in the filter (scopedFilter), as every
 * metric query.
 */
export async function loadEvaluationSample(
  db: Db,
  filter: EditionFilter,
): Promise<EvaluationSample> {
  const editions = await selectedEditions(db, filter);
  if (editions.length === 0) return { editions, applicants: [] };
  const applicants = await assessedApplicants(
    db,
    editions.map((edition) => edition.edition_id),
  );
  return { editions, applicants };
}

/**
 * The names among `names` that match the municipality of no edition the
 * filter's scope lets see (without regard to case): for a user, a
 * municipality outside the scope does not exist.
 */
export async function findUnknownMunicipalities(
  db: Db,
  names: readonly string[],
  visible?: readonly string[],
): Promise<string[]> {
  if (names.length === 0) return [];
  const scope = filterConditions(visible ? { visibleMunicipalities: visible } : {});
  const { rows } = await sql<{ name: string }>`
    select m as name from unnest(${[...new Set(names)]}::text[]) with ordinality as n(m, i)
    where not exists (
      select from editions o
      where lower(o.municipality) = lower(m) and ${scope.length > 0 ? sql.join(scope, sql` and `) : sql`true`}
    )
    order by i`.execute(db);
  return rows.map((row) => row.name);
}
